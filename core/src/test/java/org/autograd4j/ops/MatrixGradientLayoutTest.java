package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.GradCheck;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/**
 * A matrix product's gradient reaches a column-major operand (a transposed view, as linear's
 * {@code weight.t()}) already in that operand's layout, as PyTorch's {@code mm_mat1_backward} and
 * {@code mm_mat2_backward} arrange it: the leaf behind the view then receives a contiguous gradient
 * and keeps it instead of copying it (GradientHandOverTest#keepsAWholeStorageViewedBackInOrder).
 */
class MatrixGradientLayoutTest {

    /** Records whether each gradient arriving at {@code leaf} is contiguous. */
    private static List<Boolean> watchLayout(Tensor leaf) {
        List<Boolean> contiguous = new ArrayList<>();
        leaf.registerHook(g -> {
            contiguous.add(g.isContiguous());
            return null;
        });
        return contiguous;
    }

    @Test
    void linearWeightGradientArrivesContiguous() {
        Tensor.manualSeed(0);
        Tensor x = Tensor.randn(5, 4);
        Tensor w = Tensor.randn(3, 4).requiresGrad(true);
        Tensor b = Tensor.randn(3).requiresGrad(true);
        List<Boolean> seen = watchLayout(w);
        F.linear(x, w, b).sum().backward();
        assertArrayEquals(new Boolean[] {true}, seen.toArray());
        assertArrayEquals(x.sum(0).expand(3, 4).toDoubleArray(), w.grad().toDoubleArray(), 1e-6);
    }

    /**
     * The backward of a batch of one allocates the weight gradient (1 MiB) and little else: its
     * outer product takes Gemm's direct loops. On JDK 17 the SIMD micro-kernel ran that one-step
     * product as plain Java and allocated 5 MiB more per step.
     */
    @Test
    void batchOfOneBackwardAllocatesTheGradientOnly() {
        Tensor.manualSeed(4);
        Tensor x = Tensor.randn(1, 512);
        Tensor w = Tensor.randn(512, 512).requiresGrad(true);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int step = 0; step < 200; step++) {
            w.setGrad(null);
            Tensor loss = F.linear(x, w, null).sum();
            long before = threads.getCurrentThreadAllocatedBytes();
            loss.backward();
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        long gradientBytes = 512L * 512 * Float.BYTES;
        assertTrue(allocated < gradientBytes + gradientBytes / 4, "backward allocated " + allocated + " bytes");
    }

    @Test
    void columnMajorLeftOperandGradientArrivesContiguous() {
        Tensor.manualSeed(1);
        Tensor x = Tensor.randn(4, 3).requiresGrad(true);
        Tensor y = Tensor.randn(4, 2);
        List<Boolean> seen = watchLayout(x);
        x.t().mm(y).sum().backward();
        assertArrayEquals(new Boolean[] {true}, seen.toArray());
        assertArrayEquals(y.sum(1, true).expand(4, 3).toDoubleArray(), x.grad().toDoubleArray(), 1e-6);
    }

    @Test
    void bothLayoutsGiveCorrectFirstAndSecondDerivatives() {
        Tensor.manualSeed(2);
        Tensor a = Tensor.randn(3, 4).toDouble().requiresGrad(true);
        Tensor b = Tensor.randn(5, 3).toDouble().requiresGrad(true);
        Tensor bias = Tensor.randn(5).toDouble().requiresGrad(true);
        assertTrue(GradCheck.gradcheck(in -> in[0].t().mm(in[1].t()), a, b));
        assertTrue(GradCheck.gradgradcheck(in -> in[0].t().mm(in[1].t()), a, b));
        assertTrue(GradCheck.gradcheck(in -> in[2].addmm(in[0].t(), in[1].t()), a, b, bias));
        assertTrue(GradCheck.gradgradcheck(in -> in[2].addmm(in[0].t(), in[1].t()), a, b, bias));
    }
}
