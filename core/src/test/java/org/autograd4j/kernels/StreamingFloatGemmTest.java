package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every pass of {@link StreamingFloatGemm} against a float64 reference on awkward sizes: m and k
 * from 1 to 17 and around powers of two, n around the {@link StreamingFloatGemm#NC}-column block
 * that the eight-row pass needs whole, transposed and strided operands. The passes must also agree
 * bit for bit, since every one is the same chain of fma over k.
 */
class StreamingFloatGemmTest {
    private static final int[] AWKWARD = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 31, 33, 127, 129};
    /**
     * Below one block, half a block, exactly one, one and a bit, one and a half, two and a bit: only
     * whole blocks take eight rows, the others four.
     */
    private static final int[] WIDTHS = {13, StreamingFloatGemm.NC / 2, StreamingFloatGemm.NC,
            StreamingFloatGemm.NC + 3, StreamingFloatGemm.NC + StreamingFloatGemm.NC / 2, 2 * StreamingFloatGemm.NC + 7};
    private static final double RTOL = 1e-5;

    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    /** How an operand is addressed: row-major, its transpose's view, or every other column of a wider matrix. */
    private enum Layout {
        ROW_MAJOR, TRANSPOSED, EVERY_OTHER_COLUMN;

        /** {offset, rowStride, colStride} of a rows x cols matrix at offset 5. */
        int[] strides(int rows, int cols) {
            switch (this) {
                case ROW_MAJOR: return new int[] {5, cols, 1};
                case TRANSPOSED: return new int[] {5, 1, rows};
                default: return new int[] {5, 2 * cols, 2};
            }
        }

        float[] place(double[] values, int rows, int cols) {
            int[] s = strides(rows, cols);
            float[] backing = new float[5 + 2 * rows * cols];
            java.util.Arrays.fill(backing, Float.NaN);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    backing[s[0] + i * s[1] + j * s[2]] = (float) values[i * cols + j];
                }
            }
            return backing;
        }
    }

    @Test
    void everyPassMatchesTheFloat64ReferenceOnAwkwardSizes() {
        Layout[] layouts = Layout.values();
        int shape = 0;
        for (int m : AWKWARD) {
            for (int n : WIDTHS) {
                int k = AWKWARD[(shape * 7) % AWKWARD.length];
                Layout la = layouts[shape % layouts.length];
                Layout lb = layouts[(shape / layouts.length) % layouts.length];
                boolean accumulate = shape % 2 == 1;
                checkAllPasses(m, n, k, la, lb, accumulate);
                shape++;
            }
        }
    }

    @Test
    void depthsAroundThePassDepthsAndTheBlockDepth() {
        int[] depths = {1, 3, 4, 7, 8, 9, 12, 15, 16, 17, StreamingFloatGemm.KC - 1, StreamingFloatGemm.KC + 9};
        for (int k : depths) {
            checkAllPasses(33, StreamingFloatGemm.NC + 3, k, Layout.ROW_MAJOR, Layout.TRANSPOSED, false);
            checkAllPasses(3, StreamingFloatGemm.NC, k, Layout.TRANSPOSED, Layout.EVERY_OTHER_COLUMN, true);
            checkAllPasses(9, StreamingFloatGemm.NC / 2, k, Layout.ROW_MAJOR, Layout.ROW_MAJOR, true);
        }
    }

    @Test
    void twoThreadsGiveTheSameBitsForEveryPass() {
        int[][] shapes = {{128, 512, 784}, {129, 1031, 33}, {40, 700, 90}, {600, 130, 17}, {20, 512, 40}};
        for (StreamingFloatGemm.Pass pass : StreamingFloatGemm.Pass.values()) {
            StreamingFloatGemm gemm = new StreamingFloatGemm(true, pass);
            for (int[] s : shapes) {
                float[][] results = new float[2][];
                for (int threads = 1; threads <= 2; threads++) {
                    Threads.set(threads);
                    results[threads - 1] = product(gemm, s[0], s[1], s[2], Layout.ROW_MAJOR, Layout.TRANSPOSED, false);
                }
                assertArrayEquals(results[0], results[1], pass + " " + s[0] + "x" + s[1] + "x" + s[2]);
            }
        }
    }

    /** Runs each fma pass (and the plain multiply-add one), compares each to the reference and the fma ones to each other. */
    private static void checkAllPasses(int m, int n, int k, Layout la, Layout lb, boolean accumulate) {
        String what = m + "x" + n + "x" + k + " " + la + "*" + lb + (accumulate ? " +C" : "");
        float[] first = null;
        for (StreamingFloatGemm.Pass pass : StreamingFloatGemm.Pass.values()) {
            float[] c = product(new StreamingFloatGemm(true, pass), m, n, k, la, lb, accumulate);
            compareToReference(m, n, k, la, lb, accumulate, c, pass + " " + what);
            if (first == null) {
                first = c;
            } else {
                assertArrayEquals(first, c, pass + " differs from " + StreamingFloatGemm.Pass.values()[0] + ": " + what);
            }
        }
        float[] plain = product(new StreamingFloatGemm(false, StreamingFloatGemm.Pass.EIGHT_ROWS), m, n, k, la, lb,
                accumulate);
        compareToReference(m, n, k, la, lb, accumulate, plain, "no fma " + what);
    }

    /** C (leading dimension n + 2, at offset 1) after the product; operands sit among NaNs, so a stray read shows. */
    private static float[] product(StreamingFloatGemm gemm, int m, int n, int k, Layout la, Layout lb,
                                   boolean accumulate) {
        int[] sa = la.strides(m, k);
        int[] sb = lb.strides(k, n);
        float[] a = la.place(TestData.values(m * k, 21, 1, false), m, k);
        float[] b = lb.place(TestData.values(k * n, 22, 1, false), k, n);
        float[] c = initialC(m, n);
        gemm.multiply(true, m, n, k, a, sa[0], sa[1], sa[2], b, sb[0], sb[1], sb[2], c, 1, n + 2, accumulate);
        return c;
    }

    private static float[] initialC(int m, int n) {
        return TestData.toFloat(TestData.values(1 + m * (n + 2), 23, 1, false));
    }

    private static void compareToReference(int m, int n, int k, Layout la, Layout lb, boolean accumulate, float[] c,
                                           String what) {
        double[] av = roundedToFloat(TestData.values(m * k, 21, 1, false));
        double[] bv = roundedToFloat(TestData.values(k * n, 22, 1, false));
        float[] c0 = initialC(m, n);
        int ldc = n + 2;
        for (int idx = 0; idx < c.length; idx++) {
            int i = (idx - 1) / ldc;
            int j = (idx - 1) % ldc;
            if (idx < 1 || j >= n) {
                assertEquals(c0[idx], c[idx], 0f, what + ": wrote outside C at " + idx);
                continue;
            }
            double expected = accumulate ? c0[idx] : 0;
            double magnitude = Math.abs(expected);
            for (int p = 0; p < k; p++) {
                expected += av[i * k + p] * bv[p * n + j];
                magnitude += Math.abs(av[i * k + p] * bv[p * n + j]);
            }
            TestData.assertClose(expected, c[idx], 0, RTOL * magnitude, what + " at (" + i + ", " + j + ")");
        }
    }

    private static double[] roundedToFloat(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (float) v[i];
        }
        return r;
    }
}
