package org.autograd4j.kernels;

import java.lang.reflect.Array;

/**
 * scatter_reduce's and index_reduce's loop: {@code src[from[k]]} combined into {@code out[to[k]]} in
 * k order, on storage arrays of one type. Floating arrays ({@code float[]}, {@code double[]}) round
 * each step to their type and let amax/amin propagate NaN; int64 ({@code long[]}) is exact, wraps on
 * overflow as C++ does, and its mean rounds down as PyTorch's floor division (so its loops are
 * typed: a double cannot hold every int64).
 */
public final class ScatterReductions {
    private ScatterReductions() {
    }

    /** The reductions, by PyTorch's names in upper case. */
    public enum Reduction {
        SUM, PROD, MEAN, AMAX, AMIN
    }

    /**
     * Reduces every {@code src[from[k]]} into {@code out[to[k]]}; without {@code includeSelf} a place's
     * first value replaces what was there. A mean divides each place that received values by their
     * count (plus one for the place's own value with {@code includeSelf}).
     */
    public static void reduce(Object src, int[] from, Object out, int[] to, Reduction reduction, boolean includeSelf) {
        int[] counts = new int[Array.getLength(out)];
        if (out instanceof long[] o) {
            long[] s = (long[]) src;
            for (int k = 0; k < from.length; k++) {
                long current = counts[to[k]] == 0 && !includeSelf ? identity(reduction) : o[to[k]];
                o[to[k]] = combine(reduction, current, s[from[k]]);
                counts[to[k]]++;
            }
        } else {
            for (int k = 0; k < from.length; k++) {
                double current = counts[to[k]] == 0 && !includeSelf ? floatingIdentity(reduction)
                        : ArrayRuns.get(out, to[k]);
                ArrayRuns.set(out, to[k], combine(reduction, current, ArrayRuns.get(src, from[k])));
                counts[to[k]]++;
            }
        }
        if (reduction == Reduction.MEAN) {
            divideByCounts(out, counts, includeSelf ? 1 : 0);
        }
    }

    /** Each place that received values divided by their count plus {@code own}. */
    private static void divideByCounts(Object out, int[] counts, int own) {
        for (int o = 0; o < counts.length; o++) {
            if (counts[o] == 0) {
                continue;
            }
            if (out instanceof long[] l) {
                l[o] = Math.floorDiv(l[o], counts[o] + own);
            } else {
                ArrayRuns.set(out, o, ArrayRuns.get(out, o) / (counts[o] + own));
            }
        }
    }

    private static long identity(Reduction reduction) {
        switch (reduction) {
            case PROD: return 1;
            case AMAX: return Long.MIN_VALUE;
            case AMIN: return Long.MAX_VALUE;
            default: return 0;
        }
    }

    private static double floatingIdentity(Reduction reduction) {
        switch (reduction) {
            case PROD: return 1;
            case AMAX: return Double.NEGATIVE_INFINITY;
            case AMIN: return Double.POSITIVE_INFINITY;
            default: return 0;
        }
    }

    private static long combine(Reduction reduction, long a, long b) {
        switch (reduction) {
            case PROD: return a * b;
            case AMAX: return Math.max(a, b);
            case AMIN: return Math.min(a, b);
            default: return a + b; // sum, and mean's sum
        }
    }

    private static double combine(Reduction reduction, double a, double b) {
        switch (reduction) {
            case PROD: return a * b;
            case AMAX: return Double.isNaN(b) ? b : Math.max(a, b);
            case AMIN: return Double.isNaN(b) ? b : Math.min(a, b);
            default: return a + b; // sum, and mean's sum
        }
    }
}
