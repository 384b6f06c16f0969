package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Sums sliding blocks back into an image (col2im), as {@code nn.Fold}; each array argument holds one
 * value for both dims or (h, w).
 */
public class Fold extends Module {
    private final int[] outputSize;
    private final int[] kernelSize;
    private final int[] dilation;
    private final int[] padding;
    private final int[] stride;

    public Fold(int[] outputSize, int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        this.outputSize = Args.nonNull(outputSize, "outputSize").clone();
        this.kernelSize = Args.nonNull(kernelSize, "kernelSize").clone();
        this.dilation = Args.nonNull(dilation, "dilation").clone();
        this.padding = Args.nonNull(padding, "padding").clone();
        this.stride = Args.nonNull(stride, "stride").clone();
    }

    /** {@code nn.Fold(output_size, kernel_size)}. */
    public Fold(int[] outputSize, int kernelSize) {
        this(outputSize, new int[] {kernelSize}, new int[] {1}, new int[] {0}, new int[] {1});
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.fold(input, outputSize, kernelSize, dilation, padding, stride);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + PyRepr.intOrTuple(outputSize) + ", " + Unfold.blockRepr(kernelSize, dilation, padding,
                stride);
    }
}
