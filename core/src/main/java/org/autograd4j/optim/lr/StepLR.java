package org.autograd4j.optim.lr;

import java.util.Map;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/** Multiplies the learning rate by {@code gamma} every {@code stepSize} epochs ({@code torch.optim.lr_scheduler.StepLR}). */
public final class StepLR extends LRScheduler {
    private final int stepSize;
    private final double gamma;

    /** {@code StepLR(optimizer, step_size)}, gamma 0.1. */
    public StepLR(Optimizer optimizer, int stepSize) {
        this(optimizer, stepSize, 0.1);
    }

    /** {@code StepLR(optimizer, step_size, gamma)}. */
    public StepLR(Optimizer optimizer, int stepSize, double gamma) {
        super(optimizer);
        this.stepSize = stepSize;
        this.gamma = gamma;
        start();
    }

    @Override
    protected double nextLr(ParamGroup group, double baseLr) {
        return lastEpoch == 0 || lastEpoch % stepSize != 0 ? group.lr() : group.lr() * gamma;
    }

    @Override
    protected double closedFormLr(ParamGroup group, double baseLr) {
        return baseLr * Math.pow(gamma, Math.floorDiv(lastEpoch, stepSize));
    }

    @Override
    protected void describe(Map<String, Object> dict) {
        dict.put("step_size", stepSize);
        dict.put("gamma", gamma);
    }
}
