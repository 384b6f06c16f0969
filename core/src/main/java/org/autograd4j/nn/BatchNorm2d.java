package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Batch normalization over [N, C, H, W], per channel C, as {@code nn.BatchNorm2d}. */
public class BatchNorm2d extends BatchNorm {
    public BatchNorm2d(int numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    public BatchNorm2d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1, true, true);
    }

    @Override
    protected void checkInputDim(Tensor input) {
        if (input.dim() != 4) {
            throw new IllegalArgumentException("expected 4D input (got " + input.dim() + "D input)");
        }
    }
}
