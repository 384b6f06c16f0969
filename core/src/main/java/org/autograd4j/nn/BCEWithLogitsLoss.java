package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * Sigmoid then binary cross-entropy in one stable step, as {@code nn.BCEWithLogitsLoss}; the
 * optional weight and positive-class weight are buffers ("weight", "pos_weight").
 */
public class BCEWithLogitsLoss extends Loss {
    public BCEWithLogitsLoss(Tensor weight, String reduction, Tensor posWeight) {
        super(reduction);
        registerBuffer("weight", weight, true);
        registerBuffer("pos_weight", posWeight, true);
    }

    public BCEWithLogitsLoss() {
        this(null, "mean", null);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.binaryCrossEntropyWithLogits(input, target, buffer("weight"), reduction(), buffer("pos_weight"));
    }
}
