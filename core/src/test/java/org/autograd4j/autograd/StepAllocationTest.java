package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.Threads;
import org.junit.jupiter.api.Test;

/**
 * A training step allocates what PyTorch allocates, no more (issue 14): on large tensors every extra
 * array is a humongous allocation for G1, and on JDK 25 each one can grow the heap into fresh memory
 * (docs/BENCHMARKS.md, "session 7: fused on JDK 25").
 */
class StepAllocationTest {
    private static final int N = 1 << 18;
    private static final long ARRAY_BYTES = 8L * N;

    /**
     * {@code tanh(x*w + b).sum().backward()} makes six arrays of n elements, as PyTorch 1.13 does
     * ({@code step_allocations_pytorch.py} beside this test: "aten::mul, aten::add, aten::tanh,
     * aten::tanh_backward, aten::empty_strided, aten::mul"): the three forward outputs, tanh's
     * gradient, b's gradient (a copy of tanh's, which also goes on to MulBackward0; PyTorch copies it
     * too) and w's. Sum's gradient stays an expanded scalar, x (not requiring grad) gets none, and no
     * buffer is added for contiguity or zeros. In float64, whose loops are plain Java on either
     * provider: the Vector API's float32 kernels allocate boxed vectors until C2 has compiled them.
     */
    @Test
    void tanhOfAffineAllocatesPyTorchsSixArrays() {
        Tensor x = Tensor.randn(N).to(DType.FLOAT64);
        Tensor w = Tensor.randn(N).to(DType.FLOAT64).requiresGrad(true);
        Tensor b = Tensor.randn(N).to(DType.FLOAT64).requiresGrad(true);
        Runnable step = () -> {
            x.mul(w).add(b).tanh().sum().backward();
            w.setGrad(null);
            b.setGrad(null);
        };
        int saved = Threads.get();
        Threads.set(1); // every array is then allocated on this thread, whose counter is read
        try {
            step.run(); // class loading and first-call allocations out of the way
            long before = allocatedByThisThread();
            step.run();
            long bytes = allocatedByThisThread() - before;
            assertEquals(6, Math.round((double) bytes / ARRAY_BYTES), bytes + " bytes allocated");
        } finally {
            Threads.set(saved);
        }
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
