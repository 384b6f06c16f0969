package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * Log-softmax then negative log-likelihood over dim 1, as {@code nn.CrossEntropyLoss}: int64 targets
 * are class indices, floating targets class probabilities. The class weight is a buffer ("weight").
 */
public class CrossEntropyLoss extends Loss {
    private final long ignoreIndex;
    private final double labelSmoothing;

    /** {@code weight} (one per class) may be null. */
    public CrossEntropyLoss(Tensor weight, long ignoreIndex, String reduction, double labelSmoothing) {
        super(reduction);
        registerBuffer("weight", weight, true);
        this.ignoreIndex = ignoreIndex;
        this.labelSmoothing = labelSmoothing;
    }

    public CrossEntropyLoss() {
        this(null, -100, "mean", 0.0);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.crossEntropy(input, target, buffer("weight"), ignoreIndex, reduction(), labelSmoothing);
    }
}
