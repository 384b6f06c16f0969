package org.autograd4j.bench;

import org.autograd4j.Autograd;
import org.autograd4j.ForwardAD;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.DualLevel;

/**
 * Per-op cost on a tiny tensor, as the anchor's {@code torch_one.py overhead K}: x = randn(shape)
 * requiring grad; y = x, then K times alternately {@code y.mul(1.0001)} and {@code y.add(0.5)};
 * then {@code y.sum().backward()}. Time per call divided by K+1 (the sum counts as an op).
 */
final class OverheadWorkload {
    private final Tensor x;
    private final int ops;
    private final Tensor tangent;

    OverheadWorkload(int[] shape, int ops) {
        Tensor.manualSeed(0);
        this.x = Tensor.randn(shape).requiresGrad(true);
        this.ops = ops;
        this.tangent = Tensor.randn(shape);
    }

    private Tensor chain() {
        return chain(x);
    }

    private Tensor chain(Tensor start) {
        Tensor y = start;
        for (int i = 0; i < ops; i++) {
            y = i % 2 == 0 ? y.mul(1.0001) : y.add(0.5);
        }
        return y.sum();
    }

    /** Forward, graph recorded, and backward. */
    void forwardBackward() {
        chain().backward();
        x.setGrad(null);
    }

    /** Forward with the graph recorded, no backward. */
    void forwardOnly() {
        chain();
    }

    /** Forward under no-grad: the ops alone. */
    void forwardNoGrad() {
        try (var g = Autograd.noGrad()) {
            chain();
        }
    }

    /** The no-grad chain on a dual input inside a forward-mode level: each op also computes its tangent. */
    void forwardDualNoGrad() {
        try (DualLevel level = ForwardAD.dualLevel(); var g = Autograd.noGrad()) {
            chain(ForwardAD.makeDual(x.detach(), tangent));
        }
    }

    int opsPerCall() {
        return ops + 1;
    }
}
