package org.autograd4j.kernels.linalg;

/** LU factorization with partial pivoting, P·L·U = A, stored as LAPACK's getrf stores it. */
public final class Lu {
    private Lu() {
    }

    /**
     * Overwrites the m×n matrix {@code a} with L (below the diagonal, unit diagonal implied) and U,
     * and fills {@code pivots} (length min(m, n)) with the 1-based row swapped with each row.
     * Returns 0, or the 1-based index of the first exactly zero pivot (the matrix is singular).
     *
     * <p>Right-looking and blocked, as LAPACK's getrf: a panel of {@link Blocks#BLOCK} columns is
     * factored by plain elimination (its row swaps applied to whole rows), the block of U to its
     * right is solved against the panel's unit lower triangle, and the trailing matrix takes the
     * panel's rank-BLOCK update in one GEMM. A matrix of at most BLOCK columns is one panel.
     */
    public static int factor(double[] a, int m, int n, int[] pivots) {
        return factor(a, m, n, pivots, Precision.FLOAT64);
    }

    /** The same, the trailing updates in the given precision. */
    public static int factor(double[] a, int m, int n, int[] pivots, Precision precision) {
        int k = Math.min(m, n);
        int info = 0;
        for (int first = 0; first < k; first += Blocks.BLOCK) {
            int width = Math.min(Blocks.BLOCK, k - first);
            int panelInfo = factorPanel(a, m, n, first, width, pivots);
            info = info == 0 ? panelInfo : info;
            int rest = first + width;
            TriangularSolve.solve(precision, a, first * n + first, n, width, false, true, a, first * n + rest, n,
                    n - rest);
            Blocks.subtractProduct(precision, m - rest, n - rest, width, a, rest * n + first, n, a, first * n + rest, n, 1, a,
                    rest * n + rest, n);
        }
        return info;
    }

    /**
     * Plain elimination of columns [first, first + width) on rows first..m-1: partial pivoting over
     * the column, the swap applied to the whole row, the update confined to the panel. Returns the
     * 1-based index of its first zero pivot, or 0.
     */
    private static int factorPanel(double[] a, int m, int n, int first, int width, int[] pivots) {
        int info = 0;
        int end = first + width;
        for (int j = first; j < end; j++) {
            int p = j;
            for (int i = j + 1; i < m; i++) {
                if (Math.abs(a[i * n + j]) > Math.abs(a[p * n + j])) {
                    p = i;
                }
            }
            pivots[j] = p + 1;
            if (p != j) {
                swapRows(a, n, p, j);
            }
            double pivot = a[j * n + j];
            if (pivot == 0) {
                // the whole column below is zero too (the pivot is its largest element): nothing to eliminate
                info = info == 0 ? j + 1 : info;
                continue;
            }
            for (int i = j + 1; i < m; i++) {
                double l = a[i * n + j] / pivot;
                a[i * n + j] = l;
                if (l != 0) {
                    for (int c = j + 1; c < end; c++) {
                        a[i * n + c] -= l * a[j * n + c];
                    }
                }
            }
        }
        return info;
    }

    /** The row permutation the pivots make: row i of L·U is row {@code perm[i]} of A (P has a 1 at (perm[i], i)). */
    public static int[] permutation(int[] pivots, int m) {
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
        }
        for (int j = 0; j < pivots.length; j++) {
            int p = pivots[j] - 1;
            int t = perm[j];
            perm[j] = perm[p];
            perm[p] = t;
        }
        return perm;
    }

    /** Set {@code set} of {@code k} pivots, row-major in {@code pivots} (an int64 tensor's values), as ints. */
    public static int[] pivotSet(long[] pivots, int set, int k) {
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
            out[j] = (int) pivots[set * k + j];
        }
        return out;
    }

    /**
     * The permutation matrices P (A = P·L·U, each m×m, row-major one after another) of {@code count}
     * sets of {@code k} 1-based pivots, row-major in {@code pivots}.
     */
    public static double[] permutationMatrices(long[] pivots, int count, int k, int m) {
        double[] p = new double[count * m * m];
        for (int b = 0; b < count; b++) {
            int[] perm = permutation(pivotSet(pivots, b, k), m);
            for (int i = 0; i < m; i++) {
                p[b * m * m + perm[i] * m + i] = 1;
            }
        }
        return p;
    }

    /**
     * Solves A·X = B (or Aᵀ·X = B with {@code transposed}) in place in the n×k {@code b}, given
     * the packed n×n factors and pivots of A from {@link #factor}.
     */
    public static void solve(double[] lu, int[] pivots, int n, double[] b, int k, boolean transposed) {
        solve(lu, pivots, n, b, k, transposed, Precision.FLOAT64);
    }

    /** The same, the triangular solves' updates in the given precision. */
    public static void solve(double[] lu, int[] pivots, int n, double[] b, int k, boolean transposed,
            Precision precision) {
        if (!transposed) {
            for (int j = 0; j < pivots.length; j++) {
                if (pivots[j] - 1 != j) {
                    swapRows(b, k, j, pivots[j] - 1);
                }
            }
            TriangularSolve.solve(lu, n, false, true, b, k, precision);
            TriangularSolve.solve(lu, n, true, false, b, k, precision);
            return;
        }
        double[] t = RowMajor.transpose(lu, n, n);
        TriangularSolve.solve(t, n, false, false, b, k, precision);
        TriangularSolve.solve(t, n, true, true, b, k, precision);
        for (int j = pivots.length - 1; j >= 0; j--) {
            if (pivots[j] - 1 != j) {
                swapRows(b, k, j, pivots[j] - 1);
            }
        }
    }

    static void swapRows(double[] a, int n, int r1, int r2) {
        for (int c = 0; c < n; c++) {
            double t = a[r1 * n + c];
            a[r1 * n + c] = a[r2 * n + c];
            a[r2 * n + c] = t;
        }
    }
}
