package org.autograd4j.kernels;

/**
 * Inclusive scans along each row of a row-major {@code outer x n} array, in place: the loops of
 * cumsum, cumprod and logcumsumexp. Rows of floating data come as {@code double[]}, rows of integer
 * or bool data as {@code long[]} (whose sums and products wrap as int64 does).
 */
public final class RowScans {
    private RowScans() {
    }

    /** How a running value takes in the next element. */
    public enum Scan {
        SUM, PRODUCT,
        /** log(exp(a) + exp(b)), computed stably; floating rows only. */
        LOG_ADD_EXP
    }

    /** Replaces each element by the scan of its row up to and including it. */
    public static void inclusive(Object rows, int outer, int n, Scan scan) {
        if (rows instanceof long[] l) {
            if (scan == Scan.LOG_ADD_EXP) {
                throw new IllegalArgumentException("log-add-exp scans floating rows only");
            }
            boolean multiply = scan == Scan.PRODUCT;
            for (int r = 0; r < outer; r++) {
                for (int at = r * n + 1; at < (r + 1) * n; at++) {
                    l[at] = multiply ? l[at - 1] * l[at] : l[at - 1] + l[at];
                }
            }
            return;
        }
        double[] d = (double[]) rows;
        for (int r = 0; r < outer; r++) {
            for (int at = r * n + 1; at < (r + 1) * n; at++) {
                d[at] = combine(scan, d[at - 1], d[at]);
            }
        }
    }

    private static double combine(Scan scan, double running, double next) {
        switch (scan) {
            case SUM:
                return running + next;
            case PRODUCT:
                return running * next;
            default:
                return logAddExp(running, next);
        }
    }

    /** log(exp(a) + exp(b)) without overflow; NaN when either is NaN (Math.max propagates it). */
    static double logAddExp(double a, double b) {
        double hi = Math.max(a, b);
        if (Double.isInfinite(hi)) {
            return hi; // inf + anything, or both -inf
        }
        return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
    }
}
