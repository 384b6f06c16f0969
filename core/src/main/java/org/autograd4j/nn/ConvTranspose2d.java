package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * 2-D transposed convolution (the gradient of Conv2d with respect to its input), as
 * {@code nn.ConvTranspose2d}; weight is [in, out / groups, kh, kw]. Only zero padding mode.
 */
public class ConvTranspose2d extends ConvNd {
    public ConvTranspose2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding,
            int[] outputPadding, int groups, boolean bias, int[] dilation) {
        super(2, new Spec(inChannels, outChannels, kernelSize, stride, padding, null, dilation, true, outputPadding,
                groups, bias, "zeros"));
    }

    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize, int stride, int padding,
            int outputPadding, int groups, boolean bias, int dilation) {
        this(inChannels, outChannels, new int[] {kernelSize}, new int[] {stride}, new int[] {padding},
                new int[] {outputPadding}, groups, bias, new int[] {dilation});
    }

    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 0, 1, true, 1);
    }

    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0);
    }

    @Override
    protected Tensor convolve(Tensor input, int[] padding) {
        return F.convTranspose2d(input, weight(), bias(), stride(), padding, outputPadding(), groups(), dilation());
    }

    @Override
    protected Tensor convolve(Tensor input, String padding) {
        throw new UnsupportedOperationException("ConvTranspose2d takes explicit padding");
    }
}
