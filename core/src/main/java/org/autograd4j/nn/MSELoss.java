package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Squared error, as {@code nn.MSELoss}. */
public class MSELoss extends Loss {
    public MSELoss(String reduction) {
        super(reduction);
    }

    public MSELoss() {
        this("mean");
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.mseLoss(input, target, reduction());
    }
}
