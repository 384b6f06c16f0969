package org.autograd4j.kernels.linalg;

/** The Cholesky factorization A = L·Lᵀ of a symmetric positive-definite matrix (only the lower triangle is read). */
public final class Cholesky {
    private Cholesky() {
    }

    /**
     * Overwrites the n×n matrix {@code a} with L (its upper triangle zeroed). Returns 0, or the
     * order (from 1) of the first leading minor that is not positive-definite, as LAPACK's potrf does.
     */
    public static int factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= a[j * n + k] * a[j * n + k];
            }
            if (!(d > 0)) {
                return j + 1;
            }
            double ljj = Math.sqrt(d);
            a[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / ljj;
            }
            for (int k = j + 1; k < n; k++) {
                a[j * n + k] = 0;
            }
        }
        return 0;
    }
}
