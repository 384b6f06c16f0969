package org.autograd4j.kernels.linalg;

/**
 * The symmetric eigenproblem by Householder reduction to tridiagonal form and the implicit QL
 * method with Wilkinson-type shifts (EISPACK's tred2 and tql2, as in JAMA), with the
 * transformations accumulated into the eigenvectors. The QL rotations act on pairs of
 * eigenvectors, which are kept as rows so that every rotation runs over contiguous memory.
 */
final class TridiagonalEigen {
    /** QL sweeps allowed per eigenvalue; LAPACK's steqr allows 30, and two or three usually suffice. */
    private static final int MAX_ITERATIONS = 30;
    private static final double EPS = 0x1p-52;

    private TridiagonalEigen() {
    }

    /** As {@link SymmetricEigen#decompose}. */
    static boolean decompose(double[] a, int n, double[] values, double[] vectors) {
        double[] v = a.clone();
        double[] d = new double[n];
        double[] e = new double[n];
        tridiagonalize(v, n, d, e);
        double[] rows = RowMajor.transpose(v, n, n);
        boolean converged = diagonalize(d, e, rows, n);
        SymmetricEigen.sortAscending(d, rows, n, values, vectors);
        return converged;
    }

    /**
     * tred2: reduces the symmetric matrix in the lower triangle of {@code v} to tridiagonal form
     * (diagonal {@code d}, subdiagonal in e[1..n-1]) by Householder similarity transformations, and
     * overwrites {@code v} with their product Q (A = Q·T·Qᵀ).
     */
    private static void tridiagonalize(double[] v, int n, double[] d, double[] e) {
        System.arraycopy(v, (n - 1) * n, d, 0, n);
        for (int i = n - 1; i > 0; i--) {
            double scale = 0;
            for (int k = 0; k < i; k++) {
                scale += Math.abs(d[k]);
            }
            double h = 0;
            if (scale == 0) {
                e[i] = d[i - 1];
                for (int j = 0; j < i; j++) {
                    d[j] = v[(i - 1) * n + j];
                    v[i * n + j] = 0;
                    v[j * n + i] = 0;
                }
            } else {
                h = reflectRow(v, n, i, d, e, scale);
            }
            d[i] = h;
        }
        accumulate(v, n, d);
        for (int j = 0; j < n; j++) {
            d[j] = v[(n - 1) * n + j];
            v[(n - 1) * n + j] = 0;
        }
        v[(n - 1) * n + n - 1] = 1;
        e[0] = 0;
    }

    /**
     * One Householder step of tred2: the reflection that zeroes row i left of its subdiagonal
     * (held scaled in d), applied to both sides of the leading i×i block. Returns h = |u|²/2.
     */
    private static double reflectRow(double[] v, int n, int i, double[] d, double[] e, double scale) {
        double h = 0;
        for (int k = 0; k < i; k++) {
            d[k] /= scale;
            h += d[k] * d[k];
        }
        double f = d[i - 1];
        double g = f > 0 ? -Math.sqrt(h) : Math.sqrt(h);
        e[i] = scale * g;
        h -= f * g;
        d[i - 1] = f - g;
        java.util.Arrays.fill(e, 0, i, 0);
        // e = A·u over the lower triangle of the leading block
        for (int j = 0; j < i; j++) {
            f = d[j];
            v[j * n + i] = f;
            g = e[j] + v[j * n + j] * f;
            for (int k = j + 1; k < i; k++) {
                g += v[k * n + j] * d[k];
                e[k] += v[k * n + j] * f;
            }
            e[j] = g;
        }
        f = 0;
        for (int j = 0; j < i; j++) {
            e[j] /= h;
            f += e[j] * d[j];
        }
        double hh = f / (h + h);
        for (int j = 0; j < i; j++) {
            e[j] -= hh * d[j];
        }
        // the rank-2 update A -= u·pᵀ + p·uᵀ of the lower triangle
        for (int j = 0; j < i; j++) {
            f = d[j];
            g = e[j];
            for (int k = j; k < i; k++) {
                v[k * n + j] -= f * e[k] + g * d[k];
            }
            d[j] = v[(i - 1) * n + j];
            v[i * n + j] = 0;
        }
        return h;
    }

    /** Forms Q from the reflections tred2 left in the columns of {@code v} (their norms in {@code d}). */
    private static void accumulate(double[] v, int n, double[] d) {
        for (int i = 0; i < n - 1; i++) {
            v[(n - 1) * n + i] = v[i * n + i];
            v[i * n + i] = 1;
            double h = d[i + 1];
            if (h != 0) {
                for (int k = 0; k <= i; k++) {
                    d[k] = v[k * n + i + 1] / h;
                }
                for (int j = 0; j <= i; j++) {
                    double g = 0;
                    for (int k = 0; k <= i; k++) {
                        g += v[k * n + i + 1] * v[k * n + j];
                    }
                    for (int k = 0; k <= i; k++) {
                        v[k * n + j] -= g * d[k];
                    }
                }
            }
            for (int k = 0; k <= i; k++) {
                v[k * n + i + 1] = 0;
            }
        }
    }

    /**
     * tql2: diagonalizes the tridiagonal matrix (d, e[1..n-1]) by implicit QL steps, rotating the
     * rows of {@code rows}; the eigenvalues are left in {@code d}. False if an eigenvalue did not
     * converge in {@link #MAX_ITERATIONS} steps.
     */
    private static boolean diagonalize(double[] d, double[] e, double[] rows, int n) {
        System.arraycopy(e, 1, e, 0, n - 1);
        e[n - 1] = 0;
        double shift = 0;
        double norm = 0;
        for (int l = 0; l < n; l++) {
            norm = Math.max(norm, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.abs(e[m]) > EPS * norm) {
                m++;
            }
            for (int iteration = 0; m > l && Math.abs(e[l]) > EPS * norm; iteration++) {
                if (iteration == MAX_ITERATIONS) {
                    return false;
                }
                shift += qlStep(d, e, rows, n, l, m);
            }
            d[l] += shift;
            e[l] = 0;
        }
        return true;
    }

    /** One implicit QL step on the unreduced block l..m; returns the shift it subtracted from d[l..]. */
    private static double qlStep(double[] d, double[] e, double[] rows, int n, int l, int m) {
        double g = d[l];
        double p = (d[l + 1] - g) / (2 * e[l]);
        double r = hypot(p, 1);
        if (p < 0) {
            r = -r;
        }
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        double dl1 = d[l + 1];
        double h = g - d[l];
        for (int i = l + 2; i < n; i++) {
            d[i] -= h;
        }
        p = d[m];
        double c = 1;
        double c2 = 1;
        double c3 = 1;
        double el1 = e[l + 1];
        double s = 0;
        double s2 = 0;
        for (int i = m - 1; i >= l; i--) {
            c3 = c2;
            c2 = c;
            s2 = s;
            g = c * e[i];
            double hp = c * p;
            r = hypot(p, e[i]);
            e[i + 1] = s * r;
            s = e[i] / r;
            c = p / r;
            p = c * d[i] - s * g;
            d[i + 1] = hp + s * (c * g + s * d[i]);
            rotate(rows, n, i, c, s);
        }
        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
        return h;
    }

    /** Rotates eigenvector rows i and i+1. */
    private static void rotate(double[] rows, int n, int i, double c, double s) {
        int x = i * n;
        int y = x + n;
        for (int k = 0; k < n; k++) {
            double next = rows[y + k];
            double here = rows[x + k];
            rows[y + k] = s * here + c * next;
            rows[x + k] = c * here - s * next;
        }
    }

    /** sqrt(x² + y²) without overflow or underflow; much faster than Math.hypot, which is correctly rounded. */
    private static double hypot(double x, double y) {
        double big = Math.max(Math.abs(x), Math.abs(y));
        double small = Math.min(Math.abs(x), Math.abs(y));
        if (big == 0 || big == Double.POSITIVE_INFINITY) {
            return big;
        }
        double ratio = small / big;
        return big * Math.sqrt(1 + ratio * ratio);
    }
}
