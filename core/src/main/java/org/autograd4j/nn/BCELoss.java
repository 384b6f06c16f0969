package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Binary cross-entropy of probabilities, as {@code nn.BCELoss}; the optional weight is a buffer. */
public class BCELoss extends Loss {
    public BCELoss(Tensor weight, String reduction) {
        super(reduction);
        registerBuffer("weight", weight, true);
    }

    public BCELoss() {
        this(null, "mean");
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.binaryCrossEntropy(input, target, buffer("weight"), reduction());
    }
}
