package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * 2-D average pooling, as {@code nn.AvgPool2d}; array arguments hold one value for both dims or
 * (h, w), a null stride means the kernel size and a null divisorOverride the window size.
 */
public class AvgPool2d extends Module {
    private final int[] kernelSize;
    private final int[] stride;
    private final int[] padding;
    private final boolean ceilMode;
    private final boolean countIncludePad;
    private final Integer divisorOverride;

    public AvgPool2d(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad,
            Integer divisorOverride) {
        Args.nonNull(kernelSize, "kernelSize");
        Args.nonNull(padding, "padding");
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? kernelSize.clone() : stride.clone();
        this.padding = padding.clone();
        this.ceilMode = ceilMode;
        this.countIncludePad = countIncludePad;
        this.divisorOverride = divisorOverride;
    }

    public AvgPool2d(int kernelSize, int stride, int padding) {
        this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, false, true, null);
    }

    public AvgPool2d(int kernelSize, int stride) {
        this(kernelSize, stride, 0);
    }

    public AvgPool2d(int kernelSize) {
        this(kernelSize, kernelSize);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.avgPool2d(input, kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride);
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + PyRepr.intOrTuple(kernelSize) + ", stride=" + PyRepr.intOrTuple(stride)
                + ", padding=" + PyRepr.intOrTuple(padding);
    }
}
