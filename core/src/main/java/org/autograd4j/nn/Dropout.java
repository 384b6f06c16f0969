package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** In training, zeroes each element with probability p and scales the rest by 1/(1-p); identity in eval. */
public class Dropout extends Module {
    private final double p;
    private final boolean inplace;

    public Dropout(double p, boolean inplace) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + p);
        }
        this.p = p;
        this.inplace = inplace;
    }

    public Dropout(double p) {
        this(p, false);
    }

    public Dropout() {
        this(0.5);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.dropout(input, p, isTraining(), inplace);
    }

    @Override
    public String extraRepr() {
        return "p=" + PyRepr.num(p) + ", inplace=" + PyRepr.bool(inplace);
    }
}
