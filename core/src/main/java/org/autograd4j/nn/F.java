package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.nn.functional.Convolution;
import org.autograd4j.nn.functional.Padding;
import org.autograd4j.nn.functional.Pooling;

/**
 * The functions of {@code torch.nn.functional}, as static methods: {@code F.crossEntropy(logits,
 * target)}, {@code F.conv2d(x, w, b, stride, padding, dilation, groups)}, ... Each has an overload
 * taking all of PyTorch's parameters positionally, in PyTorch's order, plus short overloads for the
 * defaults.
 */
public final class F {
    private F() {
    }

    // ------------------------------------------------------------------ activations (elementwise group)

    // (end of activations)

    // ------------------------------------------------------------------ losses, normalization, linear, attention (nn group)

    // (end of nn group)

    // ------------------------------------------------------------------ convolution, pooling, padding (conv group)

    /** {@code F.conv1d(input, weight, bias, stride, padding, dilation, groups)} on [n, c, l] or [c, l]; bias may be null. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(input, weight, bias, stride, padding, null, dilation, groups, 1);
    }

    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation,
                                int groups) {
        return conv1d(input, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {dilation}, groups);
    }

    /** {@code padding} "same" (stride 1 only) or "valid". */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(input, weight, bias, stride, null, padding, dilation, groups, 1);
    }

    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation,
                                int groups) {
        return conv1d(input, weight, bias, new int[] {stride}, padding, new int[] {dilation}, groups);
    }

    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias) {
        return conv1d(input, weight, bias, 1, 0, 1, 1);
    }

    public static Tensor conv1d(Tensor input, Tensor weight) {
        return conv1d(input, weight, null);
    }

    /** {@code F.conv2d(input, weight, bias, stride, padding, dilation, groups)} on [n, c, h, w] or [c, h, w]; bias may be null. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(input, weight, bias, stride, padding, null, dilation, groups, 2);
    }

    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation,
                                int groups) {
        return conv2d(input, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {dilation}, groups);
    }

    /** {@code padding} "same" (stride 1 only) or "valid". */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(input, weight, bias, stride, null, padding, dilation, groups, 2);
    }

    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation,
                                int groups) {
        return conv2d(input, weight, bias, new int[] {stride}, padding, new int[] {dilation}, groups);
    }

    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) {
        return conv2d(input, weight, bias, 1, 0, 1, 1);
    }

    public static Tensor conv2d(Tensor input, Tensor weight) {
        return conv2d(input, weight, null);
    }

    /**
     * {@code F.conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation)};
     * weight is [in_channels, out_channels / groups, k].
     */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding,
                                         int outputPadding, int groups, int dilation) {
        return Convolution.convTranspose(input, weight, bias, new int[] {stride}, new int[] {padding},
                new int[] {outputPadding}, groups, new int[] {dilation}, 1);
    }

    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose1d(input, weight, bias, 1, 0, 0, 1, 1);
    }

    public static Tensor convTranspose1d(Tensor input, Tensor weight) {
        return convTranspose1d(input, weight, null);
    }

    /**
     * {@code F.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation)};
     * weight is [in_channels, out_channels / groups, kh, kw].
     */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return Convolution.convTranspose(input, weight, bias, stride, padding, outputPadding, groups, dilation, 2);
    }

    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding,
                                         int outputPadding, int groups, int dilation) {
        return convTranspose2d(input, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {outputPadding},
                groups, new int[] {dilation});
    }

    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose2d(input, weight, bias, 1, 0, 0, 1, 1);
    }

    public static Tensor convTranspose2d(Tensor input, Tensor weight) {
        return convTranspose2d(input, weight, null);
    }

    /**
     * {@code F.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode)}; stride 0 means
     * the default (kernel_size). For {@code return_indices=True} use {@link #maxPool1dWithIndices}.
     */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return maxPool1dWithIndices(input, kernelSize, stride, padding, dilation, ceilMode)[0];
    }

    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding) {
        return maxPool1d(input, kernelSize, stride, padding, 1, false);
    }

    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride) {
        return maxPool1d(input, kernelSize, stride, 0, 1, false);
    }

    public static Tensor maxPool1d(Tensor input, int kernelSize) {
        return maxPool1d(input, kernelSize, kernelSize);
    }

    /** {@code F.max_pool1d_with_indices}: {values, int64 indices}. */
    public static Tensor[] maxPool1dWithIndices(Tensor input, int kernelSize, int stride, int padding, int dilation,
                                                boolean ceilMode) {
        return Pooling.maxPool1dWithIndices(input, kernelSize, stride == 0 ? kernelSize : stride, padding, dilation,
                ceilMode);
    }

    /**
     * {@code F.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)}; a null or empty
     * stride means the default (kernel_size). For {@code return_indices=True} use {@link #maxPool2dWithIndices}.
     */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return Pooling.maxPool2d(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /** Stride 0 means the default (kernel_size). */
    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding, int dilation,
                                   boolean ceilMode) {
        return maxPool2d(input, new int[] {kernelSize}, new int[] {stride == 0 ? kernelSize : stride},
                new int[] {padding}, new int[] {dilation}, ceilMode);
    }

    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding) {
        return maxPool2d(input, kernelSize, stride, padding, 1, false);
    }

    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride) {
        return maxPool2d(input, kernelSize, stride, 0, 1, false);
    }

    public static Tensor maxPool2d(Tensor input, int kernelSize) {
        return maxPool2d(input, kernelSize, kernelSize);
    }

    /** {@code F.max_pool2d_with_indices}: {values, int64 indices (h * W + w within each plane)}. */
    public static Tensor[] maxPool2dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding,
                                                int[] dilation, boolean ceilMode) {
        return Pooling.maxPool2dWithIndices(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /**
     * {@code F.avg_pool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)}; stride 0
     * means the default (kernel_size).
     */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode,
                                   boolean countIncludePad) {
        return Pooling.avgPool1d(input, kernelSize, stride == 0 ? kernelSize : stride, padding, ceilMode,
                countIncludePad);
    }

    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding) {
        return avgPool1d(input, kernelSize, stride, padding, false, true);
    }

    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride) {
        return avgPool1d(input, kernelSize, stride, 0);
    }

    public static Tensor avgPool1d(Tensor input, int kernelSize) {
        return avgPool1d(input, kernelSize, kernelSize);
    }

    /**
     * {@code F.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad,
     * divisor_override)}; a null or empty stride means kernel_size, a null divisorOverride means None.
     */
    public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        if (divisorOverride != null && divisorOverride == 0) {
            throw new IllegalArgumentException("divisor must be not zero");
        }
        return Pooling.avgPool2d(input, kernelSize, stride, padding, ceilMode, countIncludePad,
                divisorOverride == null ? 0 : divisorOverride);
    }

    /** Stride 0 means the default (kernel_size). */
    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        return avgPool2d(input, new int[] {kernelSize}, new int[] {stride == 0 ? kernelSize : stride},
                new int[] {padding}, ceilMode, countIncludePad, divisorOverride);
    }

    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride, int padding) {
        return avgPool2d(input, kernelSize, stride, padding, false, true, null);
    }

    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride) {
        return avgPool2d(input, kernelSize, stride, 0);
    }

    public static Tensor avgPool2d(Tensor input, int kernelSize) {
        return avgPool2d(input, kernelSize, kernelSize);
    }

    /** {@code F.adaptive_avg_pool2d(input, output_size)} with output_size (h, w). */
    public static Tensor adaptiveAvgPool2d(Tensor input, int[] outputSize) {
        return Pooling.adaptiveAvgPool2d(input, outputSize);
    }

    public static Tensor adaptiveAvgPool2d(Tensor input, int outputSize) {
        return adaptiveAvgPool2d(input, new int[] {outputSize, outputSize});
    }

    /**
     * {@code F.pad(input, pad, mode, value)}: pad is (left, right, top, bottom, ...) from the last
     * dimension backwards; mode "constant" (any number of dims, negative amounts crop), "reflect" or
     * "replicate" (last 1 dim of a 2-D/3-D input, last 2 dims of a 3-D/4-D input).
     */
    public static Tensor pad(Tensor input, int[] pad, String mode, double value) {
        return Padding.pad(input, pad, mode, value);
    }

    public static Tensor pad(Tensor input, int[] pad, String mode) {
        return pad(input, pad, mode, 0);
    }

    public static Tensor pad(Tensor input, int[] pad, double value) {
        return pad(input, pad, "constant", value);
    }

    public static Tensor pad(Tensor input, int... pad) {
        return pad(input, pad, "constant", 0);
    }

    // (end of conv group)
}
