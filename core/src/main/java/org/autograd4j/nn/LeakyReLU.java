package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** {@code x > 0 ? x : negativeSlope * x}, as {@code nn.LeakyReLU}. */
public class LeakyReLU extends Module {
    private final double negativeSlope;
    private final boolean inplace;

    public LeakyReLU(double negativeSlope, boolean inplace) {
        this.negativeSlope = negativeSlope;
        this.inplace = inplace;
    }

    public LeakyReLU(double negativeSlope) {
        this(negativeSlope, false);
    }

    public LeakyReLU() {
        this(0.01);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.leakyRelu(input, negativeSlope, inplace);
    }

    @Override
    public String extraRepr() {
        return "negative_slope=" + PyRepr.num(negativeSlope) + (inplace ? ", inplace=True" : "");
    }
}
