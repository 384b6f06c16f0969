package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Power-average pooling over the last two dims, as {@code nn.LPPool2d}; array arguments hold one
 * value for both dims or (h, w), and a null stride means the kernel size.
 */
public class LPPool2d extends Module {
    private final double normType;
    private final int[] kernelSize;
    private final int[] stride;
    private final boolean ceilMode;

    public LPPool2d(double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
        this.normType = normType;
        this.kernelSize = Args.nonNull(kernelSize, "kernelSize").clone();
        this.stride = stride == null ? null : stride.clone();
        this.ceilMode = ceilMode;
    }

    public LPPool2d(double normType, int kernelSize) {
        this(normType, new int[] {kernelSize}, null, false);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.lpPool2d(input, normType, kernelSize, stride, ceilMode);
    }

    @Override
    public String extraRepr() {
        return "norm_type=" + PyRepr.num(normType) + ", kernel_size=" + PyRepr.intOrTuple(kernelSize) + ", stride="
                + (stride == null ? "None" : PyRepr.intOrTuple(stride)) + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
