package org.autograd4j.kernels;

import java.util.stream.IntStream;

import org.autograd4j.Threads;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The providers' softmax and log_softmax rows against a float64 reference of the same definition
 * (shift by the row's maximum, 0 where that is infinite), on every row length up to 70 and awkward
 * ones around {@link SoftmaxRows#BLOCK}, at offsets, with rows holding NaN and infinities, and
 * the parallel wrapper against the serial provider bit for bit.
 */
class SoftmaxRowsTest {
    private static final int[] LENGTHS = IntStream.concat(IntStream.rangeClosed(0, 70),
            IntStream.of(511, 512, 513, 1023, 1024, 1025, 1536, 4097)).toArray();
    private static final int ROWS = 4;

    @Test
    void scalarProviderMatchesTheReference() {
        checkAgainstReference(new ScalarKernels());
    }

    @Test
    void selectedProviderMatchesTheReference() {
        checkAgainstReference(Kernels.elementwise());
    }

    @Test
    void backwardMatchesTheReference() {
        for (ElementwiseKernels k : new ElementwiseKernels[] {new ScalarKernels(), Kernels.elementwise()}) {
            for (int n : LENGTHS) {
                for (boolean log : new boolean[] {false, true}) {
                    float[] g = TestData.toFloat(TestData.values(3 + ROWS * n, n, 2, false));
                    float[] x = TestData.toFloat(TestData.values(1 + ROWS * n, n + 5, 5, false));
                    float[] y = new float[1 + ROWS * n];
                    k.softmaxRows(ROWS, n, x, 1, y, 1, log);
                    float[] out = new float[ROWS * n];
                    k.softmaxBackwardRows(ROWS, n, g, 3, y, 1, out, 0, log);
                    // in place, into g's own run
                    float[] inPlace = g.clone();
                    k.softmaxBackwardRows(ROWS, n, inPlace, 3, y, 1, inPlace, 3, log);
                    for (int r = 0; r < ROWS; r++) {
                        double[] expected = backwardReference(g, 3 + r * n, y, 1 + r * n, n, log);
                        for (int i = 0; i < n; i++) {
                            String what = k.name() + (log ? " log_softmax" : " softmax") + " backward n=" + n
                                    + " row " + r + " at " + i;
                            TestData.assertClose(expected[i], out[r * n + i], 1e-5, 1e-6, what);
                            TestData.assertClose(expected[i], inPlace[3 + r * n + i], 1e-5, 1e-6, what + " in place");
                        }
                    }
                }
            }
        }
    }

    @Test
    void parallelRowsAreTheSerialRows() {
        int n = 1000;
        int rows = 3 * ParallelKernels.MIN_PARALLEL / n + 5;
        float[] x = TestData.toFloat(TestData.values(rows * n, 5, 30, false));
        ElementwiseKernels serial = new ScalarKernels();
        ElementwiseKernels parallel = new ParallelKernels(serial);
        for (boolean log : new boolean[] {false, true}) {
            float[] expected = new float[rows * n];
            float[] actual = new float[rows * n];
            serial.softmaxRows(rows, n, x, 0, expected, 0, log);
            boolean logRows = log;
            onTwoThreads(() -> parallel.softmaxRows(rows, n, x, 0, actual, 0, logRows));
            assertArrayEquals(expected, actual);
            float[] g = TestData.toFloat(TestData.values(rows * n, 6, 1, false));
            float[] serialGrad = new float[rows * n];
            float[] parallelGrad = new float[rows * n];
            serial.softmaxBackwardRows(rows, n, g, 0, expected, 0, serialGrad, 0, log);
            onTwoThreads(() -> parallel.softmaxBackwardRows(rows, n, g, 0, expected, 0, parallelGrad, 0, logRows));
            assertArrayEquals(serialGrad, parallelGrad);
        }
    }

    private static void checkAgainstReference(ElementwiseKernels k) {
        for (int n : LENGTHS) {
            for (boolean log : new boolean[] {false, true}) {
                float[] x = new float[5 + ROWS * n];
                for (int r = 0; r < ROWS; r++) {
                    System.arraycopy(row(r, n), 0, x, 5 + r * n, n);
                }
                float[] y = new float[2 + ROWS * n];
                k.softmaxRows(ROWS, n, x, 5, y, 2, log);
                for (int r = 0; r < ROWS; r++) {
                    double[] expected = reference(x, 5 + r * n, n, log);
                    for (int i = 0; i < n; i++) {
                        TestData.assertClose(expected[i], y[2 + r * n + i], 4e-6, log ? 4e-5 : 1e-37,
                                k.name() + (log ? " log_softmax" : " softmax") + " n=" + n + " row " + r + " at " + i);
                    }
                }
            }
        }
    }

    /**
     * Row 0 plain; row 1 with NaN, infinities and zeros sprinkled in; row 2 the same with -inf for
     * NaN (a masked row: only the +inf elements give NaN); row 3 of large magnitudes.
     */
    private static float[] row(int r, int n) {
        float[] row = TestData.toFloat(TestData.values(n, n + r, r == 3 ? 1e4 : 20, r == 1 || r == 2));
        for (int i = 0; i < n && r == 2; i++) {
            row[i] = Float.isNaN(row[i]) ? Float.NEGATIVE_INFINITY : row[i];
        }
        return row;
    }

    private static void onTwoThreads(Runnable run) {
        int threads = Threads.get();
        Threads.set(2);
        try {
            run.run();
        } finally {
            Threads.set(threads);
        }
    }

    /** The gradient of softmax (or log_softmax) with output {@code y[yo, yo + n)}, in double. */
    static double[] backwardReference(float[] g, int go, float[] y, int yo, int n, boolean log) {
        double reduced = 0;
        for (int i = 0; i < n; i++) {
            reduced += log ? g[go + i] : (double) g[go + i] * y[yo + i];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = log ? g[go + i] - Math.exp(y[yo + i]) * reduced : y[yo + i] * (g[go + i] - reduced);
        }
        return out;
    }

    /** softmax (or log_softmax) of {@code x[off, off + n)} in double, shifted by the maximum (0 where that is infinite). */
    static double[] reference(float[] x, int off, int n, boolean log) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Double.isNaN(x[off + i]) ? Double.NaN : Math.max(max, x[off + i]);
        }
        double shift = Double.isInfinite(max) ? 0 : max;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(x[off + i] - shift);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = log ? x[off + i] - shift - Math.log(sum) : Math.exp(x[off + i] - shift) / sum;
        }
        return y;
    }
}
