package org.autograd4j.kernels;

import java.util.Arrays;

/**
 * The stable sorting order of each row of a row-major {@code outer x n} array, and what sort,
 * median, mode and cummax/cummin read from it. Floating rows ({@code double[]}) compare as PyTorch
 * sorts them ({@link StableSort#key}: {@code -0.0} equal to {@code 0.0}, NaN above everything);
 * int64 rows ({@code long[]}) compare as themselves.
 */
public final class RowOrders {
    private final long[] keys;
    /** Where the rows hold NaN; null for int64 rows, which cannot (a key alone cannot tell NaN from a long). */
    private final boolean[] nan;
    private final int outer;
    private final int n;

    public RowOrders(Object rows, int outer, int n) {
        this.outer = outer;
        this.n = n;
        if (rows instanceof long[] l) {
            keys = l;
            nan = null;
        } else {
            double[] d = (double[]) rows;
            keys = new long[d.length];
            nan = new boolean[d.length];
            for (int i = 0; i < d.length; i++) {
                keys[i] = StableSort.key(d[i]);
                nan[i] = Double.isNaN(d[i]);
            }
        }
    }

    /** Each row's stable sorting permutation, row-major. */
    public long[] permutations(boolean descending) {
        long[] out = new long[outer * n];
        for (int r = 0; r < outer; r++) {
            int[] order = order(r, descending);
            for (int i = 0; i < n; i++) {
                out[r * n + i] = order[i];
            }
        }
        return out;
    }

    /**
     * Per row, the index of the lower median; without {@code ignoreNan} a row holding NaN gives its
     * first NaN, with it the median of the other elements (the first NaN if all are NaN).
     */
    public long[] medianIndices(boolean ignoreNan) {
        long[] out = new long[outer];
        for (int r = 0; r < outer; r++) {
            int nans = nanCount(r);
            int valid = n - nans;
            int at = nans > 0 && !ignoreNan || valid == 0 ? valid : (valid - 1) / 2;
            out[r] = order(r, false)[at];
        }
        return out;
    }

    /** Per row, the last index (in sorted order) of the longest run of equal values, the smallest on ties. */
    public long[] modeIndices() {
        long[] out = new long[outer];
        for (int r = 0; r < outer; r++) {
            int[] order = order(r, false);
            int longest = 0;
            int run = 0;
            for (int i = 0; i < n; i++) {
                run++;
                boolean runEnds = i == n - 1 || key(r, order[i]) != key(r, order[i + 1]);
                if (runEnds && run > longest) {
                    longest = run;
                    out[r] = order[i];
                }
                run = runEnds ? 0 : run;
            }
        }
        return out;
    }

    /** For each position, the index of the latest running maximum (or minimum); a NaN holds from where it appears. */
    public long[] runningBest(boolean isMax) {
        long[] out = new long[outer * n];
        for (int r = 0; r < outer; r++) {
            int best = 0;
            for (int i = 0; i < n; i++) {
                int c = Long.compare(key(r, i), key(r, best));
                if (isNaN(r, i) || !isNaN(r, best) && (isMax ? c >= 0 : c <= 0)) {
                    best = i;
                }
                out[r * n + i] = best;
            }
        }
        return out;
    }

    /** Row {@code r}'s stable sorting permutation (descending: by the complemented keys, so ties keep input order). */
    private int[] order(int r, boolean descending) {
        long[] row = Arrays.copyOfRange(keys, r * n, r * n + n);
        if (descending) {
            for (int i = 0; i < n; i++) {
                row[i] = ~row[i];
            }
        }
        return StableSort.order(row);
    }

    private long key(int r, int i) {
        return keys[r * n + i];
    }

    private boolean isNaN(int r, int i) {
        return nan != null && nan[r * n + i];
    }

    private int nanCount(int r) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += isNaN(r, i) ? 1 : 0;
        }
        return count;
    }
}
