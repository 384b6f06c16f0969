package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.kernels.ElementOffsets;
import org.autograd4j.kernels.PlaneGather;
import org.autograd4j.tensor.Shapes;

/**
 * {@code F.unfold} (im2col: every sliding block of a [C, H, W] image as a column of a
 * [C kh kw, L] matrix) and {@code F.fold} (col2im: its adjoint, summing overlapping blocks back).
 * Both are a fixed gather map per channel plane ({@link Gathers}), each the other's backward.
 */
public final class Patches {
    private static final String IM2COL = "Im2ColBackward0";
    private static final String COL2IM = "Col2ImBackward0";

    private Patches() {
    }

    /** {@code F.unfold(x, kernel_size, dilation, padding, stride)} on [N, C, H, W] or [C, H, W] ({@code Im2ColBackward0}). */
    public static Tensor unfold(Tensor x, int[] kernel, int[] dilation, int[] padding, int[] stride) {
        Blocks b = new Blocks(kernel, dilation, padding, stride);
        int rank = x.dim();
        if (rank < 3) {
            int dim = rank < 2 ? 1 : 2;
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of [" + -rank + ", "
                    + (rank - 1) + "], but got " + dim + ")");
        }
        boolean validDims = x.size(1) != 0 && x.size(2) != 0;
        if (!(rank == 3 && x.size(0) != 0 && validDims || rank == 4 && validDims && x.size(3) != 0)) {
            throw new IllegalArgumentException("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and "
                    + "other non-zero dimensions for input, but got: " + Shapes.str(x.shape()));
        }
        PointwiseGrad.requireFloating(x, "im2col_out_cpu");
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = b.count(h, 0);
        int ow = b.count(w, 1);
        if (oh < 1 || ow < 1) {
            // PyTorch prints the input height twice
            throw new IllegalArgumentException("Given input with spatial size (" + h + ", " + h + "), kernel_size=("
                    + b.pairs() + ", calculated shape of the array of sliding blocks as (" + oh + ", " + ow
                    + "), but its components must be at least one.");
        }
        int c = x.size(-3);
        int[] shape = rank == 4 ? new int[] {x.size(0), c * b.k[0] * b.k[1], oh * ow}
                : new int[] {c * b.k[0] * b.k[1], oh * ow};
        return Gathers.gather(x, b.map(h, w, oh, ow), shape, IM2COL, COL2IM);
    }

    /** {@code F.fold(x, output_size, kernel_size, dilation, padding, stride)} on [N, C kh kw, L] or [C kh kw, L] ({@code Col2ImBackward0}). */
    public static Tensor fold(Tensor x, int[] outputSize, int[] kernel, int[] dilation, int[] padding, int[] stride) {
        int[] out = Kernels2d.expand(outputSize, 2, "output_size");
        Blocks b = new Blocks(kernel, dilation, padding, stride);
        int rank = x.dim();
        boolean validDims = rank >= 2 && x.size(rank - 2) != 0 && x.size(rank - 1) != 0;
        if (!(rank == 2 || rank == 3) || !validDims) {
            throw new IllegalArgumentException("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch "
                    + "size and non-zero dimensions for input, but got: " + Shapes.str(x.shape()));
        }
        PointwiseGrad.requireFloating(x, "col2im_out_cpu");
        int planes = x.size(-2);
        int blockSize = b.k[0] * b.k[1];
        if (planes % blockSize != 0) {
            throw new IllegalArgumentException("Expected size of input's dimension 1 to be divisible by the product of "
                    + "kernel_size, but got input.size(1)=" + planes + " and kernel_size=(" + b.k[0] + ", " + b.k[1]
                    + ").");
        }
        int oh = b.count(out[0], 0);
        int ow = b.count(out[1], 1);
        int length = x.size(-1);
        String given = "Given output_size=(" + out[0] + ", " + out[1] + "), kernel_size=(" + b.pairs() + ", stride=("
                + b.s[0] + ", " + b.s[1] + "), ";
        if (length != oh * ow) {
            throw new IllegalArgumentException(given + "expected size of input's dimension 2 to match the calculated "
                    + "number of sliding blocks " + oh + " * " + ow + " = " + oh * ow + ", but got input.size(2)="
                    + length + ".");
        }
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException(given + "calculated shape of the array of sliding blocks as (" + oh
                    + ", " + ow + "), which is too small (non-positive)");
        }
        int c = planes / blockSize;
        int[] shape = rank == 3 ? new int[] {x.size(0), c, out[0], out[1]} : new int[] {c, out[0], out[1]};
        return Gathers.scatter(x, b.map(out[0], out[1], oh, ow), shape, COL2IM, IM2COL);
    }

    /** Kernel size, dilation, padding and stride (each (height, width)), checked as PyTorch checks them. */
    private static final class Blocks {
        final int[] k;
        final int[] d;
        final int[] p;
        final int[] s;

        Blocks(int[] kernel, int[] dilation, int[] padding, int[] stride) {
            k = Kernels2d.expand(kernel, 2, "kernel_size");
            d = Kernels2d.expand(dilation, 2, "dilation");
            p = Kernels2d.expand(padding, 2, "padding");
            s = Kernels2d.expand(stride, 2, "stride");
            if (k[0] <= 0 || k[1] <= 0) {
                throw new IllegalArgumentException("kernel size should be greater than zero, but got kernel_height: "
                        + k[0] + " kernel_width: " + k[1]);
            }
            if (d[0] <= 0 || d[1] <= 0) {
                throw new IllegalArgumentException("dilation should be greater than zero, but got dilation_height: "
                        + d[0] + " dilation_width: " + d[1]);
            }
            if (p[0] < 0 || p[1] < 0) {
                throw new IllegalArgumentException("padding should be non-negative, but got pad_height: " + p[0]
                        + " pad_width: " + p[1]);
            }
            if (s[0] <= 0 || s[1] <= 0) {
                throw new IllegalArgumentException("stride should be greater than zero, but got stride_height: " + s[0]
                        + " stride_width: " + s[1]);
            }
        }

        /** The number of block positions along axis {@code a} (0 height, 1 width) of an image of {@code size}. */
        int count(int size, int a) {
            return Math.floorDiv(size + 2 * p[a] - (d[a] * (k[a] - 1) + 1), s[a]) + 1;
        }

        /** "kh, kw), dilation=(dh, dw), padding=(ph, pw)" as PyTorch's messages print them. */
        String pairs() {
            return k[0] + ", " + k[1] + "), dilation=(" + d[0] + ", " + d[1] + "), padding=(" + p[0] + ", " + p[1] + ")";
        }

        /**
         * For each channel's column block [kh kw, oh ow] of an [h, w] plane, the plane position each
         * entry reads (-1 in the padding).
         */
        PlaneGather map(int h, int w, int oh, int ow) {
            int length = oh * ow;
            int[] index = new int[k[0] * k[1] * length];
            for (int ki = 0; ki < k[0]; ki++) {
                int[] rows = tapPositions(0, ki, oh, h, w);
                for (int kj = 0; kj < k[1]; kj++) {
                    ElementOffsets.grid(rows, tapPositions(1, kj, ow, w, 1), index, (ki * k[1] + kj) * length);
                }
            }
            return new PlaneGather(index, false, h * w, index.length);
        }

        /**
         * Along axis {@code a}, for each of the {@code count} block positions, where kernel tap
         * {@code tap} reads in an image of {@code size}, times {@code scale}; -1 in the padding.
         */
        private int[] tapPositions(int a, int tap, int count, int size, int scale) {
            int[] at = new int[count];
            for (int i = 0; i < count; i++) {
                int x = i * s[a] - p[a] + tap * d[a];
                at[i] = x >= 0 && x < size ? x * scale : -1;
            }
            return at;
        }
    }
}
