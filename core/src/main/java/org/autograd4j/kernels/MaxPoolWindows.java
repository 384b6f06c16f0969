package org.autograd4j.kernels;

/**
 * The in-bounds part of every max-pooling window of an [h, w] plane, and the argmax of each window
 * of each plane: output row i scans rows {@code r0[i] + a * dh} for a below {@code nr[i]}, output
 * column j columns {@code c0[j] + b * dw} for b below {@code nc[j]}.
 */
public final class MaxPoolWindows {
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
     * in the padding (dilation can make one) is -inf with argmax -1, which gradients skip.
     */
    public int[] max(Object x, Object out) {
        int[] arg = new int[java.lang.reflect.Array.getLength(out)];
        for (int base = 0, o = 0; o < arg.length; base += h * w) {
            for (int i = 0; i < oh; i++) {
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
        return arg;
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
