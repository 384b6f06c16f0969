package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Absolute error, as {@code nn.L1Loss}. */
public class L1Loss extends Loss {
    public L1Loss(String reduction) {
        super(reduction);
    }

    public L1Loss() {
        this("mean");
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.l1Loss(input, target, reduction());
    }
}
