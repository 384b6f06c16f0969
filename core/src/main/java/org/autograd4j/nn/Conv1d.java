package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** 1-D convolution over [N, C, L] (or [C, L]), as {@code nn.Conv1d}; weight is [out, in / groups, k]. */
public class Conv1d extends ConvNd {
    public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation, int groups,
            boolean bias, String paddingMode) {
        super(1, new Spec(inChannels, outChannels, new int[] {kernelSize}, new int[] {stride}, new int[] {padding},
                null, new int[] {dilation}, false, new int[] {0}, groups, bias, paddingMode));
    }

    /** {@code padding} "same" (stride 1 only) or "valid". */
    public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, String padding, int dilation,
            int groups, boolean bias, String paddingMode) {
        super(1, new Spec(inChannels, outChannels, new int[] {kernelSize}, new int[] {stride}, null, padding,
                new int[] {dilation}, false, new int[] {0}, groups, bias, paddingMode));
    }

    public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true, "zeros");
    }

    public Conv1d(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0);
    }

    @Override
    protected Tensor convolve(Tensor input, int[] padding) {
        return F.conv1d(input, weight(), bias(), stride(), padding, dilation(), groups());
    }

    @Override
    protected Tensor convolve(Tensor input, String padding) {
        return F.conv1d(input, weight(), bias(), stride(), padding, dilation(), groups());
    }
}
