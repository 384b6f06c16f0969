package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    /**
     * 1, 2 and 3 threads give the same bits for every pass, the same as the other passes, and the right
     * product: rows
     * split with each block of B packed once and shared (tall C, and for the eight-row pass any C with a
     * block's worth of rows), columns split each packing its own (wide C), odd counts that split unevenly,
     * several blocks of B in both directions, a strided or transposed B whose packing is split by rows,
     * several row chunks per thread with a short or odd last one (387 rows: six of 64 and one of 3).
     */
    @Test
    void threadCountsGiveTheSameBitsForEveryPassAndSplit() {
        int[][] shapes = {
            {128, 512, 784}, {128, 784, 512}, {512, 784, 128}, {129, 100, 520}, {600, 130, 17}, {300, 200, 5},
            {257, 1031, 263}, {40, 700, 90}, {7, 1031, 33}, {20, 512, 40}, {65, 66, 300}, {70, 60, 1030},
            {387, 300, 33}, {258, 100, 1030}, {131, 64, 70},
        };
        Layout[] layouts = Layout.values();
        for (int s = 0; s < shapes.length; s++) {
            int m = shapes[s][0];
            int n = shapes[s][1];
            int k = shapes[s][2];
            Layout lb = layouts[s % layouts.length];
            boolean accumulate = s % 2 == 1;
            String what = m + "x" + n + "x" + k + " B " + lb + (accumulate ? " +C" : "");
            float[] first = null;
            for (StreamingFloatGemm.Pass pass : StreamingFloatGemm.Pass.values()) {
                StreamingFloatGemm gemm = new StreamingFloatGemm(true, pass);
                Threads.set(1);
                float[] one = product(gemm, m, n, k, Layout.ROW_MAJOR, lb, accumulate);
                if (first == null) {
                    compareToReference(m, n, k, Layout.ROW_MAJOR, lb, accumulate, one, pass + " " + what);
                    first = one;
                } else {
                    assertArrayEquals(first, one, pass + " differs from the first pass: " + what);
                }
                for (int threads = 2; threads <= 3; threads++) {
                    Threads.set(threads);
                    assertArrayEquals(one, product(gemm, m, n, k, Layout.ROW_MAJOR, lb, accumulate),
                            pass + " " + threads + " threads " + what);
                }
            }
        }
    }

    /**
     * Threads that share a block of B take chunks of an even share of the rows, in whole pairs, but at
     * most a block's rows: several chunks per thread from two blocks' rows per thread on.
     */
    @Test
    void rowChunksAreEvenSharesOfAtMostABlock() {
        Threads.set(2);
        assertEquals(StreamingFloatGemm.MC, StreamingFloatGemm.rowsPerChunk(512));
        assertEquals(StreamingFloatGemm.MC, StreamingFloatGemm.rowsPerChunk(128));
        assertEquals(50, StreamingFloatGemm.rowsPerChunk(100));
        assertEquals(4, StreamingFloatGemm.rowsPerChunk(7));
        Threads.set(3);
        assertEquals(44, StreamingFloatGemm.rowsPerChunk(129));
        Threads.set(1);
        assertEquals(StreamingFloatGemm.MC, StreamingFloatGemm.rowsPerChunk(100));
    }

    /**
     * Callers on several threads at once, each splitting its products over the pool (or running them
     * alone when another holds it): each packs B into its own buffer, so each gets its own product.
     */
    @Test
    void concurrentCallersEachGetTheirOwnProduct() throws InterruptedException {
        Threads.set(2);
        StreamingFloatGemm gemm = new StreamingFloatGemm();
        int[][] shapes = {{300, 260, 300}, {130, 520, 270}, {64, 1030, 70}};
        float[][] expected = new float[shapes.length][];
        for (int s = 0; s < shapes.length; s++) {
            expected[s] = product(gemm, shapes[s][0], shapes[s][1], shapes[s][2], Layout.ROW_MAJOR,
                    Layout.TRANSPOSED, false);
        }
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread[] callers = new Thread[shapes.length];
        for (int s = 0; s < shapes.length; s++) {
            int[] shape = shapes[s];
            float[] want = expected[s];
            callers[s] = new Thread(() -> {
                try {
                    for (int round = 0; round < 10; round++) {
                        assertArrayEquals(want, product(gemm, shape[0], shape[1], shape[2], Layout.ROW_MAJOR,
                                Layout.TRANSPOSED, false), "round " + round);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            callers[s].start();
        }
        for (Thread caller : callers) {
            caller.join();
        }
        assertEquals(List.of(), failures);
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
