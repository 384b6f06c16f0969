package org.autograd4j.kernels.linalg;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method: rotations
 * zero the off-diagonal elements one pair at a time until they are negligible. Each sweep costs
 * O(n³) and several are needed, so {@link SymmetricEigen} takes it for small matrices only; it is
 * accurate to high relative precision.
 */
final class JacobiEigen {
    private static final int MAX_SWEEPS = 100;

    private JacobiEigen() {
    }

    /**
     * As {@link SymmetricEigen#decompose}.
     */
    static boolean decompose(double[] a, int n, double[] values, double[] vectors) {
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                s[i * n + j] = a[i * n + j];
                s[j * n + i] = a[i * n + j];
            }
        }
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        boolean converged = false;
        for (int sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
            converged = sweepOnce(s, v, n);
        }
        double[] diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = s[i * n + i];
        }
        SymmetricEigen.sortAscending(diagonal, v, n, values, vectors);
        return converged;
    }

    /** One cyclic sweep over the pairs (p, q); true if every off-diagonal element was already negligible. */
    private static boolean sweepOnce(double[] s, double[] v, int n) {
        boolean quiet = true;
        for (int p = 0; p < n - 1; p++) {
            for (int q = p + 1; q < n; q++) {
                double apq = s[p * n + q];
                double app = s[p * n + p];
                double aqq = s[q * n + q];
                if (Math.abs(apq) <= 1e-300 || Math.abs(apq) <= 0x1p-54 * Math.sqrt(Math.abs(app * aqq))) {
                    s[p * n + q] = 0;
                    s[q * n + p] = 0;
                    continue;
                }
                quiet = false;
                double theta = (aqq - app) / (2 * apq);
                double t = Math.copySign(1, theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                double c = 1 / Math.sqrt(t * t + 1);
                rotate(s, v, n, p, q, c, t * c);
            }
        }
        return quiet;
    }

    /** Applies the rotation (c, sn) that zeroes s(p, q) to both sides of s and to the eigenvector rows of v. */
    private static void rotate(double[] s, double[] v, int n, int p, int q, double c, double sn) {
        for (int k = 0; k < n; k++) {
            double skp = s[k * n + p];
            double skq = s[k * n + q];
            s[k * n + p] = c * skp - sn * skq;
            s[k * n + q] = sn * skp + c * skq;
        }
        for (int k = 0; k < n; k++) {
            double spk = s[p * n + k];
            double sqk = s[q * n + k];
            s[p * n + k] = c * spk - sn * sqk;
            s[q * n + k] = sn * spk + c * sqk;
        }
        s[p * n + q] = 0;
        s[q * n + p] = 0;
        // v holds the eigenvectors as rows (Vᵀ), so this update runs over contiguous memory
        for (int k = 0; k < n; k++) {
            double vpk = v[p * n + k];
            double vqk = v[q * n + k];
            v[p * n + k] = c * vpk - sn * vqk;
            v[q * n + k] = sn * vpk + c * vqk;
        }
    }
}
