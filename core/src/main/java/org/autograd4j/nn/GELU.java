package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** Gaussian error linear unit, exact ("none") or the "tanh" approximation, as {@code nn.GELU}. */
public class GELU extends Module {
    private final String approximate;

    public GELU(String approximate) {
        Args.nonNull(approximate, "approximate");
        if (!approximate.equals("none") && !approximate.equals("tanh")) {
            throw new IllegalArgumentException("approximate argument must be either none or tanh.");
        }
        this.approximate = approximate;
    }

    public GELU() {
        this("none");
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.gelu(input, approximate);
    }

    @Override
    public String extraRepr() {
        return "approximate='" + approximate + "'";
    }
}
