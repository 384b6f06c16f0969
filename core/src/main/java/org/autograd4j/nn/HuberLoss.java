package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Squared error below {@code delta}, delta-scaled absolute error above, as {@code nn.HuberLoss}. */
public class HuberLoss extends Loss {
    private final double delta;

    public HuberLoss(String reduction, double delta) {
        super(reduction);
        this.delta = delta;
    }

    public HuberLoss() {
        this("mean", 1.0);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.huberLoss(input, target, reduction(), delta);
    }
}
