package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.autograd4j.Autograd;
import org.autograd4j.ForwardAD;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reverse mode over forward mode through a write of a dual {@code makeDual(s, sT)} into a view of a base:
 * a view's tangent is a view op of its base's tangent, which carries the write's history, so the gradients
 * of a view's tangent (taken before or after the write) reach s, sT and the base's own tangent. Values from
 * PyTorch 1.13 ({@code forward_ad_view_grads.txt}, made by {@code forward_ad_view_grads_pytorch.py} beside
 * this test, whose cases these mirror by name) and central differences.
 */
class ForwardADViewGradTest {
    private static final double TOL = 1e-12;
    private static final double[] S = {0.5, -1.0, 2.0, 1.5};
    private static final double[] S_TANGENT = {1.0, 2.0, -0.5, 3.0};
    /** A plain base, or a dual whose tangent is t0: plain, a leaf that requires grad, or computed from that leaf. */
    private static final List<String> BASES = List.of("plain", "dual", "dualLeaf", "dualOfGraph");

    /** A write into {@code target(x)} of the dual (s, sT), whose value s requires grad or not. */
    private record Write(UnaryOperator<Tensor> target, BinaryOperator<Tensor> op, boolean sourceRequiresGrad) {
    }

    private static Map<String, Write> writes() {
        UnaryOperator<Tensor> row = x -> x.select(0, 1);
        UnaryOperator<Tensor> partOfRow = x -> x.select(0, 1).narrow(0, 1, 2);
        Map<String, Write> w = new LinkedHashMap<>();
        w.put("copy", new Write(row, Tensor::copy_, true));
        w.put("add", new Write(row, Tensor::add_, true));
        w.put("mul", new Write(row, Tensor::mul_, true));
        w.put("copyT", new Write(row, Tensor::copy_, false));
        w.put("mulT", new Write(row, Tensor::mul_, false));
        w.put("viewOfViewCopy", new Write(partOfRow, Tensor::copy_, true));
        w.put("viewOfViewMul", new Write(partOfRow, Tensor::mul_, true));
        return w;
    }

    /**
     * The written dual's value and tangent, and the base's tangent (null for a plain base); {@code differentiated}:
     * the same, null where one does not require grad when made (a plain t0 gets a history from the write).
     */
    private record Inputs(Tensor s, Tensor sTangent, Tensor t0, List<Tensor> differentiated) {
        Inputs(Tensor s, Tensor sTangent, Tensor t0) {
            this(s, sTangent, t0, Arrays.stream(new Tensor[] {s, sTangent, t0})
                    .map(t -> t != null && t.requiresGrad() ? t : null).toList());
        }

        static Inputs of(String base, Write write) {
            int n = write.target().apply(Tensor.zeros(3, 4)).numel();
            Tensor t0 = base.equals("plain") ? null : Tensor.arange(12).toDouble().reshape(3, 4).div(20).add(0.1);
            return new Inputs(Tensor.of(Arrays.copyOf(S, n)).toDouble().requiresGrad(write.sourceRequiresGrad()),
                    Tensor.of(Arrays.copyOf(S_TANGENT, n)).toDouble().requiresGrad(true),
                    t0 == null ? null : t0.requiresGrad(!base.equals("dual")));
        }

        /** In the file's order. */
        List<Tensor> all() {
            return Arrays.asList(s, sTangent, t0);
        }
    }

    /**
     * In the open level: the base x (3 x 4) is made, u = x[1] and uu = x[1][0:2] taken, the dual written,
     * w = x[:, 1:3] taken; the tangents of x, u, uu and w, by name.
     */
    private static Map<String, Tensor> tangentsAfterWrite(String base, Write write, Inputs in) {
        Tensor p = Tensor.arange(12).toDouble().reshape(3, 4).div(10).sub(0.3);
        Tensor x = in.t0() == null ? p : ForwardAD.makeDual(p, base.equals("dualOfGraph") ? in.t0().mul(1) : in.t0());
        Tensor u = x.select(0, 1);
        Tensor uu = x.select(0, 1).narrow(0, 0, 2);
        write.op().apply(write.target().apply(x), ForwardAD.makeDual(in.s(), in.sTangent()));
        Tensor w = x.narrow(1, 1, 2);
        Map<String, Tensor> tangents = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> read : Map.of("x", x, "u", u, "uu", uu, "w", w).entrySet()) {
            tangents.put(read.getKey(), ForwardAD.unpackDual(read.getValue()).tangent());
        }
        return tangents;
    }

    /** The tangent weighted by distinct weights and summed: whose gradient shows which element went where. */
    private static Tensor weighted(Tensor tangent) {
        Tensor weights = Tensor.arange(tangent.numel()).toDouble().mul(0.5).sub(1.0).reshape(tangent.shape());
        return tangent.mul(weights).sum();
    }

    @TestFactory
    List<DynamicTest> gradientsOfViewTangentsMatchPyTorch() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : expectedLines()) {
            String[] parts = line.split(" \\| ");
            String[] head = parts[0].split(" ");
            Write write = writes().get(head[1]);
            tests.add(DynamicTest.dynamicTest(parts[0], () -> {
                try (DualLevel level = ForwardAD.dualLevel()) {
                    Inputs in = Inputs.of(head[0], write);
                    if (head[2].equals("error")) {
                        RuntimeException e = assertThrows(RuntimeException.class, () -> tangentsAfterWrite(head[0], write, in));
                        assertEquals(parts[1], e.getMessage());
                        return;
                    }
                    Tensor tangent = tangentsAfterWrite(head[0], write, in).get(head[2]);
                    assertArrayEquals(values(parts[2]), tangent.toDoubleArray(), TOL);
                    assertEquals(parts[1].replace("torch::autograd::", ""), tangent.gradFn().name());
                    List<Tensor> grads = grads(weighted(tangent), in.differentiated());
                    for (int i = 0; i < grads.size(); i++) {
                        if (!parts[3 + i].equals("-")) {
                            assertArrayEquals(gradient(parts[3 + i], in.all().get(i)), valuesOf(grads.get(i),
                                    in.all().get(i)), TOL, "input " + i);
                        }
                    }
                }
            }));
        }
        assertEquals(BASES.size() * writes().size(), tests.stream().map(t -> t.getDisplayName()
                .replaceFirst(" \\S+$", "")).distinct().count());
        return tests;
    }

    /** The gradients of {@code out} for the inputs that are not null (null where it does not depend on one). */
    private static List<Tensor> grads(Tensor out, List<Tensor> inputs) {
        List<Tensor> wanted = inputs.stream().filter(t -> t != null).toList();
        List<Tensor> found = out.requiresGrad() ? Autograd.grad(List.of(out), wanted, null, true, false, true)
                : Arrays.asList(new Tensor[wanted.size()]);
        List<Tensor> byInput = new ArrayList<>();
        for (Tensor t : inputs) {
            byInput.add(t != null ? found.get(wanted.indexOf(t)) : null);
        }
        return byInput;
    }

    /**
     * Each read's gradients against central differences of its weighted tangent, input element by element, in
     * the cases PyTorch does not refuse.
     */
    @TestFactory
    List<DynamicTest> gradientsOfViewTangentsMatchFiniteDifferences() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : expectedLines()) {
            String[] head = line.split(" \\| ")[0].split(" ");
            if (!head[2].equals("error")) {
                tests.add(DynamicTest.dynamicTest(String.join(" ", head),
                        () -> checkFiniteDifferences(head[0], writes().get(head[1]), head[2])));
            }
        }
        return tests;
    }

    private static void checkFiniteDifferences(String base, Write write, String read) {
        List<Tensor> analytical;
        Inputs in = Inputs.of(base, write);
        try (DualLevel level = ForwardAD.dualLevel()) {
            analytical = grads(weighted(tangentsAfterWrite(base, write, in).get(read)), in.differentiated());
        }
        for (int i = 0; i < 3; i++) {
            Tensor input = in.differentiated().get(i);
            if (input == null) {
                continue;
            }
            assertArrayEquals(numericalGradient(base, write, read, i), valuesOf(analytical.get(i), input), 1e-7,
                    "input " + i);
        }
        assertTrue(analytical.stream().anyMatch(g -> g != null), "no gradient reached an input");
    }

    /** d(weighted tangent of the read)/d(input i), by central differences on fresh inputs. */
    private static double[] numericalGradient(String base, Write write, String read, int input) {
        int n = Inputs.of(base, write).all().get(input).numel();
        double eps = 1e-6;
        double[] gradient = new double[n];
        for (int k = 0; k < n; k++) {
            gradient[k] = (weightedAt(base, write, read, input, k, eps) - weightedAt(base, write, read, input, k, -eps))
                    / (2 * eps);
        }
        return gradient;
    }

    /** The read's weighted tangent with element k of input i moved by delta, computed without grad. */
    private static double weightedAt(String base, Write write, String read, int input, int k, double delta) {
        Inputs in = Inputs.of(base, write);
        List<Tensor> moved = new ArrayList<>();
        for (Tensor t : in.all()) {
            moved.add(t == null ? null : t.detach().clone());
        }
        double[] values = moved.get(input).toDoubleArray();
        values[k] += delta;
        moved.set(input, Tensor.of(values).toDouble().reshape(moved.get(input).shape()));
        try (DualLevel level = ForwardAD.dualLevel()) {
            return weighted(tangentsAfterWrite(base, write, new Inputs(moved.get(0), moved.get(1), moved.get(2))).get(read))
                    .item();
        }
    }

    /**
     * An expected gradient: "none" (PyTorch found no path to the input) is zeros, as a path through a zero
     * tangent is in PyTorch (its multiplication by a zero tangent still records an edge) but not here.
     */
    private static double[] gradient(String field, Tensor input) {
        return field.equals("none") ? new double[input.numel()] : values(field);
    }

    /** A gradient's values, zeros for none. */
    private static double[] valuesOf(Tensor gradient, Tensor input) {
        return gradient == null ? new double[input.numel()] : gradient.toDoubleArray();
    }

    private static double[] values(String field) {
        return Arrays.stream(field.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static List<String> expectedLines() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ForwardADViewGradTest.class.getResourceAsStream("forward_ad_view_grads.txt"),
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
