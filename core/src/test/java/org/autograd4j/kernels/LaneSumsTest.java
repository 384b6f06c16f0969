package org.autograd4j.kernels;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scalar provider's contiguous float sum, which takes {@link LaneSums} from
 * {@link LaneSums#MIN_LENGTH} elements, against a float64 reference: lengths on both sides of the
 * switch and of the lane width, offsets, ten million elements, and cancellation, where a plain float
 * accumulation would be off by far more than the bound.
 */
class LaneSumsTest {
    private static final ElementwiseKernels SCALAR = new ScalarKernels();

    @Test
    void awkwardLengthsAndOffsetsMatchADoubleSum() {
        int[] lengths = IntStream.concat(IntStream.rangeClosed(0, 70), IntStream.of(LaneSums.LANES - 1,
                LaneSums.MIN_LENGTH - 1, LaneSums.MIN_LENGTH, LaneSums.MIN_LENGTH + 1,
                LaneSums.MIN_LENGTH + LaneSums.LANES - 1, 3 * LaneSums.MIN_LENGTH + 77, 100_003)).toArray();
        for (int n : lengths) {
            for (int off : new int[] {0, 3}) {
                float[] x = TestData.toFloat(TestData.values(n + off, n, 1e4, false));
                assertWithinBound(x, off, n);
            }
        }
    }

    @Test
    void tenMillionElements() {
        int n = 10_000_000;
        float[] x = TestData.toFloat(TestData.values(n, 7, 1, false));
        assertWithinBound(x, 0, n);
    }

    /**
     * Large terms of both signs that nearly cancel around small ones: a float accumulation would be
     * off by thousands, a few units of 1e8's float ulp per addition.
     */
    @Test
    void cancellationKeepsTheSmallTerms() {
        int n = 4 * LaneSums.MIN_LENGTH;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 3 == 0 ? 1e8f + i : i % 3 == 1 ? -(1e8f + i - 1) : (float) (i % 7) / 8;
        }
        double exact = exactSum(x, 0, n);
        assertEquals(exact, SCALAR.sum(n, x, 0, 1), 1e-9 * Math.abs(exact));
    }

    @Test
    void nanAndInfinityPropagate() {
        int n = 2 * LaneSums.MIN_LENGTH;
        float[] x = new float[n];
        x[n / 2] = Float.POSITIVE_INFINITY;
        assertEquals(Double.POSITIVE_INFINITY, SCALAR.sum(n, x, 0, 1));
        x[7] = Float.NaN;
        assertTrue(Double.isNaN(SCALAR.sum(n, x, 0, 1)));
    }

    /** A lane would overflow a float; the double accumulators' sum does not. */
    @Test
    void sumsPastTheFloatRangeAreFinite() {
        int n = 2 * LaneSums.MIN_LENGTH;
        float[] x = new float[n];
        java.util.Arrays.fill(x, 1e38f);
        assertEquals(n * (double) 1e38f, SCALAR.sum(n, x, 0, 1), 1e-12 * n * 1e38);
    }

    /** Within 2^-40 of the sum of magnitudes: double accumulation's accuracy, far below a float ulp. */
    private static void assertWithinBound(float[] x, int off, int n) {
        double magnitude = 0;
        for (int i = off; i < off + n; i++) {
            magnitude += Math.abs(x[i]);
        }
        double actual = SCALAR.sum(n, x, off, 1);
        double exact = exactSum(x, off, n);
        assertTrue(Math.abs(actual - exact) <= 0x1p-40 * magnitude, "n=" + n + " off=" + off + ": " + actual
                + " against " + exact);
    }

    /** Neumaier's compensated sum in double: exact to far below the bounds checked here. */
    private static double exactSum(float[] x, int off, int n) {
        double sum = 0;
        double compensation = 0;
        for (int i = off; i < off + n; i++) {
            double t = sum + x[i];
            compensation += Math.abs(sum) >= Math.abs(x[i]) ? (sum - t) + x[i] : (x[i] - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }
}
