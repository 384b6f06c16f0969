package org.autograd4j.nn.functional;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.ops.Pooling;

/**
 * {@code F.max_unpool1d} and {@code F.max_unpool2d}: PyTorch 1.13's choice and check of the output
 * size ({@code _unpool_output_size}), then the op; the 1-D form is the 2-D op on a trailing unit dim, as
 * PyTorch's.
 */
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
        return Pooling.maxUnpool2d(input, indices, outputSize(input, k, s, p, outputSize));
    }

    /**
     * {@code F.max_unpool1d(input, indices, kernel_size, stride, padding, output_size)}: stride 0 for
     * the kernel size, outputSize ([L] or [N, C, L]) null for the default; node {@code SqueezeBackward1}.
     */
    public static Tensor maxUnpool1d(Tensor input, Tensor indices, int kernelSize, int stride, int padding,
                                     int[] outputSize) {
        int[] s = {stride == 0 ? kernelSize : stride};
        if (input.dim() < 1) {
            throw new IllegalArgumentException("Input to max_unpooling2d should be a 3d or 4d Tensor, but got a tensor "
                    + "with " + (input.dim() + 1) + " dimensions.");
        }
        int[] length = outputSize(input, new int[] {kernelSize}, s, new int[] {padding}, outputSize);
        return Pooling.maxUnpool2d(input.unsqueeze(-1), indices.unsqueeze(-1), new int[] {length[0], 1}).squeeze(-1);
    }

    /** The spatial output size: the default, or the given one (optionally with [N, C] first) if within a stride of it. */
    private static int[] outputSize(Tensor input, int[] k, int[] s, int[] p, int[] outputSize) {
        int dims = k.length;
        int[] defaults = new int[dims];
        for (int d = 0; d < dims; d++) {
            defaults[d] = (input.size(input.dim() - dims + d) - 1) * s[d] + k[d] - 2 * p[d];
        }
        if (outputSize == null) {
            return defaults;
        }
        int[] size = outputSize.length == dims + 2 ? Arrays.copyOfRange(outputSize, 2, dims + 2) : outputSize;
        if (size.length != dims) {
            throw new IllegalArgumentException("output_size should be a sequence containing " + dims + " or "
                    + (dims + 2) + " elements, but it has a length of '" + size.length + "'");
        }
        for (int d = 0; d < dims; d++) {
            int min = defaults[d] - s[d];
            int max = defaults[d] + s[d];
            if (!(min < size[d] && size[d] < max)) {
                throw new IllegalArgumentException("invalid output_size \"" + Arrays.toString(size) + "\" (dim " + d
                        + " must be between " + min + " and " + max + ")");
            }
        }
        return size;
    }

    private static int[] pair(int[] v) {
        if (v.length != 1 && v.length != 2) {
            throw new IllegalArgumentException("max_unpool2d: expected an int or a pair, got " + v.length + " values");
        }
        return v.length == 1 ? new int[] {v[0], v[0]} : v;
    }
}
