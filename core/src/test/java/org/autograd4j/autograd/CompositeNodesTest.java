package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole backward graph that composite ops record, node by node, against what PyTorch 1.13
 * records for the same call (composite_nodes.py beside composite_nodes.txt): matmul's folding and
 * broadcasting paths, squeeze, nll_loss/cross_entropy on spatial inputs, fill_/zero_, dropout with
 * p = 0, einsum reductions, linear and moveaxis.
 */
class CompositeNodesTest {
    private static final Map<String, String> TORCH = load("composite_nodes.txt");
    private static final Map<String, int[][]> MATMUL = new LinkedHashMap<>();

    static {
        MATMUL.put("1x1", new int[][] {{3}, {3}});
        MATMUL.put("2x1", new int[][] {{2, 3}, {3}});
        MATMUL.put("1x2", new int[][] {{3}, {3, 4}});
        MATMUL.put("2x2", new int[][] {{2, 3}, {3, 4}});
        MATMUL.put("3x1", new int[][] {{2, 5, 3}, {3}});
        MATMUL.put("3x2", new int[][] {{2, 5, 3}, {3, 4}});
        MATMUL.put("4x1", new int[][] {{2, 2, 5, 3}, {3}});
        MATMUL.put("4x2", new int[][] {{2, 2, 5, 3}, {3, 4}});
        MATMUL.put("1x3", new int[][] {{3}, {2, 3, 4}});
        MATMUL.put("2x3", new int[][] {{5, 3}, {2, 3, 4}});
        MATMUL.put("1x4", new int[][] {{3}, {2, 2, 3, 4}});
        MATMUL.put("2x4", new int[][] {{5, 3}, {2, 2, 3, 4}});
        MATMUL.put("3x3", new int[][] {{2, 5, 3}, {2, 3, 4}});
        MATMUL.put("4x4", new int[][] {{2, 2, 5, 3}, {2, 2, 3, 4}});
        MATMUL.put("4x3", new int[][] {{2, 2, 5, 3}, {2, 3, 4}});
        MATMUL.put("3x4", new int[][] {{2, 5, 3}, {2, 2, 3, 4}});
        MATMUL.put("4x4broadcast", new int[][] {{1, 2, 5, 3}, {2, 1, 3, 4}});
    }

    /** The graph below {@code t} written as PyTorch's generator writes it: Name(next0,next1,...). */
    static String graph(Tensor t) {
        return describe(t.gradFn());
    }

    private static String describe(Node node) {
        if (node == null) {
            return "_";
        }
        if (node instanceof AccumulateGrad) {
            return "leaf";
        }
        return node.name() + node.nextFunctions().stream().map(e -> describe(e.node()))
                .collect(Collectors.joining(",", "(", ")"));
    }

    private static Tensor r(int... shape) {
        return Tensor.randn(shape, DType.FLOAT64, null).requiresGrad(true);
    }

    private static Tensor c(int... shape) {
        return Tensor.randn(shape, DType.FLOAT64, null);
    }

    private static Map<String, Supplier<Tensor>> cases() {
        Map<String, Supplier<Tensor>> cases = new LinkedHashMap<>();
        MATMUL.forEach((name, s) -> {
            cases.put("matmul/" + name, () -> r(s[0]).matmul(r(s[1])));
            cases.put("matmul/" + name + "/a", () -> r(s[0]).matmul(c(s[1])));
            cases.put("matmul/" + name + "/b", () -> c(s[0]).matmul(r(s[1])));
        });
        cases.put("matmul/3x2permuted", () -> r(2, 3, 5).permute(0, 2, 1).matmul(r(3, 4)));
        cases.put("matmul/2x3permuted", () -> r(5, 3).matmul(r(2, 4, 3).permute(0, 2, 1)));
        cases.put("linear/1d", () -> F.linear(r(3), r(4, 3)));
        cases.put("linear/1d/bias", () -> F.linear(r(3), r(4, 3), r(4)));
        cases.put("linear/3d", () -> F.linear(r(2, 5, 3), r(4, 3)));
        cases.put("linear/3d/bias", () -> F.linear(r(2, 5, 3), r(4, 3), r(4)));
        cases.put("linear/3d/bias/noncontiguous", () -> F.linear(r(2, 3, 5).transpose(1, 2), r(4, 3), r(4)));
        cases.put("linear/4d", () -> F.linear(r(2, 2, 5, 3), r(4, 3)));
        cases.put("linear/4d/bias", () -> F.linear(r(2, 2, 5, 3), r(4, 3), r(4)));
        cases.put("squeeze/all", () -> r(2, 1, 3).squeeze());
        cases.put("squeeze/dim", () -> r(2, 1, 3).squeeze(1));
        cases.put("squeeze/negative", () -> r(2, 1, 3).squeeze(-2));
        cases.put("squeeze/notone", () -> r(2, 1, 3).squeeze(0));
        int[][] lossShapes = {{3}, {2, 3}, {2, 3, 4}, {2, 3, 4, 5}};
        for (int[] shape : lossShapes) {
            for (String reduction : new String[] {"mean", "sum", "none"}) {
                String suffix = shape.length + "d/" + reduction;
                cases.put("nll_loss/" + suffix, () -> F.nllLoss(r(shape), target(shape), null, -100, reduction));
                cases.put("cross_entropy/" + suffix,
                        () -> F.crossEntropy(r(shape), target(shape), null, -100, reduction));
            }
        }
        cases.put("nll_loss/4d/double", () -> nllDoubleBackward(2, 3, 4, 5));
        cases.put("nll_loss/3d/double", () -> nllDoubleBackward(2, 3, 4));
        cases.put("fill_", () -> r(2, 1, 3).mul(1).fill_(2.0));
        cases.put("zero_", () -> r(2, 1, 3).mul(1).zero_());
        cases.put("dropout/p0", () -> F.dropout(r(2, 1, 3), 0.0, true));
        cases.put("dropout/p0eval", () -> F.dropout(r(2, 1, 3), 0.0, false));
        for (String eq : new String[] {"ijk->kj", "ijk->k", "ijk->", "ijk->ikj"}) {
            cases.put("einsum/" + eq, () -> Tensor.einsum(eq, r(2, 3, 4)));
        }
        cases.put("moveaxis/list", () -> r(2, 3, 4, 5).moveaxis(new int[] {3, 0}, new int[] {0, 3}));
        cases.put("moveaxis/int", () -> r(2, 3, 4, 5).moveaxis(1, 2));
        return cases;
    }

    /** Class indices for an input of {@code shape}: its shape without the class dim (0-d for a 1-d input). */
    private static Tensor target(int[] shape) {
        if (shape.length == 1) {
            return Tensor.of(new long[] {1}, new int[0]);
        }
        int[] t = new int[shape.length - 1];
        t[0] = shape[0];
        System.arraycopy(shape, 2, t, 1, shape.length - 2);
        return Tensor.randint(0, 3, t);
    }

    private static Tensor nllDoubleBackward(int... shape) {
        Tensor input = r(shape);
        Tensor loss = F.nllLoss(input, target(shape));
        return Autograd.grad(List.of(loss), List.of(input), List.of(r()), true, true, false).get(0);
    }

    @TestFactory
    Stream<DynamicTest> recordsPyTorchsGraph() {
        return cases().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String expected = TORCH.get(e.getKey());
            assertNotNull(expected, "no PyTorch graph for " + e.getKey());
            assertEquals(expected, graph(e.getValue().get()), e.getKey());
        }));
    }

    @Test
    void everyPyTorchCaseIsBuilt() {
        assertEquals(TORCH.keySet(), cases().keySet());
    }

    @Test
    void dropoutWithZeroProbabilityReturnsItsInput() {
        Tensor x = r(2, 3);
        assertSame(x, F.dropout(x, 0.0, true));
        Tensor y = x.mul(1);
        assertSame(y, F.dropout(y, 0.0, true, true));
    }

    private static Map<String, String> load(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CompositeNodesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            Map<String, String> map = new LinkedHashMap<>();
            in.lines().forEach(line -> {
                int space = line.indexOf(' ');
                map.put(line.substring(0, space), line.substring(space + 1));
            });
            return map;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
