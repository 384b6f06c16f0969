package org.autograd4j.kernels.linalg;

/**
 * The determinant of a square matrix from its LU factorization with partial pivoting: the product of
 * U's diagonal, negated for each row swap; or, as slogdet gives it, its sign and the log of its
 * absolute value, summed as logs so it neither overflows nor underflows.
 */
public final class Determinant {
    private Determinant() {
    }

    /** det of the row-major n×n matrix {@code a} (left untouched). */
    public static double of(double[] a, int n, Precision precision) {
        double det = 1;
        for (double x : signedPivots(a, n, precision)) {
            det *= x;
        }
        return det;
    }

    /** {sign, log|det|} of the row-major n×n matrix {@code a} (left untouched); sign 0 when it is singular. */
    public static double[] signAndLogAbs(double[] a, int n, Precision precision) {
        double sign = 1;
        double log = 0;
        for (double x : signedPivots(a, n, precision)) {
            sign *= Math.signum(x);
            log += Math.log(Math.abs(x));
        }
        return new double[] {sign, log};
    }

    /** U's diagonal from the LU of {@code a} (left untouched), each pivot negated where its row was swapped. */
    private static double[] signedPivots(double[] a, int n, Precision precision) {
        double[] lu = a.clone();
        int[] pivots = new int[n];
        Lu.factor(lu, n, n, pivots, precision);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = pivots[i] - 1 != i ? -lu[i * n + i] : lu[i * n + i];
        }
        return d;
    }
}
