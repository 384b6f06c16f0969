package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Softmax along {@code dim}, as {@code nn.Softmax}. */
public class Softmax extends Module {
    private final int dim;

    public Softmax(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.softmax(input, dim);
    }

    @Override
    public String extraRepr() {
        return "dim=" + dim;
    }
}
