package org.autograd4j.kernels;

import org.junit.jupiter.api.Test;

/**
 * {@link DimSoftmax} along inner and last dimensions of float and double arrays, forward and
 * backward, each row gathered and checked against {@link SoftmaxRowsTest}'s double references, on
 * awkward sizes (a dimension of 1, 7, 8, 513; 1 to 3 outer slices; 1, 2 and 5 inner elements), at
 * offsets, with rows holding NaN and infinities.
 */
class DimSoftmaxTest {
    private static final int[] OUTER = {1, 3};
    private static final int[] LENGTHS = {1, 7, 8, 513};
    private static final int[] INNER = {1, 2, 5};
    private static final int OFF = 3;

    @Test
    void floatRowsMatchTheReference() {
        forEachCase(DimSoftmaxTest::checkFloat);
    }

    @Test
    void doubleRowsMatchTheReference() {
        forEachCase(DimSoftmaxTest::checkDouble);
    }

    @FunctionalInterface
    private interface Case {
        void check(int outer, int n, int inner, boolean log);
    }

    private static void forEachCase(Case c) {
        for (int outer : OUTER) {
            for (int n : LENGTHS) {
                for (int inner : INNER) {
                    c.check(outer, n, inner, false);
                    c.check(outer, n, inner, true);
                }
            }
        }
    }

    private static void checkFloat(int outer, int n, int inner, boolean log) {
        int size = outer * n * inner;
        float[] x = logits(size, n);
        float[] g = gradients(size);
        float[] y = new float[OFF + size];
        float[] gx = new float[size];
        DimSoftmax.forward(x, OFF, y, OFF, outer, n, inner, log);
        DimSoftmax.backward(g, OFF, y, OFF, gx, 0, outer, n, inner, log);
        for (int r = 0; r < outer * inner; r++) {
            int base = (r / inner) * n * inner + r % inner;
            float[] xRow = gather(x, OFF + base, n, inner);
            float[] yRow = gather(y, OFF + base, n, inner);
            double[] expected = SoftmaxRowsTest.reference(xRow, 0, n, log);
            double[] expectedGrad = SoftmaxRowsTest.backwardReference(gather(g, OFF + base, n, inner), 0, yRow, 0, n, log);
            for (int i = 0; i < n; i++) {
                String what = where("float", outer, n, inner, log, r, i);
                TestData.assertClose(expected[i], yRow[i], 2e-7, log ? 4e-6 : 1e-37, what);
                TestData.assertClose(expectedGrad[i], gx[base + i * inner], 1e-5, 1e-6, what + " backward");
            }
        }
    }

    /** Values that are floats, so the float reference of the gathered row is exact for them. */
    private static void checkDouble(int outer, int n, int inner, boolean log) {
        int size = outer * n * inner;
        float[] xf = logits(size, n);
        float[] gf = gradients(size);
        double[] x = widen(xf);
        double[] g = widen(gf);
        double[] y = new double[OFF + size];
        double[] gx = new double[size];
        DimSoftmax.forward(x, OFF, y, OFF, outer, n, inner, log);
        DimSoftmax.backward(g, OFF, y, OFF, gx, 0, outer, n, inner, log);
        for (int r = 0; r < outer * inner; r++) {
            int base = (r / inner) * n * inner + r % inner;
            double[] expected = SoftmaxRowsTest.reference(gather(xf, OFF + base, n, inner), 0, n, log);
            for (int i = 0; i < n; i++) {
                String what = where("double", outer, n, inner, log, r, i);
                TestData.assertClose(expected[i], y[OFF + base + i * inner], 1e-14, 1e-300, what);
                double yi = y[OFF + base + i * inner];
                double gi = gf[OFF + base + i * inner];
                double reduced = 0;
                for (int j = 0; j < n; j++) {
                    int at = OFF + base + j * inner;
                    reduced += log ? g[at] : g[at] * y[at];
                }
                double expectedGrad = log ? gi - Math.exp(yi) * reduced : yi * (gi - reduced);
                TestData.assertClose(expectedGrad, gx[base + i * inner], 1e-12, 1e-300, what + " backward");
            }
        }
    }

    /** {@code size} values from offset {@link #OFF}, with NaN and infinities where rows are longer than 1. */
    private static float[] logits(int size, int n) {
        return TestData.toFloat(TestData.values(OFF + size, size + n, 30, n > 1));
    }

    private static float[] gradients(int size) {
        return TestData.toFloat(TestData.values(OFF + size, size + 7, 2, false));
    }

    private static String where(String type, int outer, int n, int inner, boolean log, int r, int i) {
        return type + (log ? " log_softmax" : " softmax") + " outer=" + outer + " n=" + n + " inner=" + inner
                + " row " + r + " at " + i;
    }

    private static float[] gather(float[] a, int base, int n, int inner) {
        float[] row = new float[n];
        for (int i = 0; i < n; i++) {
            row[i] = a[base + i * inner];
        }
        return row;
    }

    private static double[] widen(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
