package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** {@code x > 0 ? x : alpha * (exp(x) - 1)}, as {@code nn.ELU}. */
public class ELU extends Module {
    private final double alpha;
    private final boolean inplace;

    public ELU(double alpha, boolean inplace) {
        this.alpha = alpha;
        this.inplace = inplace;
    }

    public ELU(double alpha) {
        this(alpha, false);
    }

    public ELU() {
        this(1.0);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.elu(input, alpha, inplace);
    }

    @Override
    public String extraRepr() {
        return "alpha=" + PyRepr.num(alpha) + (inplace ? ", inplace=True" : "");
    }
}
