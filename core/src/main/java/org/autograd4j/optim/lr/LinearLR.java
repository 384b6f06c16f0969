package org.autograd4j.optim.lr;

import java.util.Map;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/**
 * Scales the learning rate by a factor going linearly from {@code startFactor} to {@code endFactor}
 * over {@code totalIters} epochs, then keeps it ({@code torch.optim.lr_scheduler.LinearLR}; a warm-up).
 */
public final class LinearLR extends LRScheduler {
    private final double startFactor;
    private final double endFactor;
    private final int totalIters;

    /** PyTorch's defaults: from 1/3 to 1 over 5 epochs. */
    public LinearLR(Optimizer optimizer) {
        this(optimizer, 1.0 / 3, 1.0, 5);
    }

    /** {@code LinearLR(optimizer, start_factor, end_factor, total_iters)}. */
    public LinearLR(Optimizer optimizer, double startFactor, double endFactor, int totalIters) {
        super(optimizer);
        if (startFactor > 1.0 || startFactor < 0) {
            throw new IllegalArgumentException("Starting multiplicative factor expected to be between 0 and 1.");
        }
        if (endFactor > 1.0 || endFactor < 0) {
            throw new IllegalArgumentException("Ending multiplicative factor expected to be between 0 and 1.");
        }
        this.startFactor = startFactor;
        this.endFactor = endFactor;
        this.totalIters = totalIters;
        start();
    }

    @Override
    protected double nextLr(ParamGroup group, double baseLr) {
        if (lastEpoch == 0) {
            return group.lr() * startFactor;
        }
        if (lastEpoch > totalIters) {
            return group.lr();
        }
        double change = endFactor - startFactor;
        return group.lr() * (1.0 + change / (totalIters * startFactor + (lastEpoch - 1) * change));
    }

    @Override
    protected double closedFormLr(ParamGroup group, double baseLr) {
        return baseLr * (startFactor + (endFactor - startFactor) * Math.min(totalIters, lastEpoch) / totalIters);
    }

    @Override
    protected void describe(Map<String, Object> dict) {
        dict.put("start_factor", startFactor);
        dict.put("end_factor", endFactor);
        dict.put("total_iters", totalIters);
    }
}
