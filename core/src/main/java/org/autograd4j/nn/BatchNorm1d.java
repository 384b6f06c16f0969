package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Batch normalization over [N, C] or [N, C, L], per channel C, as {@code nn.BatchNorm1d}. */
public class BatchNorm1d extends BatchNorm {
    public BatchNorm1d(int numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    public BatchNorm1d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1, true, true);
    }

    @Override
    protected void checkInputDim(Tensor input) {
        if (input.dim() != 2 && input.dim() != 3) {
            throw new IllegalArgumentException("expected 2D or 3D input (got " + input.dim() + "D input)");
        }
    }
}
