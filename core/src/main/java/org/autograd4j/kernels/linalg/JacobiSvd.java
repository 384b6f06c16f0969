package org.autograd4j.kernels.linalg;

/**
 * The singular value decomposition A = U·diag(S)·Vᵀ by one-sided Jacobi (Hestenes): rotations of
 * pairs of columns make the columns of A·V mutually orthogonal; their norms are the singular
 * values, accurate to high relative precision even for ill-conditioned matrices. A wide matrix is
 * decomposed through its transpose.
 */
public final class JacobiSvd {
    private static final int MAX_SWEEPS = 100;
    private static final double TOLERANCE = 0x1p-53;

    private JacobiSvd() {
    }

    /**
     * U (m×uCols), S (k = min(m, n), descending) and Vᵀ (vRows×n), with uCols = m and vRows = n
     * for the full decomposition, k for the reduced one.
     */
    public record Factors(double[] u, double[] s, double[] vt, int uCols, int vRows) {
    }

    public static Factors decompose(double[] a, int m, int n, boolean full) {
        if (m < n) {
            Factors t = decompose(RowMajor.transpose(a, m, n), n, m, full);
            // A = (Aᵀ)ᵀ = V'·S·U'ᵀ: the factors of the transpose swap places
            return new Factors(RowMajor.transpose(t.vt, t.vRows, m), t.s, RowMajor.transpose(t.u, n, t.uCols), t.vRows,
                    t.uCols);
        }
        double[] w = a.clone();
        double[] v = RowMajor.identity(n);
        for (int sweep = 0; sweep < MAX_SWEEPS && !orthogonalizeOnce(w, v, m, n); sweep++) {
            // each sweep rotates every pair of columns that is not yet orthogonal
        }
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) {
            norms[j] = Math.sqrt(columnDot(w, m, n, j, j));
        }
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(norms[y], norms[x]));
        int uCols = full ? m : n;
        double[] u = new double[m * uCols];
        double[] s = new double[n];
        double[] vt = new double[n * n];
        boolean[] filled = new boolean[uCols];
        for (int j = 0; j < n; j++) {
            int from = order[j];
            s[j] = norms[from];
            for (int i = 0; i < n; i++) {
                vt[j * n + i] = v[i * n + from];
            }
            if (s[j] > 0) {
                for (int i = 0; i < m; i++) {
                    u[i * uCols + j] = w[i * n + from] / s[j];
                }
                filled[j] = true;
            }
        }
        Orthonormal.complete(u, m, uCols, filled);
        return new Factors(u, s, vt, uCols, n);
    }

    /** One sweep of rotations over all pairs of columns of w (accumulated in v); true if all pairs were orthogonal. */
    private static boolean orthogonalizeOnce(double[] w, double[] v, int m, int n) {
        boolean orthogonal = true;
        for (int p = 0; p < n - 1; p++) {
            for (int q = p + 1; q < n; q++) {
                double alpha = columnDot(w, m, n, p, p);
                double beta = columnDot(w, m, n, q, q);
                double gamma = columnDot(w, m, n, p, q);
                if (gamma == 0 || Math.abs(gamma) <= TOLERANCE * Math.sqrt(alpha * beta)) {
                    continue;
                }
                orthogonal = false;
                double zeta = (beta - alpha) / (2 * gamma);
                double t = Math.copySign(1, zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                double c = 1 / Math.sqrt(1 + t * t);
                double s = c * t;
                rotateColumns(w, m, n, p, q, c, s);
                rotateColumns(v, n, n, p, q, c, s);
            }
        }
        return orthogonal;
    }

    private static void rotateColumns(double[] x, int rows, int cols, int p, int q, double c, double s) {
        for (int i = 0; i < rows; i++) {
            double xp = x[i * cols + p];
            double xq = x[i * cols + q];
            x[i * cols + p] = c * xp - s * xq;
            x[i * cols + q] = s * xp + c * xq;
        }
    }

    private static double columnDot(double[] x, int rows, int cols, int p, int q) {
        double acc = 0;
        for (int i = 0; i < rows; i++) {
            acc += x[i * cols + p] * x[i * cols + q];
        }
        return acc;
    }
}
