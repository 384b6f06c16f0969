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
        // the columns of A (and of V) are kept as the rows of their transposes, so that every
        // rotation and dot product runs over contiguous memory
        double[] w = RowMajor.transpose(a, m, n);
        double[] vt = RowMajor.identity(n);
        for (int sweep = 0; sweep < MAX_SWEEPS && !orthogonalizeOnce(w, vt, m, n); sweep++) {
            // each sweep rotates every pair of columns that is not yet orthogonal
        }
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) {
            norms[j] = Math.sqrt(rowDot(w, m, j, j));
        }
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(norms[y], norms[x]));
        int uCols = full ? m : n;
        double[] u = new double[m * uCols];
        double[] s = new double[n];
        double[] sortedVt = new double[n * n];
        boolean[] filled = new boolean[uCols];
        for (int j = 0; j < n; j++) {
            int from = order[j];
            s[j] = norms[from];
            System.arraycopy(vt, from * n, sortedVt, j * n, n);
            if (s[j] > 0) {
                for (int i = 0; i < m; i++) {
                    u[i * uCols + j] = w[from * m + i] / s[j];
                }
                filled[j] = true;
            }
        }
        Orthonormal.complete(u, m, uCols, filled);
        return new Factors(u, s, sortedVt, uCols, n);
    }

    /**
     * One sweep of rotations over all pairs of columns of A·V (the rows of {@code w}, accumulated in
     * the rows of {@code vt}); true if all pairs were already orthogonal.
     */
    private static boolean orthogonalizeOnce(double[] w, double[] vt, int m, int n) {
        boolean orthogonal = true;
        // squared column norms, recomputed each sweep and updated exactly by each rotation
        double[] norms2 = new double[n];
        for (int j = 0; j < n; j++) {
            norms2[j] = rowDot(w, m, j, j);
        }
        for (int p = 0; p < n - 1; p++) {
            for (int q = p + 1; q < n; q++) {
                double alpha = norms2[p];
                double beta = norms2[q];
                double gamma = rowDot(w, m, p, q);
                if (gamma == 0 || Math.abs(gamma) <= TOLERANCE * Math.sqrt(alpha * beta)) {
                    continue;
                }
                orthogonal = false;
                double zeta = (beta - alpha) / (2 * gamma);
                double t = Math.copySign(1, zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                double c = 1 / Math.sqrt(1 + t * t);
                double s = c * t;
                norms2[p] = alpha - t * gamma;
                norms2[q] = beta + t * gamma;
                rotateRows(w, m, p, q, c, s);
                rotateRows(vt, n, p, q, c, s);
            }
        }
        return orthogonal;
    }

    private static void rotateRows(double[] x, int length, int p, int q, double c, double s) {
        for (int i = 0; i < length; i++) {
            double xp = x[p * length + i];
            double xq = x[q * length + i];
            x[p * length + i] = c * xp - s * xq;
            x[q * length + i] = s * xp + c * xq;
        }
    }

    private static double rowDot(double[] x, int length, int p, int q) {
        double acc = 0;
        for (int i = 0; i < length; i++) {
            acc += x[p * length + i] * x[q * length + i];
        }
        return acc;
    }
}
