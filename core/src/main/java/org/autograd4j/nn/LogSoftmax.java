package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Log-softmax along {@code dim}, as {@code nn.LogSoftmax}. */
public class LogSoftmax extends Module {
    private final int dim;

    public LogSoftmax(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.logSoftmax(input, dim);
    }

    @Override
    public String extraRepr() {
        return "dim=" + dim;
    }
}
