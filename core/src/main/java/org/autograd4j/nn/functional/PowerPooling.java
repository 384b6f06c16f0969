package org.autograd4j.nn.functional;

import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/** {@code F.lp_pool1d} and {@code F.lp_pool2d}: the p-th root of the sum of p-th powers over each window, composed as PyTorch 1.13. */
public final class PowerPooling {
    private PowerPooling() {
    }

    /** {@code F.lp_pool2d(input, norm_type, kernel_size, stride, ceil_mode)}; stride null or empty for the kernel size. */
    public static Tensor lpPool2d(Tensor input, double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
        Tensor out = F.avgPool2d(input.pow(normType), kernelSize, stride, new int[] {0}, ceilMode, true, null);
        int[] k = kernelSize.length == 1 ? new int[] {kernelSize[0], kernelSize[0]} : kernelSize; // checked by avgPool2d
        return root(out, k[0] * k[1], normType);
    }

    /** {@code F.lp_pool1d(input, norm_type, kernel_size, stride, ceil_mode)}; stride 0 for the kernel size. */
    public static Tensor lpPool1d(Tensor input, double normType, int kernelSize, int stride, boolean ceilMode) {
        Tensor out = F.avgPool1d(input.pow(normType), kernelSize, stride == 0 ? kernelSize : stride, 0, ceilMode, true);
        return root(out, kernelSize, normType);
    }

    /** (sign(mean) * relu(|mean|) * window size) ^ (1 / p): the sum's root, negative sums giving NaN as in PyTorch. */
    private static Tensor root(Tensor mean, int windowSize, double normType) {
        return mean.sign().mul(F.relu(mean.abs())).mul(windowSize).pow(1.0 / normType);
    }
}
