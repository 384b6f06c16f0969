package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** {@code max(x, 0)}, as {@code nn.ReLU}. */
public class ReLU extends Module {
    private final boolean inplace;

    public ReLU(boolean inplace) {
        this.inplace = inplace;
    }

    public ReLU() {
        this(false);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.relu(input, inplace);
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}
