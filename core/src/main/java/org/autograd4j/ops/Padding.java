package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.ElementOffsets;
import org.autograd4j.kernels.PlaneGather;
import org.autograd4j.tensor.Shapes;

/**
 * {@code F.pad}: constant padding of any trailing dimensions ({@code ConstantPadNdBackward0}; negative
 * amounts crop), reflection/replication padding of the last one or two dimensions, and circular
 * padding of the last one to three (composed of slice copies, as PyTorch's: {@code CopySlices}).
 */
public final class Padding {
    private Padding() {
    }

    /** PyTorch's {@code F.pad(x, pad, mode, value)}; {@code pad} is (left, right, top, bottom, ...). */
    public static Tensor pad(Tensor x, int[] pad, String mode, double value) {
        switch (mode) {
            case "constant":
                return constantPad(x, pad, value);
            case "reflect":
            case "replicate":
                return mapPad(x, pad, mode.equals("reflect"));
            case "circular":
                return circularPad(x, pad);
            default:
                throw new UnsupportedOperationException("Unrecognised padding mode " + mode);
        }
    }

    /** {@code torch.constant_pad_nd}: its backward is the opposite padding (cropping) of the gradient. */
    public static Tensor constantPad(Tensor x, int[] pad, double value) {
        if (pad.length % 2 != 0) {
            throw new IllegalArgumentException("Padding length must be divisible by 2");
        }
        if (pad.length / 2 > x.dim()) {
            throw new IllegalArgumentException("Padding length too large");
        }
        int rank = x.dim();
        int[] shape = x.shape();
        Tensor src = x.detach();
        for (int i = 0; i < pad.length / 2; i++) {
            int d = rank - 1 - i;
            int before = pad[2 * i];
            int after = pad[2 * i + 1];
            int size = x.size(d) + before + after;
            if (size < 0) {
                throw new IllegalArgumentException("The input size " + x.size(d) + ", plus negative padding " + before
                        + " and " + after + " resulted in a negative output size, which is invalid. Check dimension "
                        + d + " of your input.");
            }
            shape[d] = size;
        }
        Tensor out = Tensor.full(shape, value, x.dtype());
        Tensor dst = out;
        for (int i = 0; i < pad.length / 2; i++) {
            int d = rank - 1 - i;
            int before = pad[2 * i];
            int lo = Math.max(0, before);
            int hi = Math.min(shape[d], before + x.size(d));
            if (hi <= lo) {
                return record(out, x, pad);
            }
            dst = dst.slice(d, lo, hi);
            src = src.slice(d, lo - before, hi - before);
        }
        Copying.copyInto(src, dst);
        return record(out, x, pad);
    }

    private static Tensor record(Tensor out, Tensor x, int[] pad) {
        int[] negated = new int[pad.length];
        for (int i = 0; i < pad.length; i++) {
            negated[i] = -pad[i];
        }
        return Graph.record("ConstantPadNdBackward0", out, x, ctx -> {
            ctx.forward(t -> constantPad(t[0], pad, 0));
            return g -> new Tensor[] {constantPad(g, negated, 0)};
        });
    }

    /**
     * PyTorch 1.13's {@code _pad_circular}: copies x (cropped where a pad is negative) into the middle
     * of a new tensor, then, dimension by dimension, each side's pad from the opposite end of the result.
     */
    private static Tensor circularPad(Tensor x, int[] pad) {
        int rank = x.dim();
        if (pad.length % 2 != 0) {
            throw new IllegalArgumentException("Padding length must be divisible by 2");
        }
        int spatial = pad.length / 2;
        if (spatial < 1 || spatial > 3 || rank != spatial + 1 && rank != spatial + 2) {
            throw new UnsupportedOperationException(
                    "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
        }
        if (pad.length + 4 != 2 * rank) {
            throw new IllegalArgumentException("Invalid padding size, expected " + 2 * (rank - 2) + " but got "
                    + pad.length);
        }
        int[] shape = x.shape();
        for (int i = 0; i < spatial; i++) {
            int d = rank - 1 - i;
            if (pad[2 * i] > x.size(d) || pad[2 * i + 1] > x.size(d)) {
                throw new IllegalArgumentException("Padding value causes wrapping around more than once.");
            }
            shape[d] = x.size(d) + pad[2 * i] + pad[2 * i + 1];
            if (shape[d] < 0) {
                throw new IllegalArgumentException("Negative padding value is resulting in an empty dimension");
            }
        }
        Tensor out = Tensor.zeros(shape, x.dtype());
        Tensor outSlice = out;
        Tensor inSlice = x;
        for (int i = 0; i < spatial; i++) {
            int d = rank - 1 - i;
            int left = pad[2 * i];
            int right = pad[2 * i + 1];
            outSlice = outSlice.slice(d, Math.max(left, 0), shape[d] - Math.max(right, 0));
            inSlice = inSlice.slice(d, Math.max(-left, 0), x.size(d) - Math.max(-right, 0));
        }
        outSlice.copy_(inSlice);
        for (int i = 0; i < spatial; i++) {
            int d = rank - 1 - i;
            int left = pad[2 * i];
            int right = pad[2 * i + 1];
            if (left > 0) {
                int end = shape[d] - Math.max(right, 0);
                out.slice(d, 0, left).copy_(out.slice(d, end - left, end));
            }
            if (right > 0) {
                int start = Math.max(left, 0);
                out.slice(d, shape[d] - right, shape[d]).copy_(out.slice(d, start, start + right));
            }
        }
        return out;
    }

    /** Reflection or replication padding of the last dimension (pad of 2) or last two (pad of 4). */
    private static Tensor mapPad(Tensor x, int[] pad, boolean reflect) {
        int spatial = pad.length / 2;
        if (pad.length % 2 != 0 || spatial < 1 || spatial > 2 || x.dim() != spatial + 1 && x.dim() != spatial + 2) {
            if (pad.length % 2 != 0) {
                throw new IllegalArgumentException("Padding length must be divisible by 2");
            }
            throw new UnsupportedOperationException(
                    "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
        }
        int rank = x.dim();
        int w = x.size(-1);
        int h = spatial == 2 ? x.size(-2) : 1;
        if (reflect) {
            checkReflect(x, pad, spatial);
        }
        int ow = w + pad[0] + pad[1];
        int oh = spatial == 2 ? h + pad[2] + pad[3] : 1;
        if (ow < 1 || oh < 1) {
            throw new IllegalArgumentException("input (" + (spatial == 2 ? "H: " + h + ", " : "") + "W: " + w
                    + ") is too small. Calculated output " + (spatial == 2 ? "H: " + oh + " " : "") + "W: " + ow);
        }
        int[] mapW = positions(w, ow, pad[0], reflect, 1);
        int[] mapH = spatial == 2 ? positions(h, oh, pad[2], reflect, w) : new int[] {0};
        int[] index = new int[oh * ow];
        ElementOffsets.grid(mapH, mapW, index, 0);
        int[] shape = x.shape();
        shape[rank - 1] = ow;
        if (spatial == 2) {
            shape[rank - 2] = oh;
        }
        return Gathers.gather(x, new PlaneGather(index, false, h * w, oh * ow), shape, mapPadNode(reflect, spatial));
    }

    private static String mapPadNode(boolean reflect, int spatial) {
        if (reflect) {
            return spatial == 1 ? "ReflectionPad1DBackward0" : "ReflectionPad2DBackward0";
        }
        return spatial == 1 ? "ReplicationPad1DBackward0" : "ReplicationPad2DBackward0";
    }

    private static void checkReflect(Tensor x, int[] pad, int spatial) {
        for (int i = 0; i < spatial; i++) {
            int d = x.dim() - 1 - i;
            int size = x.size(d);
            if (pad[2 * i] >= size || pad[2 * i + 1] >= size) {
                String input = spatial == 1 ? Shapes.str(x.shape()) : String.valueOf(x.dim());
                throw new IllegalArgumentException("Argument #" + (spatial == 1 ? 4 : 6) + ": Padding size should be "
                        + "less than the corresponding input dimension, but got: padding (" + pad[2 * i] + ", "
                        + pad[2 * i + 1] + ") at dimension " + d + " of input " + input);
            }
        }
    }

    /** For each output position along one dimension, the input position it copies, times {@code stride}. */
    private static int[] positions(int size, int outSize, int before, boolean reflect, int stride) {
        int[] map = new int[outSize];
        for (int o = 0; o < outSize; o++) {
            int i = o - before;
            if (reflect) {
                i = i < 0 ? -i : i >= size ? 2 * (size - 1) - i : i;
            } else {
                i = Math.max(0, Math.min(size - 1, i));
            }
            map[o] = i * stride;
        }
        return map;
    }
}
