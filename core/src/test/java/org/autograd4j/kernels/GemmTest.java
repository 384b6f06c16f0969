package org.autograd4j.kernels;

import java.util.ArrayList;
import java.util.List;

import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link Gemm} and the blocked drivers against a naive triple loop, over odd shapes and layouts. */
class GemmTest {
    /**
     * {m, n, k}: vectors, primes, K = 1, empty, exactly one tile of each SIMD tile (6 x 16 and
     * 12 x 32 at 512 bits; 12 x 16 at 256), one more and one less, crossing the KC and MC block edges.
     */
    private static final int[][] SHAPES = {
            {1, 1, 1}, {1, 70, 33}, {70, 1, 33}, {1, 1, 300}, {13, 17, 19}, {31, 37, 29}, {64, 64, 1},
            {0, 5, 3}, {5, 0, 3}, {5, 3, 0}, {0, 0, 0}, {12, 32, 256}, {6, 16, 257}, {7, 15, 255},
            {11, 33, 2}, {25, 65, 513}, {67, 515, 9}, {401, 50, 30}, {193, 48, 40}, {200, 300, 170}};
    private static final double FLOAT_RTOL = 2e-6;
    private static final double DOUBLE_RTOL = 1e-14;

    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    /** How a matrix is laid out in its backing array, and the strides that address it. */
    enum Layout {
        ROW_MAJOR, TRANSPOSED, EVERY_OTHER_COLUMN;

        /** Stores {@code rows x cols} values (row-major in {@code v}) at offset 3; returns {offset, rowStride, colStride}. */
        int[] place(double[] v, int rows, int cols, double[] backing) {
            int off = 3;
            int rs = this == TRANSPOSED ? 1 : this == ROW_MAJOR ? cols : 2 * cols;
            int cs = this == TRANSPOSED ? rows : this == ROW_MAJOR ? 1 : 2;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    backing[off + i * rs + j * cs] = v[i * cols + j];
                }
            }
            return new int[] {off, rs, cs};
        }

        static int backingSize(int rows, int cols) {
            return 2 * rows * cols + 4;
        }
    }

    @Test
    void floatMatchesNaiveProduct() {
        for (GemmDriver<float[]> driver : floatDrivers()) {
            for (int[] s : SHAPES) {
                for (Layout la : Layout.values()) {
                    for (Layout lb : Layout.values()) {
                        for (boolean accumulate : new boolean[] {false, true}) {
                            checkFloat(driver, s[0], s[1], s[2], la, lb, accumulate);
                        }
                    }
                }
            }
        }
    }

    @Test
    void doubleMatchesNaiveProduct() {
        for (GemmDriver<double[]> driver : doubleDrivers()) {
            for (int[] s : SHAPES) {
                for (Layout la : Layout.values()) {
                    for (Layout lb : Layout.values()) {
                        for (boolean accumulate : new boolean[] {false, true}) {
                            checkDouble(driver, s[0], s[1], s[2], la, lb, accumulate);
                        }
                    }
                }
            }
        }
    }

    @Test
    void twoThreadsGiveBitIdenticalResults() {
        int[][] shapes = {{300, 200, 150}, {40, 700, 90}, {257, 129, 300}};
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            float[] a = TestData.toFloat(TestData.values(m * k, 1, 1, false));
            float[] b = TestData.toFloat(TestData.values(k * n, 2, 1, false));
            double[] ad = TestData.values(m * k, 3, 1, false);
            double[] bd = TestData.values(k * n, 4, 1, false);
            float[][] f = new float[2][m * n];
            double[][] d = new double[2][m * n];
            for (int threads = 1; threads <= 2; threads++) {
                Threads.set(threads);
                Gemm.gemm(m, n, k, a, 0, k, 1, b, 0, n, 1, f[threads - 1], 0, n, false);
                Gemm.gemm(m, n, k, ad, 0, k, 1, bd, 0, n, 1, d[threads - 1], 0, n, false);
            }
            assertArrayEquals(f[0], f[1], "float " + m + "x" + n + "x" + k);
            assertArrayEquals(d[0], d[1], "double " + m + "x" + n + "x" + k);
        }
    }

    @Test
    void rejectsNegativeDimensions() {
        assertThrows(IllegalArgumentException.class,
                () -> Gemm.gemm(-1, 1, 1, new float[1], 0, 1, 1, new float[1], 0, 1, 1, new float[1], 0, 1, false));
    }

    /**
     * The public entry point (small path, threads) plus each driver directly: the auto-vectorised one
     * with and without {@link Math#fma} and paired rows, and both SIMD tiles.
     */
    private static List<GemmDriver<float[]>> floatDrivers() {
        List<GemmDriver<float[]>> drivers = new ArrayList<>();
        drivers.add(null);
        for (StreamingFloatGemm.Pass pass : StreamingFloatGemm.Pass.values()) {
            drivers.add(new StreamingFloatGemm(true, pass));
        }
        drivers.add(new StreamingFloatGemm(false, StreamingFloatGemm.Pass.FOUR_ROWS));
        if (Kernels.simdEnabled()) {
            drivers.add(new BlockedGemm<>(Kernels.loadSimd("SimdFloatMicroKernel6x2"), GemmArrays.FLOATS));
            drivers.add(new BlockedGemm<>(Kernels.loadSimd("SimdFloatMicroKernel12x2"), GemmArrays.FLOATS));
        }
        return drivers;
    }

    private static List<GemmDriver<double[]>> doubleDrivers() {
        List<GemmDriver<double[]>> drivers = new ArrayList<>();
        drivers.add(null);
        drivers.add(new BlockedGemm<>(new ScalarDoubleMicroKernel(), GemmArrays.DOUBLES));
        return drivers;
    }

    private static void checkFloat(GemmDriver<float[]> driver, int m, int n, int k, Layout la, Layout lb, boolean accumulate) {
        double[] av = roundedToFloat(TestData.values(m * k, 11, 1, false));
        double[] bv = roundedToFloat(TestData.values(k * n, 12, 1, false));
        double[] cv = roundedToFloat(TestData.values(m * (n + 5) + 2, 13, 1, false));
        double[] aBacking = new double[Layout.backingSize(m, k)];
        double[] bBacking = new double[Layout.backingSize(k, n)];
        int[] pa = la.place(av, m, k, aBacking);
        int[] pb = lb.place(bv, k, n, bBacking);
        float[] a = TestData.toFloat(aBacking);
        float[] b = TestData.toFloat(bBacking);
        float[] c = TestData.toFloat(cv);
        int ldc = n + 5;
        if (driver == null) {
            Gemm.gemm(m, n, k, a, pa[0], pa[1], pa[2], b, pb[0], pb[1], pb[2], c, 2, ldc, accumulate);
        } else if (m > 0 && n > 0 && k > 0) {
            driver.multiply(true, m, n, k, a, pa[0], pa[1], pa[2], b, pb[0], pb[1], pb[2], c, 2, ldc, accumulate);
        } else {
            return;
        }
        String what = (driver == null ? "Gemm" : "driver " + driver.describe()) + " float " + m + "x" + n + "x" + k
                + " " + la + "*" + lb + (accumulate ? " +C" : "");
        compare(m, n, k, av, bv, cv, toDouble(c), ldc, accumulate, FLOAT_RTOL, what);
    }

    private static void checkDouble(GemmDriver<double[]> driver, int m, int n, int k, Layout la, Layout lb,
                                    boolean accumulate) {
        double[] av = TestData.values(m * k, 11, 1, false);
        double[] bv = TestData.values(k * n, 12, 1, false);
        double[] cv = TestData.values(m * (n + 5) + 2, 13, 1, false);
        double[] a = new double[Layout.backingSize(m, k)];
        double[] b = new double[Layout.backingSize(k, n)];
        int[] pa = la.place(av, m, k, a);
        int[] pb = lb.place(bv, k, n, b);
        double[] c = cv.clone();
        int ldc = n + 5;
        if (driver == null) {
            Gemm.gemm(m, n, k, a, pa[0], pa[1], pa[2], b, pb[0], pb[1], pb[2], c, 2, ldc, accumulate);
        } else if (m > 0 && n > 0 && k > 0) {
            driver.multiply(true, m, n, k, a, pa[0], pa[1], pa[2], b, pb[0], pb[1], pb[2], c, 2, ldc, accumulate);
        } else {
            return;
        }
        String what = (driver == null ? "Gemm" : "driver " + driver.describe()) + " double " + m + "x" + n + "x" + k
                + " " + la + "*" + lb + (accumulate ? " +C" : "");
        compare(m, n, k, av, bv, cv, c, ldc, accumulate, DOUBLE_RTOL, what);
    }

    /** Checks C (at offset 2, leading dimension ldc) against a naive product; padding must be untouched. */
    private static void compare(int m, int n, int k, double[] a, double[] b, double[] c0, double[] c, int ldc,
                                boolean accumulate, double rtol, String what) {
        for (int idx = 0; idx < c.length; idx++) {
            int i = (idx - 2) / ldc;
            int j = (idx - 2) % ldc;
            if (idx < 2 || i >= m || j >= n) {
                assertEquals(c0[idx], c[idx], 0.0, what + ": wrote outside C at " + idx);
                continue;
            }
            double expected = accumulate ? c0[idx] : 0;
            double magnitude = Math.abs(expected);
            for (int p = 0; p < k; p++) {
                expected += a[i * k + p] * b[p * n + j];
                magnitude += Math.abs(a[i * k + p] * b[p * n + j]);
            }
            TestData.assertClose(expected, c[idx], 0, rtol * (magnitude + 1) * Math.sqrt(k + 1),
                    what + " at (" + i + "," + j + ")");
        }
    }

    private static double[] roundedToFloat(double[] v) {
        return toDouble(TestData.toFloat(v));
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
