package org.autograd4j.kernels.linalg;

/** Completing a set of orthonormal columns to an orthonormal basis. */
final class Orthonormal {
    private Orthonormal() {
    }

    /**
     * Fills the columns of the m×cols {@code u} not marked {@code filled} with unit vectors
     * orthogonal to every other column: standard basis vectors, orthogonalized twice by Gram-Schmidt
     * (once is not enough in floating point), skipping those that nearly lie in the span so far.
     */
    static void complete(double[] u, int m, int cols, boolean[] filled) {
        int candidate = 0;
        for (int j = 0; j < cols; j++) {
            while (!filled[j] && candidate < m) {
                double[] e = new double[m];
                e[candidate++] = 1;
                orthogonalize(u, m, cols, filled, e);
                orthogonalize(u, m, cols, filled, e);
                double norm = 0;
                for (double x : e) {
                    norm = Math.hypot(norm, x);
                }
                if (norm > 0.5) {
                    for (int i = 0; i < m; i++) {
                        u[i * cols + j] = e[i] / norm;
                    }
                    filled[j] = true;
                }
            }
        }
    }

    private static void orthogonalize(double[] u, int m, int cols, boolean[] filled, double[] e) {
        for (int j = 0; j < cols; j++) {
            if (filled[j]) {
                double dot = 0;
                for (int i = 0; i < m; i++) {
                    dot += u[i * cols + j] * e[i];
                }
                for (int i = 0; i < m; i++) {
                    e[i] -= dot * u[i * cols + j];
                }
            }
        }
    }
}
