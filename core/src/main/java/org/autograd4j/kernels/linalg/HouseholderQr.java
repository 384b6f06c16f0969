package org.autograd4j.kernels.linalg;

/**
 * QR by Householder reflections with LAPACK's conventions (geqrf, orgqr): each reflection
 * H = I - tau·v·vᵀ with v(0) = 1 maps its column onto beta·e1 with beta of the opposite sign to the
 * column's leading element, and a column already zero below its diagonal is left alone (tau = 0).
 */
public final class HouseholderQr {
    private HouseholderQr() {
    }

    /** Q (m×qCols, qCols = m for the complete factorization or min(m, n)) and R (qCols×n, upper triangular). */
    public record Factors(double[] q, double[] r, int qCols) {
    }

    public static Factors factor(double[] a, int m, int n, boolean complete) {
        int k = Math.min(m, n);
        double[] work = a.clone();
        double[] tau = new double[k];
        for (int j = 0; j < k; j++) {
            tau[j] = reflectColumn(work, m, n, j);
            applyReflection(work, m, n, j, tau[j], j + 1, n, work, n);
        }
        int qCols = complete ? m : k;
        double[] r = new double[qCols * n];
        for (int i = 0; i < Math.min(qCols, m); i++) {
            for (int c = i; c < n; c++) {
                r[i * n + c] = work[i * n + c];
            }
        }
        double[] q = new double[m * qCols];
        for (int i = 0; i < Math.min(m, qCols); i++) {
            q[i * qCols + i] = 1;
        }
        for (int j = k - 1; j >= 0; j--) {
            applyReflection(work, m, n, j, tau[j], j, qCols, q, qCols);
        }
        return new Factors(q, r, qCols);
    }

    /**
     * Builds the reflection of column {@code j} (rows j..m-1): stores v below the diagonal (v(0) = 1
     * implied), beta on the diagonal, and returns tau.
     */
    private static double reflectColumn(double[] a, int m, int n, int j) {
        double alpha = a[j * n + j];
        double tail = 0;
        for (int i = j + 1; i < m; i++) {
            tail = Math.hypot(tail, a[i * n + j]);
        }
        if (tail == 0) {
            return 0;
        }
        double beta = -Math.copySign(Math.hypot(alpha, tail), alpha);
        double scale = 1 / (alpha - beta);
        for (int i = j + 1; i < m; i++) {
            a[i * n + j] *= scale;
        }
        a[j * n + j] = beta;
        return (beta - alpha) / beta;
    }

    /**
     * Applies reflection {@code j} (v stored in column j of {@code v} below the diagonal) from the
     * left to columns [from, to) of the m-row matrix {@code x} with row stride {@code xn}.
     */
    private static void applyReflection(double[] v, int m, int n, int j, double tau, int from, int to, double[] x,
            int xn) {
        if (tau == 0) {
            return;
        }
        for (int c = from; c < to; c++) {
            double dot = x[j * xn + c];
            for (int i = j + 1; i < m; i++) {
                dot += v[i * n + j] * x[i * xn + c];
            }
            dot *= tau;
            x[j * xn + c] -= dot;
            for (int i = j + 1; i < m; i++) {
                x[i * xn + c] -= dot * v[i * n + j];
            }
        }
    }
}
