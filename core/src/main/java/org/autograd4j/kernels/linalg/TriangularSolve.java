package org.autograd4j.kernels.linalg;

/** Forward and back substitution: solves T·X = B for a triangular n×n T and an n×k B, in place in B. */
public final class TriangularSolve {
    private TriangularSolve() {
    }

    /**
     * Solves with the lower ({@code upper} false) or upper triangle of {@code t}; with {@code unit}
     * the diagonal is taken as ones and not read.
     */
    public static void solve(double[] t, int n, boolean upper, boolean unit, double[] b, int k) {
        for (int step = 0; step < n; step++) {
            int i = upper ? n - 1 - step : step;
            int from = upper ? i + 1 : 0;
            int to = upper ? n : i;
            for (int p = from; p < to; p++) {
                double tip = t[i * n + p];
                if (tip != 0) {
                    for (int c = 0; c < k; c++) {
                        b[i * k + c] -= tip * b[p * k + c];
                    }
                }
            }
            if (!unit) {
                double d = t[i * n + i];
                for (int c = 0; c < k; c++) {
                    b[i * k + c] /= d;
                }
            }
        }
    }
}
