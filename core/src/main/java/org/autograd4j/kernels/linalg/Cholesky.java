package org.autograd4j.kernels.linalg;

/**
 * The Cholesky factorization A = L·Lᵀ of a symmetric positive-definite matrix (only the lower
 * triangle is read). Blocked and left-looking, as LAPACK's potrf: for each block column of
 * {@link Blocks#BLOCK} columns, one GEMM subtracts the contributions of the columns already
 * factored, the diagonal block is factored by the plain loops, and the block below it is solved
 * against that block's transpose. A matrix of at most BLOCK columns is one diagonal block.
 */
public final class Cholesky {
    private Cholesky() {
    }

    /**
     * Overwrites the n×n matrix {@code a} with L (its upper triangle zeroed). Returns 0, or the
     * order (from 1) of the first leading minor that is not positive-definite, as LAPACK's potrf
     * does; the columns from that one on are then left partly factored.
     */
    public static int factor(double[] a, int n) {
        return factor(a, n, Precision.FLOAT64);
    }

    /** The same, the block updates in the given precision. */
    public static int factor(double[] a, int n, Precision precision) {
        int info = factorLower(a, n, precision);
        for (int i = 0; i < n; i++) {
            for (int c = i + 1; c < n; c++) {
                a[i * n + c] = 0;
            }
        }
        return info;
    }

    private static int factorLower(double[] a, int n, Precision precision) {
        for (int first = 0; first < n; first += Blocks.BLOCK) {
            int width = Math.min(Blocks.BLOCK, n - first);
            // A[first:n, block] -= L[first:n, 0:first] · L[block, 0:first]ᵀ
            Blocks.subtractProduct(precision, n - first, width, first, a, first * n, n, a, first * n, 1, n, a,
                    first * n + first, n);
            int info = factorDiagonalBlock(a, n, first, width);
            if (info != 0) {
                return first + info;
            }
            solveBelow(a, n, first, width);
        }
        return 0;
    }

    /**
     * The plain Cholesky loops on the width×width diagonal block at (first, first), already updated
     * by the columns to its left; returns 0 or the order within the block of the failing minor.
     */
    private static int factorDiagonalBlock(double[] a, int n, int first, int width) {
        int end = first + width;
        for (int j = first; j < end; j++) {
            double d = a[j * n + j];
            for (int k = first; k < j; k++) {
                d -= a[j * n + k] * a[j * n + k];
            }
            if (!(d > 0)) {
                return j - first + 1;
            }
            double ljj = Math.sqrt(d);
            a[j * n + j] = ljj;
            for (int i = j + 1; i < end; i++) {
                double s = a[i * n + j];
                for (int k = first; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / ljj;
            }
        }
        return 0;
    }

    /** L21 = A21·L11⁻ᵀ for the rows below the diagonal block: each row by forward substitution. */
    private static void solveBelow(double[] a, int n, int first, int width) {
        int end = first + width;
        for (int i = end; i < n; i++) {
            for (int j = first; j < end; j++) {
                double s = a[i * n + j];
                for (int k = first; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / a[j * n + j];
            }
        }
    }
}
