package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Power-average pooling over the last dim, as {@code nn.LPPool1d}; a null stride means the kernel size. */
public class LPPool1d extends Module {
    private final double normType;
    private final int kernelSize;
    private final Integer stride;
    private final boolean ceilMode;

    public LPPool1d(double normType, int kernelSize, Integer stride, boolean ceilMode) {
        this.normType = normType;
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.ceilMode = ceilMode;
    }

    public LPPool1d(double normType, int kernelSize) {
        this(normType, kernelSize, null, false);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.lpPool1d(input, normType, kernelSize, stride == null ? 0 : stride, ceilMode);
    }

    @Override
    public String extraRepr() {
        return "norm_type=" + PyRepr.num(normType) + ", kernel_size=" + kernelSize + ", stride="
                + (stride == null ? "None" : stride.toString()) + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
