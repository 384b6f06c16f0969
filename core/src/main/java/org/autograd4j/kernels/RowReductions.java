package org.autograd4j.kernels;

/**
 * Reductions of each row of a row-major {@code outer x n} array to one value: the loops of prod,
 * var/std, logsumexp, max/min and argmax/argmin. Rows of floating data come as {@code double[]},
 * rows of integer or bool data as {@code long[]}; the integer loops stay separate from the floating
 * ones because int64 products must wrap and int64 comparisons must be exact, which a double cannot
 * do past 2^53.
 */
public final class RowReductions {
    private RowReductions() {
    }

    /** The product of each row, in the rows' type ({@code double[]} or {@code long[]}, wrapping as int64 does). */
    public static Object product(Object rows, int outer, int n) {
        if (rows instanceof long[] l) {
            long[] out = new long[outer];
            for (int r = 0; r < outer; r++) {
                long p = 1;
                for (int i = r * n; i < (r + 1) * n; i++) {
                    p *= l[i];
                }
                out[r] = p;
            }
            return out;
        }
        double[] d = (double[]) rows;
        double[] out = new double[outer];
        for (int r = 0; r < outer; r++) {
            double p = 1;
            for (int i = r * n; i < (r + 1) * n; i++) {
                p *= d[i];
            }
            out[r] = p;
        }
        return out;
    }

    /** Each row's sum of squared deviations from its mean, over {@code denominator} (two passes, for accuracy). */
    public static double[] variance(double[] rows, int outer, int n, double denominator) {
        double[] out = new double[outer];
        for (int r = 0; r < outer; r++) {
            double mean = ArrayRuns.sum(rows, r * n, (r + 1) * n, 0) / n;
            double squares = 0;
            for (int i = r * n; i < (r + 1) * n; i++) {
                double dev = rows[i] - mean;
                squares += dev * dev;
            }
            out[r] = squares / denominator;
        }
        return out;
    }

    /** The square root of each row's {@link #variance}. */
    public static double[] standardDeviation(double[] rows, int outer, int n, double denominator) {
        double[] out = variance(rows, outer, n, denominator);
        for (int r = 0; r < outer; r++) {
            out[r] = Math.sqrt(out[r]);
        }
        return out;
    }

    /** log(sum(exp(row))) of each row, shifted by the row's maximum so nothing overflows. */
    public static double[] logSumExp(double[] rows, int outer, int n) {
        double[] out = new double[outer];
        for (int r = 0; r < outer; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = r * n; i < (r + 1) * n; i++) {
                max = Math.max(max, rows[i]);
            }
            double shift = Double.isInfinite(max) ? 0 : max;
            double sum = 0;
            for (int i = r * n; i < (r + 1) * n; i++) {
                sum += Math.exp(rows[i] - shift);
            }
            out[r] = Math.log(sum) + shift;
        }
        return out;
    }

    /** Per non-empty row, the position of its first maximum (or minimum), or of its first NaN. */
    public static int[] argExtremum(Object rows, int outer, int n, boolean isMax) {
        int[] best = new int[outer];
        for (int r = 0; r < outer; r++) {
            best[r] = rows instanceof long[] l ? argExtremum(l, r * n, n, isMax) : argExtremum((double[]) rows, r * n, n,
                    isMax);
        }
        return best;
    }

    private static int argExtremum(double[] row, int from, int n, boolean isMax) {
        int b = 0;
        double bv = row[from];
        for (int i = 1; i < n && !Double.isNaN(bv); i++) {
            double v = row[from + i];
            if (Double.isNaN(v) || (isMax ? v > bv : v < bv)) {
                b = i;
                bv = v;
            }
        }
        return b;
    }

    private static int argExtremum(long[] row, int from, int n, boolean isMax) {
        int b = 0;
        long bv = row[from];
        for (int i = 1; i < n; i++) {
            long v = row[from + i];
            if (isMax ? v > bv : v < bv) {
                b = i;
                bv = v;
            }
        }
        return b;
    }

    /** Element {@code at[r]} of each row r, in the rows' type. */
    public static Object pick(Object rows, int n, int[] at) {
        if (rows instanceof long[] l) {
            long[] out = new long[at.length];
            for (int r = 0; r < at.length; r++) {
                out[r] = l[r * n + at[r]];
            }
            return out;
        }
        double[] d = (double[]) rows;
        double[] out = new double[at.length];
        for (int r = 0; r < at.length; r++) {
            out[r] = d[r * n + at[r]];
        }
        return out;
    }

    /** A row-major {@code outer x n} mask of ones with a zero at {@code at[r]} in each row r: {@link #pick}'s complement. */
    public static long[] allBut(int outer, int n, int[] at) {
        long[] mask = new long[outer * n];
        java.util.Arrays.fill(mask, 1);
        for (int r = 0; r < outer; r++) {
            mask[r * n + at[r]] = 0;
        }
        return mask;
    }
}
