package org.autograd4j.kernels.linalg;

/**
 * Forward and back substitution: solves T·X = B for a triangular n×n T and an n×k B, in place in
 * B. Blocked: each block of {@link Blocks#BLOCK} rows of B first subtracts the contribution of the
 * rows already solved (one GEMM), then is solved against its diagonal block by plain substitution.
 */
public final class TriangularSolve {
    private TriangularSolve() {
    }

    /**
     * Solves with the lower ({@code upper} false) or upper triangle of {@code t}; with {@code unit}
     * the diagonal is taken as ones and not read.
     */
    public static void solve(double[] t, int n, boolean upper, boolean unit, double[] b, int k) {
        solve(t, n, upper, unit, b, k, Precision.FLOAT64);
    }

    /** The same, the blocks' updates in the given precision. */
    public static void solve(double[] t, int n, boolean upper, boolean unit, double[] b, int k, Precision precision) {
        solve(precision, t, 0, n, n, upper, unit, b, 0, k, k);
    }

    /**
     * The same on sub-matrices: T is n×n at {@code tOff} with row stride {@code ldt}, B is n×k at
     * {@code bOff} with row stride {@code ldb}.
     */
    static void solve(Precision precision, double[] t, int tOff, int ldt, int n, boolean upper, boolean unit,
            double[] b, int bOff, int ldb, int k) {
        int block = Blocks.BLOCK;
        for (int done = 0; done < n; done += block) {
            int rows = Math.min(block, n - done);
            // the block's first row, counted from the top; the solved rows lie above it (lower) or below (upper)
            int first = upper ? n - done - rows : done;
            int solvedFrom = upper ? first + rows : 0;
            Blocks.subtractProduct(precision, rows, k, done, t, tOff + first * ldt + solvedFrom, ldt, b, bOff + solvedFrom * ldb,
                    ldb, 1, b, bOff + first * ldb, ldb);
            substitute(t, tOff + first * ldt + first, ldt, rows, upper, unit, b, bOff + first * ldb, ldb, k);
        }
    }

    /** Plain substitution of the n×n triangle at {@code tOff} against the n×k B at {@code bOff}. */
    private static void substitute(double[] t, int tOff, int ldt, int n, boolean upper, boolean unit, double[] b,
            int bOff, int ldb, int k) {
        for (int step = 0; step < n; step++) {
            int i = upper ? n - 1 - step : step;
            int from = upper ? i + 1 : 0;
            int to = upper ? n : i;
            int row = bOff + i * ldb;
            for (int p = from; p < to; p++) {
                double tip = t[tOff + i * ldt + p];
                if (tip != 0) {
                    int solved = bOff + p * ldb;
                    for (int c = 0; c < k; c++) {
                        b[row + c] -= tip * b[solved + c];
                    }
                }
            }
            if (!unit) {
                double d = t[tOff + i * ldt + i];
                for (int c = 0; c < k; c++) {
                    b[row + c] /= d;
                }
            }
        }
    }
}
