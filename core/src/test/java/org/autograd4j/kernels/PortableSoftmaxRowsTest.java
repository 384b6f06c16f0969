package org.autograd4j.kernels;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scalar provider's row kernel against a plain double reference ({@link SoftmaxRowsTest#reference})
 * on awkward row lengths around its block and the exp pass's eight lanes, with rows that take its
 * fast exp and rows that take the exact one (-inf masks, a spread beyond 87 whose exponentials are
 * subnormal, NaN, infinities), at offsets, and with the output's neighbours untouched.
 */
class PortableSoftmaxRowsTest {
    private static final int[] LENGTHS = {1, 2, 3, 7, 8, 9, 15, 16, 17, 33, 511, 512, 513, 1023, 1024, 1025, 2048,
        2049, 4097};
    /** Kinds of row, see {@link #row}. */
    private static final int KINDS = 9;
    /** Two subnormal ulps: the exact path's exp is within one, the scaling by 1 / sum adds at most another. */
    private static final double SUBNORMAL_ATOL = 3e-45;

    @Test
    void softmaxRowsMatchTheReference() {
        check(false, 4e-6, SUBNORMAL_ATOL);
    }

    @Test
    void logSoftmaxRowsMatchTheReference() {
        check(true, 4e-6, 4e-5);
    }

    /**
     * {@code torch.softmax} of a row spread over 100 gives the subnormal {@code e^-100} (about
     * 3.7e-44) rather than 0: the block falls back to the exact exp, also for the elements beside it.
     */
    @Test
    void subnormalExponentialsAreNotFlushed() {
        float[] x = new float[20];
        Arrays.fill(x, -100f);
        x[3] = 0f;
        float[] y = new float[20];
        PortableSoftmaxRows.forward(1, 20, x, 0, y, 0, false);
        assertEquals((float) Math.exp(-100), y[0]);
        assertEquals(1f, y[3]);
    }

    @Test
    void rowsOfNothingWriteNothing() {
        float[] y = {7f};
        PortableSoftmaxRows.forward(3, 0, new float[0], 0, y, 0, false);
        assertEquals(7f, y[0]);
    }

    private static void check(boolean log, double rtol, double atol) {
        for (int n : LENGTHS) {
            int rows = KINDS;
            float[] x = new float[3 + rows * n];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(row(r, n), 0, x, 3 + r * n, n);
            }
            float[] y = new float[rows * n + 7];
            Arrays.fill(y, 42f);
            PortableSoftmaxRows.forward(rows, n, x, 3, y, 5, log);
            for (int r = 0; r < rows; r++) {
                double[] expected = SoftmaxRowsTest.reference(x, 3 + r * n, n, log);
                for (int i = 0; i < n; i++) {
                    TestData.assertClose(expected[i], y[5 + r * n + i], rtol, atol,
                            (log ? "log_softmax" : "softmax") + " n=" + n + " row kind " + r + " at " + i);
                }
            }
            for (int i : new int[] {0, 4, 5 + rows * n, 6 + rows * n}) {
                assertEquals(42f, y[i], "wrote outside the rows at " + i + ", n=" + n);
            }
        }
    }

    /**
     * 0: uniform in [-5, 5] (the fast path); 1: around 1e4, spread 10 (a large shift, fast path);
     * 2: spread over [-1e4, 1e4] (most exponentials 0, exact path); 3: spread over [-60, 60] (some
     * exponentials subnormal); 4: a -inf mask on every third element; 5: one NaN; 6: one +inf;
     * 7: all -inf; 8: constant.
     */
    private static float[] row(int kind, int n) {
        double range = new double[] {5, 10, 1e4, 60, 5, 5, 5, 5, 5}[kind];
        float[] row = TestData.toFloat(TestData.values(n, 31L * n + kind, range, false));
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case 1: row[i] += 1e4f; break;
                case 4: row[i] = i % 3 == 1 ? Float.NEGATIVE_INFINITY : row[i]; break;
                case 7: row[i] = Float.NEGATIVE_INFINITY; break;
                case 8: row[i] = 2.5f; break;
                default: break;
            }
        }
        if (kind == 5) {
            row[n / 2] = Float.NaN;
        }
        if (kind == 6) {
            row[n - 1] = Float.POSITIVE_INFINITY;
        }
        return row;
    }
}
