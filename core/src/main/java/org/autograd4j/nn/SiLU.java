package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** {@code x * sigmoid(x)}, as {@code nn.SiLU}. */
public class SiLU extends Module {
    private final boolean inplace;

    public SiLU(boolean inplace) {
        this.inplace = inplace;
    }

    public SiLU() {
        this(false);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.silu(input, inplace);
    }

    @Override
    public String extraRepr() {
        return inplace ? "inplace=True" : "";
    }
}
