package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;

/**
 * {@code F.pixel_shuffle} ([*, C r², H, W] to [*, C, H r, W r]) and {@code F.pixel_unshuffle}, its
 * inverse; each is the other's backward. Both are a reshape, a permutation and a copy.
 */
public final class PixelShuffle {
    private PixelShuffle() {
    }

    /** {@code F.pixel_shuffle(x, upscale_factor)} ({@code PixelShuffleBackward0}). */
    public static Tensor pixelShuffle(Tensor x, int r) {
        String op = "pixel_shuffle";
        checkRank(x, op);
        if (r <= 0) {
            throw new IllegalArgumentException(op + " expects a positive upscale_factor, but got " + r);
        }
        int c = x.size(-3);
        if (c % (r * r) != 0) {
            throw new IllegalArgumentException(op + " expects its input's 'channel' dimension to be divisible by the "
                    + "square of upscale_factor, but input.size(-3)=" + c + " is not divisible by " + r * r);
        }
        int lead = x.dim() - 3;
        int h = x.size(-2);
        int w = x.size(-1);
        // [*, C, r, r, H, W] -> [*, C, H, r, W, r]
        Tensor out = rearrange(x, new int[] {c / (r * r), r, r, h, w}, new int[] {0, 3, 1, 4, 2},
                new int[] {c / (r * r), h * r, w * r}, lead);
        return Graph.record("PixelShuffleBackward0", out, x, ctx -> {
            ctx.forward(t -> pixelShuffle(t[0], r));
            return g -> new Tensor[] {pixelUnshuffle(g, r)};
        });
    }

    /** {@code F.pixel_unshuffle(x, downscale_factor)} ({@code PixelUnshuffleBackward0}). */
    public static Tensor pixelUnshuffle(Tensor x, int r) {
        String op = "pixel_unshuffle";
        checkRank(x, op);
        if (r <= 0) {
            throw new IllegalArgumentException(op + " expects a positive downscale_factor, but got " + r);
        }
        int c = x.size(-3);
        int h = x.size(-2);
        int w = x.size(-1);
        checkDivisible(h, r, "height", -2);
        checkDivisible(w, r, "width", -1);
        int lead = x.dim() - 3;
        // [*, C, H/r, r, W/r, r] -> [*, C, r, r, H/r, W/r]
        Tensor out = rearrange(x, new int[] {c, h / r, r, w / r, r}, new int[] {0, 2, 4, 1, 3},
                new int[] {c * r * r, h / r, w / r}, lead);
        return Graph.record("PixelUnshuffleBackward0", out, x, ctx -> {
            ctx.forward(t -> pixelUnshuffle(t[0], r));
            return g -> new Tensor[] {pixelShuffle(g, r)};
        });
    }

    private static void checkRank(Tensor x, String op) {
        if (x.dim() < 3) {
            throw new IllegalArgumentException(op + " expects input to have at least 3 dimensions, but got input with "
                    + x.dim() + " dimension(s)");
        }
    }

    private static void checkDivisible(int size, int r, String what, int dim) {
        if (size % r != 0) {
            throw new IllegalArgumentException("pixel_unshuffle expects " + what + " to be divisible by "
                    + "downscale_factor, but input.size(" + dim + ")=" + size + " is not divisible by " + r);
        }
    }

    /**
     * x's values (unrecorded) viewed as its {@code lead} leading dims then {@code split}, permuted by
     * {@code order} (over the split dims), copied (never aliasing x) and shaped as the leading dims then {@code merged}.
     */
    private static Tensor rearrange(Tensor x, int[] split, int[] order, int[] merged, int lead) {
        int[] leading = Arrays.copyOf(x.shape(), lead);
        int[] perm = new int[lead + order.length];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i < lead ? i : lead + order[i - lead];
        }
        Tensor permuted = x.detach().reshape(concat(leading, split)).permute(perm);
        return Kernels2d.tensor(Copying.contiguousArray(permuted, x.dtype()), concat(leading, merged), x.dtype());
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
