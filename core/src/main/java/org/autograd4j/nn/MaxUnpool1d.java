package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * The partial inverse of 1-D max pooling, as {@code nn.MaxUnpool1d}: {@code call(input, indices)},
 * or {@link #run} with an output size; stride 0 means the kernel size.
 */
public class MaxUnpool1d extends Module {
    private final int kernelSize;
    private final int stride;
    private final int padding;

    public MaxUnpool1d(int kernelSize, int stride, int padding) {
        this.kernelSize = kernelSize;
        this.stride = stride == 0 ? kernelSize : stride;
        this.padding = padding;
    }

    public MaxUnpool1d(int kernelSize) {
        this(kernelSize, 0, 0);
    }

    @Override
    public Tensor forward(Tensor input, Tensor indices) {
        return F.maxUnpool1d(input, indices, kernelSize, stride, padding, null);
    }

    /** {@code module(input, indices, output_size)}; outputSize null for the default. */
    public Tensor run(Tensor input, Tensor indices, int[] outputSize) {
        return callWithHooks(new Tensor[] {input, indices},
                in -> F.maxUnpool1d(in[0], in[1], kernelSize, stride, padding, outputSize));
    }

    @Override
    public String extraRepr() {
        return "kernel_size=(" + kernelSize + ",), stride=(" + stride + ",), padding=(" + padding + ",)";
    }
}
