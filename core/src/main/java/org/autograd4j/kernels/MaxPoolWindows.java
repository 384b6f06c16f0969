package org.autograd4j.kernels;

/**
 * The in-bounds part of every max-pooling window of an [h, w] plane, and the argmax of each window
 * of each plane: output row i scans rows {@code r0[i] + a * dh} for a below {@code nr[i]}, output
 * column j columns {@code c0[j] + b * dw} for b below {@code nc[j]}.
 */
public final class MaxPoolWindows {
    /** Input elements a thread's share of the planes should have at least, so that splitting pays. */
    private static final int PARALLEL_ELEMENTS = 1 << 15;

    private final int h, w, oh, ow, dh, dw;
    private final int[] r0, nr, c0, nc;

    /** Windows of kernel {@code k}, stride {@code s}, padding {@code p} and dilation {@code d} (per axis). */
    public MaxPoolWindows(int h, int w, int oh, int ow, int[] k, int[] s, int[] p, int[] d) {
        this.h = h;
        this.w = w;
        this.oh = oh;
        this.ow = ow;
        this.dh = d[0];
        this.dw = d[1];
        r0 = new int[oh];
        nr = new int[oh];
        c0 = new int[ow];
        nc = new int[ow];
        span(r0, nr, h, k[0], s[0], p[0], d[0]);
        span(c0, nc, w, k[1], s[1], p[1], d[1]);
    }

    private static void span(int[] first, int[] count, int size, int k, int s, int p, int d) {
        for (int i = 0; i < first.length; i++) {
            int start = i * s - p;
            int lo = Math.max(0, -Math.floorDiv(start, d)); // first kernel tap at or after 0
            int hi = Math.min(k, -Math.floorDiv(start - size, d)); // taps before size
            first[i] = start + lo * d;
            count[i] = Math.max(0, hi - lo);
        }
    }

    /**
     * Writes the max of each window of each plane of {@code x} into {@code out} (both {@code float[]}
     * or both {@code double[]}, planes of [h, w] and of [oh, ow]) and returns the flat
     * (row * w + column) argmax of each; the first NaN wins, as in PyTorch. A window that lies wholly
     * in the padding (dilation can make one) is -inf with argmax -1, which gradients skip. Planes are
     * split across threads; float32 2x2 windows at stride 2 take {@link #maxOfTiles}.
     */
    public int[] max(Object x, Object out) {
        int outPlane = oh * ow;
        int[] arg = new int[java.lang.reflect.Array.getLength(out)];
        int planes = arg.length / outPlane;
        boolean tiles = x instanceof float[] && tilesTwoByTwo();
        Parallel.forRange(0, planes, Math.max(1, PARALLEL_ELEMENTS / (h * w)), (p0, p1) -> {
            for (int plane = p0; plane < p1; plane++) {
                if (tiles) {
                    maxOfTiles((float[]) x, plane, (float[]) out, arg);
                } else {
                    maxOfPlane(x, plane, out, arg);
                }
            }
        });
        return arg;
    }

    /** Whether every window is a whole 2x2 tile at stride 2 (no padding, dilation or ceil-mode remainder). */
    private boolean tilesTwoByTwo() {
        return dh == 1 && dw == 1 && isTiling(r0, nr) && isTiling(c0, nc);
    }

    private static boolean isTiling(int[] first, int[] count) {
        for (int i = 0; i < first.length; i++) {
            if (first[i] != 2 * i || count[i] != 2) {
                return false;
            }
        }
        return true;
    }

    /** The general windows of one plane, through {@link #scan}. */
    private void maxOfPlane(Object x, int plane, Object out, int[] arg) {
        int base = plane * h * w;
        for (int i = 0, o = plane * oh * ow; i < oh; i++) {
            for (int j = 0; j < ow; j++, o++) {
                int best = -1;
                for (int a = 0, r = r0[i] * w + c0[j]; a < nr[i]; a++, r += dh * w) {
                    best = scan(x, base, r, r + nc[j] * dw, best);
                }
                arg[o] = best;
                ArrayRuns.set(out, o, best < 0 ? Double.NEGATIVE_INFINITY : ArrayRuns.get(x, base + best));
            }
        }
    }

    /**
     * The 2x2 tiles of one float32 plane, the pooling of nearly every CNN, in integer arithmetic
     * without a branch: a branch per comparison mispredicts on every other value of real activations,
     * which cost more than the loads. Each value becomes an int key ordered as {@link #scan} orders the
     * floats ({@link #orderKey}), and a later value replaces the maximum only when its key is strictly
     * larger, so the first of equal values stays, as in {@link #scan}.
     */
    private void maxOfTiles(float[] x, int plane, float[] out, int[] arg) {
        int base = plane * h * w;
        for (int i = 0, o = plane * oh * ow; i < oh; i++) {
            for (int j = 0, top = base + 2 * i * w; j < ow; j++, o++, top += 2) {
                int bottom = top + w;
                int k0 = orderKey(x[top]);
                int k1 = orderKey(x[top + 1]);
                int k2 = orderKey(x[bottom]);
                int k3 = orderKey(x[bottom + 1]);
                int upper = laterWins(k0, k1); // -1 where the top row's second value is the larger
                int lower = laterWins(k2, k3);
                int upperKey = select(upper, k1, k0);
                int lowerKey = select(lower, k3, k2);
                int best = select(laterWins(upperKey, lowerKey), select(lower, bottom + 1, bottom),
                        select(upper, top + 1, top));
                arg[o] = best - base;
                out[o] = x[best];
            }
        }
    }

    /** -1 (all bits) when {@code later} is strictly larger than {@code earlier}, else 0. */
    private static int laterWins(int earlier, int later) {
        return (int) (((long) earlier - later) >> 63);
    }

    /** {@code ifSet} where {@code mask} is -1, {@code otherwise} where it is 0. */
    private static int select(int mask, int ifSet, int otherwise) {
        return otherwise ^ ((otherwise ^ ifSet) & mask);
    }

    /**
     * An int whose signed order is the float order with {@link #scan}'s rule: -0 and 0 equal (adding
     * 0 turns -0 into 0), and every NaN equal and above +inf, so that a strictly larger key replaces
     * the maximum exactly when scan's {@code !(v <= max)} would, and a first NaN stays.
     */
    private static int orderKey(float v) {
        int bits = Float.floatToRawIntBits(v + 0f);
        int key = bits ^ (bits >> 31 & Integer.MAX_VALUE);
        int nan = (0x7f800000 - (bits & Integer.MAX_VALUE)) >> 31; // -1 for a NaN of either sign
        return select(nan, Integer.MAX_VALUE, key);
    }

    /**
     * The argmax so far ({@code best}, -1 for none) after scanning plane positions from..end by dw,
     * compared in double (exact for float32 values).
     */
    private int scan(Object x, int base, int from, int end, int best) {
        double max = best < 0 ? Double.NEGATIVE_INFINITY : ArrayRuns.get(x, base + best);
        for (int idx = from; idx < end; idx += dw) {
            double v = ArrayRuns.get(x, base + idx);
            if (best < 0 || max == max && !(v <= max)) { // a NaN is taken and then kept
                best = idx;
                max = v;
            }
        }
        return best;
    }
}
