package org.autograd4j.bench;

import org.autograd4j.Tensor;

/**
 * {@code tanh(x*w + b).sum()} forward and backward on float32 vectors, as the anchor's
 * {@code bench_elementwise.py} autograd case: x is data, w and b require grad.
 */
final class FusedWorkload {
    private final Tensor x;
    private final Tensor w;
    private final Tensor b;

    FusedWorkload(int size) {
        Tensor.manualSeed(0);
        x = Tensor.randn(size);
        w = Tensor.randn(size).requiresGrad(true);
        b = Tensor.randn(size).requiresGrad(true);
    }

    void forwardBackward() {
        x.mul(w).add(b).tanh().sum().backward();
        w.setGrad(null);
        b.setGrad(null);
    }
}
