package org.autograd4j.optim.lr;

import java.util.Map;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/**
 * Anneals the learning rate from its base to {@code etaMin} along half a cosine over {@code tMax}
 * epochs, then back up, and so on ({@code torch.optim.lr_scheduler.CosineAnnealingLR}, in its
 * recursive form, which also follows changes made to the learning rate from outside).
 */
public final class CosineAnnealingLR extends LRScheduler {
    private final int tMax;
    private final double etaMin;

    /** {@code CosineAnnealingLR(optimizer, T_max)}. */
    public CosineAnnealingLR(Optimizer optimizer, int tMax) {
        this(optimizer, tMax, 0);
    }

    /** {@code CosineAnnealingLR(optimizer, T_max, eta_min)}. */
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin) {
        super(optimizer);
        this.tMax = tMax;
        this.etaMin = etaMin;
        start();
    }

    @Override
    protected double nextLr(ParamGroup group, double baseLr) {
        if (lastEpoch == 0) {
            return group.lr();
        }
        if (stepCount == 1 && lastEpoch > 0) {
            return closedFormLr(group, baseLr);
        }
        if (Math.floorMod(lastEpoch - 1 - tMax, 2 * tMax) == 0) {
            return group.lr() + (baseLr - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
        }
        return (1 + Math.cos(Math.PI * lastEpoch / tMax)) / (1 + Math.cos(Math.PI * (lastEpoch - 1) / tMax))
                * (group.lr() - etaMin) + etaMin;
    }

    @Override
    protected double closedFormLr(ParamGroup group, double baseLr) {
        return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * lastEpoch / tMax)) / 2;
    }

    @Override
    protected void describe(Map<String, Object> dict) {
        dict.put("T_max", tMax);
        dict.put("eta_min", etaMin);
    }
}
