package org.autograd4j.optim.lr;

import java.util.Map;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/** Multiplies the learning rate by {@code gamma} every epoch ({@code torch.optim.lr_scheduler.ExponentialLR}). */
public final class ExponentialLR extends LRScheduler {
    private final double gamma;

    /** {@code ExponentialLR(optimizer, gamma)}. */
    public ExponentialLR(Optimizer optimizer, double gamma) {
        super(optimizer);
        this.gamma = gamma;
        start();
    }

    @Override
    protected double nextLr(ParamGroup group, double baseLr) {
        return lastEpoch == 0 ? group.lr() : group.lr() * gamma;
    }

    @Override
    protected double closedFormLr(ParamGroup group, double baseLr) {
        return baseLr * Math.pow(gamma, lastEpoch);
    }

    @Override
    protected void describe(Map<String, Object> dict) {
        dict.put("gamma", gamma);
    }
}
