package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Normalises each channel by the squares of its {@code size} neighbours, as {@code nn.LocalResponseNorm}. */
public class LocalResponseNorm extends Module {
    private final int size;
    private final double alpha;
    private final double beta;
    private final double k;

    public LocalResponseNorm(int size, double alpha, double beta, double k) {
        this.size = size;
        this.alpha = alpha;
        this.beta = beta;
        this.k = k;
    }

    /** {@code nn.LocalResponseNorm(size)}: alpha 1e-4, beta 0.75, k 1. */
    public LocalResponseNorm(int size) {
        this(size, 1e-4, 0.75, 1.0);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.localResponseNorm(input, size, alpha, beta, k);
    }

    @Override
    public String extraRepr() {
        return size + ", alpha=" + PyRepr.num(alpha) + ", beta=" + PyRepr.num(beta) + ", k=" + PyRepr.num(k);
    }
}
