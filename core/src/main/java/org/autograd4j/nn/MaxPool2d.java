package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * 2-D max pooling, as {@code nn.MaxPool2d}; array arguments hold one value for both dims or (h, w),
 * and a null stride means the kernel size.
 */
public class MaxPool2d extends Module {
    private final int[] kernelSize;
    private final int[] stride;
    private final int[] padding;
    private final int[] dilation;
    private final boolean ceilMode;

    public MaxPool2d(int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        Args.nonNull(kernelSize, "kernelSize");
        Args.nonNull(padding, "padding");
        Args.nonNull(dilation, "dilation");
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? kernelSize.clone() : stride.clone();
        this.padding = padding.clone();
        this.dilation = dilation.clone();
        this.ceilMode = ceilMode;
    }

    public MaxPool2d(int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, new int[] {dilation}, ceilMode);
    }

    public MaxPool2d(int kernelSize, int stride, int padding) {
        this(kernelSize, stride, padding, 1, false);
    }

    public MaxPool2d(int kernelSize, int stride) {
        this(kernelSize, stride, 0);
    }

    public MaxPool2d(int kernelSize) {
        this(kernelSize, kernelSize);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.maxPool2d(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + PyRepr.intOrTuple(kernelSize) + ", stride=" + PyRepr.intOrTuple(stride)
                + ", padding=" + PyRepr.intOrTuple(padding) + ", dilation=" + PyRepr.intOrTuple(dilation)
                + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
