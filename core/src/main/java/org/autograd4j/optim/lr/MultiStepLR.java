package org.autograd4j.optim.lr;

import java.util.List;
import java.util.Map;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/**
 * Multiplies the learning rate by {@code gamma} at each milestone epoch, once per time it is listed
 * ({@code torch.optim.lr_scheduler.MultiStepLR}).
 */
public final class MultiStepLR extends LRScheduler {
    private final List<Integer> milestones;
    private final double gamma;

    /** {@code MultiStepLR(optimizer, milestones)}, gamma 0.1. */
    public MultiStepLR(Optimizer optimizer, List<Integer> milestones) {
        this(optimizer, milestones, 0.1);
    }

    /** {@code MultiStepLR(optimizer, milestones, gamma)}. */
    public MultiStepLR(Optimizer optimizer, List<Integer> milestones, double gamma) {
        super(optimizer);
        this.milestones = Args.nonNullElements(milestones, "milestones").stream().sorted().toList();
        this.gamma = gamma;
        start();
    }

    @Override
    protected double nextLr(ParamGroup group, double baseLr) {
        long times = milestones.stream().filter(m -> m == lastEpoch).count();
        return times == 0 ? group.lr() : group.lr() * Math.pow(gamma, times);
    }

    @Override
    protected double closedFormLr(ParamGroup group, double baseLr) {
        return baseLr * Math.pow(gamma, milestones.stream().filter(m -> m <= lastEpoch).count());
    }

    @Override
    protected void describe(Map<String, Object> dict) {
        dict.put("milestones", milestones);
        dict.put("gamma", gamma);
    }
}
