package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Negative log-likelihood of log-probabilities at the target classes, as {@code nn.NLLLoss}. */
public class NLLLoss extends Loss {
    private final long ignoreIndex;

    /** {@code weight} (one per class) may be null; it is a buffer ("weight"). */
    public NLLLoss(Tensor weight, long ignoreIndex, String reduction) {
        super(reduction);
        registerBuffer("weight", weight, true);
        this.ignoreIndex = ignoreIndex;
    }

    public NLLLoss() {
        this(null, -100, "mean");
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.nllLoss(input, target, buffer("weight"), ignoreIndex, reduction());
    }
}
