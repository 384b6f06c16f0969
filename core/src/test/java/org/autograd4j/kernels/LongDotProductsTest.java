package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LongDotProducts} against the sums taken one by one in double: float32 and float64, rows
 * shorter and longer than a block and not a whole number of blocks, one row on either side, more
 * pairs than one pass keeps, rows at offsets with gaps between them, C accumulated into and at an
 * offset; and the same bits on one and two threads.
 */
class LongDotProductsTest {
    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    /** {m, n, length}. */
    private static final int[][] SIZES = {
        {1, 1, 1}, {32, 9, 2 * LongDotProducts.BLOCK + 7}, {3, 1, LongDotProducts.BLOCK - 1},
        {1, 5, LongDotProducts.BLOCK}, {7, 4, LongDotProducts.BLOCK + 1}, {300, 5, 40}, {2, 3, 5000}, {64, 3, 3000},
    };

    /** C (m x n, leading dimension n + 2, at offset 3, starting from 0.5) plus the products, in double. */
    private static double[] expected(int m, int n, int length, double[] a, int aOff, int aLd, double[] b, int bOff,
                                     int bLd) {
        int ldc = n + 2;
        double[] c = new double[3 + m * ldc];
        java.util.Arrays.fill(c, 0.5);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int q = 0; q < length; q++) {
                    sum += a[aOff + i * aLd + q] * b[bOff + j * bLd + q];
                }
                c[3 + i * ldc + j] += sum;
            }
        }
        return c;
    }

    @Test
    void matchesTheSumsInDoubleForBothTypes() {
        Threads.set(2);
        for (int[] s : SIZES) {
            int m = s[0];
            int n = s[1];
            int length = s[2];
            int aLd = length + 3;
            int bLd = length + 1;
            double[] a = TestData.values(2 + m * aLd, m * 7L + length, 1, false);
            double[] b = TestData.values(5 + n * bLd, n * 11L + length, 1, false);
            double[] want = expected(m, n, length, a, 2, aLd, b, 5, bLd);
            double[] c = new double[want.length];
            java.util.Arrays.fill(c, 0.5);
            LongDotProducts.add(m, n, length, a, 2, aLd, b, 5, bLd, c, 3, n + 2);
            assertArrayEquals(want, c, 1e-12 * length, java.util.Arrays.toString(s));
            float[] cf = new float[want.length];
            java.util.Arrays.fill(cf, 0.5f);
            float[] af = TestData.toFloat(a);
            float[] bf = TestData.toFloat(b);
            double[] wantF = expected(m, n, length, toDouble(af), 2, aLd, toDouble(bf), 5, bLd);
            LongDotProducts.add(m, n, length, af, 2, aLd, bf, 5, bLd, cf, 3, n + 2);
            for (int i = 0; i < cf.length; i++) {
                TestData.assertClose(wantF[i], cf[i], 1e-5, 1e-5 * Math.sqrt(length), java.util.Arrays.toString(s));
            }
        }
    }

    @Test
    void sameBitsOnOneAndTwoThreads() {
        for (int[] s : SIZES) {
            int m = s[0];
            int n = s[1];
            int length = s[2];
            float[] a = TestData.toFloat(TestData.values(m * length, 3, 1, false));
            float[] b = TestData.toFloat(TestData.values(n * length, 4, 1, false));
            Threads.set(1);
            float[] one = new float[m * n];
            LongDotProducts.add(m, n, length, a, 0, length, b, 0, length, one, 0, n);
            Threads.set(2);
            float[] two = new float[m * n];
            LongDotProducts.add(m, n, length, a, 0, length, b, 0, length, two, 0, n);
            assertArrayEquals(one, two, java.util.Arrays.toString(s));
        }
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
