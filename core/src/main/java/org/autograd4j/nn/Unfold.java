package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Extracts sliding blocks as columns (im2col), as {@code nn.Unfold}; each array argument holds one
 * value for both dims or (h, w).
 */
public class Unfold extends Module {
    private final int[] kernelSize;
    private final int[] dilation;
    private final int[] padding;
    private final int[] stride;

    public Unfold(int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        this.kernelSize = Args.nonNull(kernelSize, "kernelSize").clone();
        this.dilation = Args.nonNull(dilation, "dilation").clone();
        this.padding = Args.nonNull(padding, "padding").clone();
        this.stride = Args.nonNull(stride, "stride").clone();
    }

    /** {@code nn.Unfold(kernel_size)}. */
    public Unfold(int kernelSize) {
        this(new int[] {kernelSize}, new int[] {1}, new int[] {0}, new int[] {1});
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.unfold(input, kernelSize, dilation, padding, stride);
    }

    @Override
    public String extraRepr() {
        return blockRepr(kernelSize, dilation, padding, stride);
    }

    /** The block arguments Fold and Unfold both print. */
    static String blockRepr(int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        return "kernel_size=" + PyRepr.intOrTuple(kernelSize) + ", dilation=" + PyRepr.intOrTuple(dilation)
                + ", padding=" + PyRepr.intOrTuple(padding) + ", stride=" + PyRepr.intOrTuple(stride);
    }
}
