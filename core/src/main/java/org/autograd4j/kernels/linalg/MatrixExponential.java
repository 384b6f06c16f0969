package org.autograd4j.kernels.linalg;

import org.autograd4j.kernels.Gemm;

/**
 * exp(A) by scaling and squaring with the degree-13 Padé approximant (Higham 2005): A is scaled
 * by 2^-s until its 1-norm is below theta13, the approximant r(A) = (V - U)⁻¹(V + U) is formed
 * from A², A⁴, A⁶ (products on the GEMM kernel), and squared s times.
 */
public final class MatrixExponential {
    private static final double THETA_13 = 5.371920351148152;
    private static final double[] B = {64764752532480000.0, 32382376266240000.0, 7771770303897600.0,
            1187353796428800.0, 129060195264000.0, 10559470521600.0, 670442572800.0, 33522128640.0, 1323241920.0,
            40840800.0, 960960.0, 16380.0, 182.0, 1.0};

    private MatrixExponential() {
    }

    /** exp of the n×n matrix {@code a} (left untouched). */
    public static double[] exp(double[] a, int n) {
        int s = Math.max(0, (int) Math.ceil(Math.log(oneNorm(a, n) / THETA_13) / Math.log(2)));
        double[] x = a.clone();
        double scale = Math.scalb(1.0, -s);
        for (int i = 0; i < x.length; i++) {
            x[i] *= scale;
        }
        double[] x2 = product(x, x, n);
        double[] x4 = product(x2, x2, n);
        double[] x6 = product(x4, x2, n);
        double[] eye = RowMajor.identity(n);
        double[] inner = combination(n, x6, B[13], x4, B[11], x2, B[9], null, 0);
        double[] u = product(x, sum(product(x6, inner, n), combination(n, x6, B[7], x4, B[5], x2, B[3], eye, B[1])), n);
        inner = combination(n, x6, B[12], x4, B[10], x2, B[8], null, 0);
        double[] v = sum(product(x6, inner, n), combination(n, x6, B[6], x4, B[4], x2, B[2], eye, B[0]));
        double[] numerator = new double[n * n];
        double[] denominator = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            numerator[i] = v[i] + u[i];
            denominator[i] = v[i] - u[i];
        }
        int[] pivots = new int[n];
        Lu.factor(denominator, n, n, pivots);
        Lu.solve(denominator, pivots, n, numerator, n, false);
        double[] r = numerator;
        for (int i = 0; i < s; i++) {
            r = product(r, r, n);
        }
        return r;
    }

    private static double oneNorm(double[] a, int n) {
        double best = 0;
        for (int c = 0; c < n; c++) {
            double col = 0;
            for (int r = 0; r < n; r++) {
                col += Math.abs(a[r * n + c]);
            }
            best = Math.max(best, col);
        }
        return best;
    }

    private static double[] product(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        Gemm.gemm(n, n, n, a, 0, n, 1, b, 0, n, 1, c, 0, n, false);
        return c;
    }

    private static double[] sum(double[] a, double[] b) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] += b[i];
        }
        return c;
    }

    /** ca·a + cb·b + cc·c (+ cd·d if d is given). */
    private static double[] combination(int n, double[] a, double ca, double[] b, double cb, double[] c, double cc,
            double[] d, double cd) {
        double[] out = new double[n * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = ca * a[i] + cb * b[i] + cc * c[i] + (d == null ? 0 : cd * d[i]);
        }
        return out;
    }
}
