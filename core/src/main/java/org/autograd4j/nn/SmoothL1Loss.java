package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Squared error below {@code beta}, absolute error (less beta/2) above, as {@code nn.SmoothL1Loss}. */
public class SmoothL1Loss extends Loss {
    private final double beta;

    public SmoothL1Loss(String reduction, double beta) {
        super(reduction);
        this.beta = beta;
    }

    public SmoothL1Loss() {
        this("mean", 1.0);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.smoothL1Loss(input, target, reduction(), beta);
    }
}
