package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * 2-D convolution over [N, C, H, W] (or [C, H, W]), as {@code nn.Conv2d}; weight is
 * [out, in / groups, kh, kw]. Array arguments hold one value for both dims or (h, w).
 */
public class Conv2d extends ConvNd {
    public Conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
            int groups, boolean bias, String paddingMode) {
        super(2, new Spec(inChannels, outChannels, kernelSize, stride, padding, null, dilation, false, new int[] {0},
                groups, bias, paddingMode));
    }

    /** {@code padding} "same" (stride 1 only) or "valid". */
    public Conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, String padding, int[] dilation,
            int groups, boolean bias, String paddingMode) {
        super(2, new Spec(inChannels, outChannels, kernelSize, stride, null, padding, dilation, false, new int[] {0},
                groups, bias, paddingMode));
    }

    public Conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation, int groups,
            boolean bias) {
        this(inChannels, outChannels, new int[] {kernelSize}, new int[] {stride}, new int[] {padding},
                new int[] {dilation}, groups, bias, "zeros");
    }

    public Conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true);
    }

    public Conv2d(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0);
    }

    @Override
    protected Tensor convolve(Tensor input, int[] padding) {
        return F.conv2d(input, weight(), bias(), stride(), padding, dilation(), groups());
    }

    @Override
    protected Tensor convolve(Tensor input, String padding) {
        return F.conv2d(input, weight(), bias(), stride(), padding, dilation(), groups());
    }
}
