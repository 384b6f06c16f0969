package org.autograd4j.nn;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * What BatchNorm1d and BatchNorm2d share ({@code torch.nn.modules.batchnorm._BatchNorm}): the affine
 * parameters, the running statistics ({@code running_mean}, {@code running_var},
 * {@code num_batches_tracked}) and when each is used. A null momentum means a cumulative average.
 */
public abstract class BatchNorm extends Module {
    private final int numFeatures;
    private final double eps;
    private final Double momentum;
    private final boolean affine;
    private final boolean trackRunningStats;

    protected BatchNorm(int numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.trackRunningStats = trackRunningStats;
        registerParameter("weight", affine ? Tensor.ones(numFeatures) : null);
        registerParameter("bias", affine ? Tensor.zeros(numFeatures) : null);
        registerBuffer("running_mean", trackRunningStats ? Tensor.zeros(numFeatures) : null, true);
        registerBuffer("running_var", trackRunningStats ? Tensor.ones(numFeatures) : null, true);
        registerBuffer("num_batches_tracked", trackRunningStats ? Tensor.zeros(new int[0], DType.INT64) : null,
                true);
    }

    /** Throws PyTorch's message when the input has the wrong number of dims. */
    protected abstract void checkInputDim(Tensor input);

    @Override
    public Tensor forward(Tensor input) {
        Args.nonNull(input, "input");
        checkInputDim(input);
        double averagingFactor = momentum == null ? 0.0 : momentum;
        if (isTraining() && trackRunningStats) {
            Tensor count = buffer("num_batches_tracked").add_(Tensor.scalar(1L));
            if (momentum == null) {
                averagingFactor = 1.0 / count.item();
            }
        }
        boolean useRunningStats = !isTraining() || trackRunningStats;
        boolean batchStatistics = isTraining() || buffer("running_mean") == null;
        return F.batchNorm(input, useRunningStats ? buffer("running_mean") : null,
                useRunningStats ? buffer("running_var") : null, parameter("weight"), parameter("bias"),
                batchStatistics, averagingFactor, eps);
    }

    public Tensor weight() {
        return parameter("weight");
    }

    public Tensor bias() {
        return parameter("bias");
    }

    @Override
    public String extraRepr() {
        return numFeatures + ", eps=" + PyRepr.num(eps) + ", momentum=" + (momentum == null ? "None"
                : PyRepr.num(momentum)) + ", affine=" + PyRepr.bool(affine) + ", track_running_stats="
                + PyRepr.bool(trackRunningStats);
    }
}
