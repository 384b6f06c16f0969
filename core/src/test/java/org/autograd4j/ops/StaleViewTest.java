package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Index;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.Node;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A view taken before an in-place write into its base (through the base, another view, or {@code x[i] = v}) gets,
 * when its node is next read, a node over the base's new history ({@code AsStridedBackward0}), as PyTorch
 * regenerates it: node names and gradients against PyTorch 1.13 ({@code stale_views.txt}, made by
 * {@code core/src/test/python/gen_stale_view_test.py}, whose lambdas these mirror by name). So does a view
 * taken while its base had no history, when the write gives the base one
 * ({@code stale_views_without_history.txt}).
 */
class StaleViewTest {
    private static Map<String, UnaryOperator<Tensor>> views() {
        Map<String, UnaryOperator<Tensor>> v = new LinkedHashMap<>();
        v.put("select", y -> y.select(0, 1));
        v.put("narrow", y -> y.narrow(0, 1, 1));
        v.put("transpose", y -> y.transpose(0, 1));
        v.put("viewOfView", y -> y.transpose(0, 1).select(1, 1));
        return v;
    }

    private static Map<String, BiConsumer<Tensor, Tensor>> writes() {
        Map<String, BiConsumer<Tensor, Tensor>> w = new LinkedHashMap<>();
        w.put("set", (y, t) -> y.set(t, Index.at(1)));
        w.put("copy", (y, t) -> y.select(0, 1).copy_(t));
        w.put("add", (y, t) -> y.select(0, 1).add_(t));
        w.put("base", (y, t) -> y.mul_(t.sum()));
        return w;
    }

    /**
     * A line of PyTorch's values, "view write fields... | t.grad...": the view and write it names, its
     * fields after those two, and t's gradient.
     */
    private record Expected(String name, UnaryOperator<Tensor> view, BiConsumer<Tensor, Tensor> write,
                            String[] fields, double[] tGrad) {
        static Expected parse(String line) {
            String[] halves = line.split(" \\| ");
            String[] head = halves[0].split(" ");
            return new Expected(head[0] + " " + head[1], views().get(head[0]), writes().get(head[1]),
                    Arrays.copyOfRange(head, 2, head.length),
                    Arrays.stream(halves[1].split(" ")).mapToDouble(Double::parseDouble).toArray());
        }
    }

    /** One test per line of {@code resource}, one line per view and write. */
    private static List<DynamicTest> perLine(String resource, Consumer<Expected> check) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : expectedLines(resource)) {
            Expected expected = Expected.parse(line);
            tests.add(DynamicTest.dynamicTest(expected.name(), () -> check.accept(expected)));
        }
        assertEquals(views().size() * writes().size(), tests.size());
        return tests;
    }

    /** Lines "view write grad_fn_name x.grad... | t.grad...". */
    @TestFactory
    List<DynamicTest> gradientsMatchPyTorch() throws IOException {
        return perLine("stale_views.txt", expected -> {
            Tensor x = Tensor.ones(new int[] {3, 2}, DType.FLOAT64).requiresGrad(true);
            Tensor t = Tensor.full(new int[] {2}, 5.0, DType.FLOAT64).requiresGrad(true);
            Tensor y = x.mul(2);
            Tensor v = expected.view().apply(y);
            expected.write().accept(y, t);
            assertEquals(expected.fields()[0], v.gradFn().name());
            v.mul(3).sum().backward();
            double[] xGrad = Arrays.stream(expected.fields(), 1, expected.fields().length)
                    .mapToDouble(Double::parseDouble).toArray();
            assertArrayEquals(xGrad, x.grad().toDoubleArray(), 0);
            assertArrayEquals(expected.tGrad(), t.grad().toDoubleArray(), 0);
        });
    }

    /** Lines "view write grad_fn_name requires_grad | t.grad...". */
    @TestFactory
    List<DynamicTest> viewsTakenWithoutHistoryTakeUpTheOneAWriteGivesTheirBase() throws IOException {
        return perLine("stale_views_without_history.txt", expected -> {
            Tensor t = Tensor.full(new int[] {2}, 5.0, DType.FLOAT64).requiresGrad(true);
            Tensor y = Tensor.ones(new int[] {3, 2}, DType.FLOAT64).mul(2);
            Tensor v = expected.view().apply(y);
            assertFalse(v.requiresGrad());
            expected.write().accept(y, t);
            assertEquals(Boolean.parseBoolean(expected.fields()[1]), v.requiresGrad());
            assertEquals(expected.fields()[0], v.gradFn().name());
            assertFalse(v.isLeaf());
            v.mul(3).sum().backward();
            assertArrayEquals(expected.tGrad(), t.grad().toDoubleArray(), 0);
        });
    }

    /** PyTorch 1.13: {@code v.requires_grad} True, and {@code v * 3} records MulBackward0 over AsStridedBackward0. */
    @Test
    void viewWithoutHistoryIsRecordedByAnOpAfterItsBaseGainedOne() {
        Tensor t = Tensor.full(new int[] {2}, 5.0, DType.FLOAT64).requiresGrad(true);
        Tensor y = Tensor.ones(new int[] {3, 2}, DType.FLOAT64).mul(2);
        Tensor v = y.get(1);
        y.set(t, Index.at(1));
        Tensor z = v.mul(3);
        assertEquals("MulBackward0", z.gradFn().name());
        assertEquals("AsStridedBackward0", z.gradFn().nextFunctions().get(0).node().name());
        z.sum().backward();
        assertArrayEquals(new double[] {3, 3}, t.grad().toDoubleArray(), 0);
    }

    /** PyTorch 1.13: a write that records nothing (under no_grad, or of a value without history) gives none. */
    @Test
    void viewWithoutHistoryStaysWithoutWhenTheWriteRecordsNothing() {
        Tensor t = Tensor.full(new int[] {2}, 5.0, DType.FLOAT64).requiresGrad(true);
        Tensor y = Tensor.ones(new int[] {3, 2}, DType.FLOAT64).mul(2);
        Tensor v = y.get(1);
        try (GradMode.Guard g = GradMode.set(false)) {
            y.mul_(t.sum());
        }
        y.mul_(3);
        assertFalse(v.requiresGrad());
        assertNull(v.gradFn());
    }

    /** The regenerated node is found when an op records the view as its input, not only by gradFn(). */
    @Test
    void viewUsedByAnOpWithoutReadingItsNodeSeesTheWrite() {
        Tensor x = Tensor.ones(new int[] {3, 2}, DType.FLOAT64).requiresGrad(true);
        Tensor t = Tensor.full(new int[] {2}, 5.0, DType.FLOAT64).requiresGrad(true);
        Tensor y = x.mul(2);
        Tensor v = y.get(1);
        y.set(t, Index.at(1));
        v.mul(3).sum().backward();
        assertArrayEquals(new double[6], x.grad().toDoubleArray(), 0);
        assertArrayEquals(new double[] {3, 3}, t.grad().toDoubleArray(), 0);
    }

    /**
     * A view of a plain tensor made before a write into another view gives the tensor a history requires grad
     * then, as PyTorch's (True, AsStridedBackward0, s.grad [3, 0] in PyTorch 1.13).
     */
    @Test
    void viewMadeBeforeItsPlainBaseGotAHistoryRequiresGrad() {
        Tensor a = Tensor.zeros(new int[] {4}, DType.FLOAT64);
        Tensor older = a.narrow(0, 0, 2);
        Tensor s = Tensor.of(5.0, 6.0).toDouble().requiresGrad(true);
        a.narrow(0, 1, 2).copy_(s);
        assertTrue(older.requiresGrad());
        assertEquals("AsStridedBackward0", older.gradFn().name());
        older.mul(Tensor.of(2.0, 3.0).toDouble()).sum().backward();
        assertArrayEquals(new double[] {3, 0}, s.grad().toDoubleArray(), 0);
    }

    @Test
    void viewWrittenInPlaceAfterItsBaseWasWrittenKeepsBothWrites() {
        Tensor x = Tensor.ones(new int[] {3, 2}, DType.FLOAT64).requiresGrad(true);
        Tensor t = Tensor.full(new int[] {2}, 5.0, DType.FLOAT64).requiresGrad(true);
        Tensor y = x.mul(2);
        Tensor v = y.select(0, 1);
        y.mul_(t.sum());
        v.mul_(3);
        y.sum().backward();
        // PyTorch 1.13's values
        assertArrayEquals(new double[] {20, 20, 60, 60, 20, 20}, x.grad().toDoubleArray(), 0);
        assertArrayEquals(new double[] {20, 20}, t.grad().toDoubleArray(), 0);
    }

    @Test
    void unchangedViewKeepsItsNode() {
        Tensor y = Tensor.ones(3, 2).requiresGrad(true).mul(2);
        Tensor v = y.select(0, 1);
        Node node = v.gradFn();
        y.sum().backward();
        assertSame(node, v.gradFn());
        assertEquals("SelectBackward0", node.name());
    }

    @Test
    void writeUnderNoGradStillRegeneratesAsPyTorch() {
        Tensor x = Tensor.ones(new int[] {3, 2}, DType.FLOAT64).requiresGrad(true);
        Tensor y = x.mul(2);
        Tensor v = y.select(0, 1);
        try (GradMode.Guard g = GradMode.set(false)) {
            y.mul_(4);
            assertEquals("AsStridedBackward0", v.gradFn().name());
        }
        v.sum().backward();
        assertArrayEquals(new double[] {0, 0, 2, 2, 0, 0}, x.grad().toDoubleArray(), 0);
    }

    @Test
    void regeneratedViewPassesGradcheckAndGradgradcheck() {
        Tensor x = Tensor.rand(3, 2).toDouble().requiresGrad(true);
        Tensor t = Tensor.rand(2).toDouble().requiresGrad(true);
        GradCheck.Fn fn = in -> {
            Tensor y = in[0].mul(in[0]);
            Tensor v = y.transpose(0, 1).select(1, 1);
            y.select(0, 1).mul_(in[1]);
            return v.mul(v);
        };
        assertTrue(GradCheck.gradcheck(fn, x, t));
        assertTrue(GradCheck.gradgradcheck(fn, x, t));
    }

    private static List<String> expectedLines(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                StaleViewTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
