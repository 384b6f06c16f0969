package org.autograd4j.kernels;

/**
 * The vector p-norm of each row of a row-major {@code outer x n} array, as {@code torch.norm}
 * computes it: the largest (p = inf) or smallest (p = -inf) magnitude, the count of nonzeros
 * (p = 0), or {@code (sum |x|^p)^(1/p)}, with exact shortcuts for p = 1 and 2; NaN anywhere in a row
 * makes its norm NaN.
 */
public final class RowNorms {
    private RowNorms() {
    }

    /** The p-norm of each row (an empty row's is 0, or +inf for p = -inf). */
    public static double[] of(double[] rows, int outer, int n, double p) {
        double[] out = new double[outer];
        for (int r = 0; r < outer; r++) {
            out[r] = rowNorm(rows, r * n, n, p);
        }
        return out;
    }

    private static double rowNorm(double[] rows, int from, int n, double p) {
        double acc = p == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : 0;
        for (int i = from; i < from + n; i++) {
            double a = Math.abs(rows[i]);
            if (Double.isNaN(a)) {
                return Double.NaN;
            }
            acc = accumulate(acc, a, p);
        }
        if (Double.isInfinite(p) || p == 0 || p == 1) {
            return acc;
        }
        return p == 2 ? Math.sqrt(acc) : Math.pow(acc, 1 / p);
    }

    /** {@code acc} with one more magnitude {@code a} taken in: a maximum, a minimum, a count or a sum of powers. */
    private static double accumulate(double acc, double a, double p) {
        if (p == Double.POSITIVE_INFINITY) {
            return Math.max(acc, a);
        }
        if (p == Double.NEGATIVE_INFINITY) {
            return Math.min(acc, a);
        }
        if (p == 0) {
            return acc + (a != 0 ? 1 : 0);
        }
        if (p == 1) {
            return acc + a;
        }
        return acc + (p == 2 ? a * a : Math.pow(a, p));
    }
}
