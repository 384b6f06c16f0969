package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/**
 * linear's float32 bias gradient, which the engine sums over the batch (a sum over dim 0 of
 * contiguous rows: the row accumulator), against the sum taken in float64; with create_graph
 * that sum is recorded, and its gradient is checked in turn.
 */
class LinearBiasGradientTest {

    /** {@code (linear(x, w, b) * upstream).sum()}, x and w random, shaped after upstream (batch x features). */
    private static Tensor weightedOutput(Tensor b, Tensor upstream) {
        Tensor x = Tensor.randn(upstream.size(0), 20);
        Tensor w = Tensor.randn(upstream.size(1), 20).requiresGrad(true);
        return F.linear(x, w, b).mul(upstream).sum();
    }

    /** A batch past the accumulator's block of columns, and an upstream gradient with every value distinct. */
    @Test
    void biasGradientIsTheBatchSumOfTheUpstreamGradient() {
        Tensor.manualSeed(5);
        Tensor b = Tensor.randn(300).requiresGrad(true);
        Tensor upstream = Tensor.randn(37, 300);
        weightedOutput(b, upstream).backward();
        assertArrayEquals(new int[] {300}, b.grad().shape());
        assertArrayEquals(upstream.to(DType.FLOAT64).sum(0).toDoubleArray(), b.grad().toDoubleArray(), 1e-4);
    }

    /** {@code out.sum()} hands addmm an expanded gradient (stride 0): the engine's reduction takes it. */
    @Test
    void expandedUpstreamGradientStillSumsToTheBatchSize() {
        Tensor x = Tensor.ones(6, 4);
        Tensor w = Tensor.ones(3, 4).requiresGrad(true);
        Tensor b = Tensor.zeros(3).requiresGrad(true);
        F.linear(x, w, b).sum().backward();
        assertArrayEquals(new double[] {6, 6, 6}, b.grad().toDoubleArray(), 0);
    }

    @Test
    void createGraphKeepsTheBiasGradientDifferentiable() {
        Tensor.manualSeed(6);
        Tensor b = Tensor.randn(3).requiresGrad(true);
        Tensor upstream = Tensor.randn(5, 3).requiresGrad(true);
        Tensor out = weightedOutput(b, upstream);
        Tensor gb = Autograd.grad(List.of(out), List.of(b), null, false, true, false).get(0);
        assertNotNull(gb.gradFn());
        assertArrayEquals(upstream.detach().sum(0).toDoubleArray(), gb.toDoubleArray(), 1e-6);
        gb.mul(Tensor.of(1f, 2f, 3f)).sum().backward();
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(new double[] {1, 2, 3}, upstream.grad().select(0, i).toDoubleArray(), 0);
        }
    }
}
