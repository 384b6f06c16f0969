package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * Kullback–Leibler divergence of log-probabilities {@code input} from {@code target}, as
 * {@code nn.KLDivLoss}; reduction may also be "batchmean" (the mathematically correct mean).
 */
public class KLDivLoss extends Loss {
    private final boolean logTarget;

    public KLDivLoss(String reduction, boolean logTarget) {
        super(reduction);
        this.logTarget = logTarget;
    }

    public KLDivLoss() {
        this("mean", false);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.klDiv(input, target, reduction(), logTarget);
    }
}
