package org.autograd4j.nn.functional;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.ops.Pooling;

/** {@code F.max_unpool2d}: PyTorch 1.13's choice and check of the output size, then the op. */
public final class Unpooling {
    private Unpooling() {
    }

    /**
     * {@code F.max_unpool2d(input, indices, kernel_size, stride, padding, output_size)}; stride null or
     * empty for the kernel size, outputSize null for the default (in - 1) * stride + kernel - 2 * padding.
     */
    public static Tensor maxUnpool2d(Tensor input, Tensor indices, int[] kernelSize, int[] stride, int[] padding,
                                     int[] outputSize) {
        int[] k = pair(kernelSize);
        int[] s = stride == null || stride.length == 0 ? k : pair(stride);
        int[] p = pair(padding);
        if (input.dim() < 2) {
            throw new IllegalArgumentException("Input to max_unpooling2d should be a 3d or 4d Tensor, but got a tensor "
                    + "with " + input.dim() + " dimensions.");
        }
        int[] defaults = new int[2];
        for (int d = 0; d < 2; d++) {
            defaults[d] = (input.size(input.dim() - 2 + d) - 1) * s[d] + k[d] - 2 * p[d];
        }
        if (outputSize == null) {
            return Pooling.maxUnpool2d(input, indices, defaults);
        }
        int[] size = outputSize.length == 4 ? Arrays.copyOfRange(outputSize, 2, 4) : outputSize;
        if (size.length != 2) {
            throw new IllegalArgumentException("output_size should be a sequence containing 2 or 4 elements, but it "
                    + "has a length of '" + size.length + "'");
        }
        for (int d = 0; d < 2; d++) {
            int min = defaults[d] - s[d];
            int max = defaults[d] + s[d];
            if (!(min < size[d] && size[d] < max)) {
                throw new IllegalArgumentException("invalid output_size \"" + Arrays.toString(size) + "\" (dim " + d
                        + " must be between " + min + " and " + max + ")");
            }
        }
        return Pooling.maxUnpool2d(input, indices, size);
    }

    private static int[] pair(int[] v) {
        if (v.length != 1 && v.length != 2) {
            throw new IllegalArgumentException("max_unpool2d: expected an int or a pair, got " + v.length + " values");
        }
        return v.length == 1 ? new int[] {v[0], v[0]} : v;
    }
}
