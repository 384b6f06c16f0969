package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * The partial inverse of {@link MaxPool2d}, as {@code nn.MaxUnpool2d}: {@code call(input, indices)},
 * or {@link #run} with an output size. Array arguments hold one value for both dims or (h, w); a null
 * stride means the kernel size.
 */
public class MaxUnpool2d extends Module {
    private final int[] kernelSize;
    private final int[] stride;
    private final int[] padding;

    public MaxUnpool2d(int[] kernelSize, int[] stride, int[] padding) {
        this.kernelSize = pair(Args.nonNull(kernelSize, "kernelSize"));
        this.stride = stride == null ? this.kernelSize : pair(stride);
        this.padding = pair(Args.nonNull(padding, "padding"));
    }

    public MaxUnpool2d(int kernelSize, int stride, int padding) {
        this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding});
    }

    public MaxUnpool2d(int kernelSize) {
        this(new int[] {kernelSize}, null, new int[] {0});
    }

    /** PyTorch's {@code _pair}: its repr always shows both values. */
    private static int[] pair(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0]} : v.clone();
    }

    @Override
    public Tensor forward(Tensor input, Tensor indices) {
        return F.maxUnpool2d(input, indices, kernelSize, stride, padding, null);
    }

    /** {@code module(input, indices, output_size)}; outputSize ([h, w] or [n, c, h, w]) null for the default. */
    public Tensor run(Tensor input, Tensor indices, int[] outputSize) {
        return callWithHooks(new Tensor[] {input, indices},
                in -> F.maxUnpool2d(in[0], in[1], kernelSize, stride, padding, outputSize));
    }

    @Override
    public String extraRepr() {
        return "kernel_size=" + PyRepr.tuple(kernelSize) + ", stride=" + PyRepr.tuple(stride) + ", padding="
                + PyRepr.tuple(padding);
    }
}
