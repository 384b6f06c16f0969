package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * multinomial's draws with replacement against the definition (the first category whose share of the
 * row's total, counted from the left, reaches the uniform), with given uniforms: rows of one category,
 * zero weights, uniforms on a boundary, float32 rounding, and the checks made row by row.
 */
class MultinomialDrawsTest {

    /** Returns the given values in turn, and counts how many were taken. */
    private static final class Uniforms implements DoubleSupplier {
        private final double[] values;
        int taken;

        Uniforms(double... values) {
            this.values = values;
        }

        @Override
        public double getAsDouble() {
            return values[taken++];
        }
    }

    private static long[] draw(double[] w, int categories, boolean single, int samples, double... uniforms) {
        long[] out = new long[w.length / categories * samples];
        Uniforms u = new Uniforms(uniforms);
        MultinomialDraws.withReplacement(w, categories, single, u, out, samples);
        assertEquals(uniforms.length, u.taken, "one uniform per sample");
        return out;
    }

    @Test
    void firstCategoryWhoseCumulativeShareReachesTheUniform() {
        double[] w = {1, 0, 3, 4, /* row 2 */ 0, 0, 5, 0};
        // row 1 shares 1/8, 1/8, 4/8, 1; row 2 0, 0, 1, 1, where a zero uniform takes category 0 (as in ATen)
        assertArrayEquals(new long[] {0, 0, 2, 2, 3, 3, /* row 2 */ 0, 2, 2, 2, 2, 2},
                draw(w, 4, false, 6, 0.0, 0.125, 0.126, 0.5, 0.51, 0.999999, 0.0, 1e-300, 0.3, 0.7, 0.99, 0.5));
        assertArrayEquals(new long[] {0, 0}, draw(new double[] {2.5}, 1, false, 2, 0.1, 0.9));
    }

    @Test
    void float32WeightsSumInFloat() {
        // 1 + 1e-8 rounds to 1 in float: the first share is 1/2 exactly in float32, a bit below in float64
        double[] w = {1, 1e-8, 1};
        assertArrayEquals(new long[] {0}, draw(w, 3, true, 1, 0.5));
        assertArrayEquals(new long[] {1}, draw(w, 3, false, 1, 0.5));
    }

    @Test
    void anOverflowingSumLeavesNaNSharesTakenAsNotBelow() {
        double[] w = {Double.MAX_VALUE, Double.MAX_VALUE, 1};
        // the sum overflows: shares 0, NaN, 1 (the last forced); NaN counts as reached
        assertArrayEquals(new long[] {1}, draw(w, 3, false, 1, 0.5));
    }

    @Test
    void rowsAreCheckedAsTheyComeWithPyTorchsMessages() {
        Uniforms u = new Uniforms(0.5, 0.5, 0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MultinomialDraws
                .withReplacement(new double[] {1, 1, -1, 1}, 2, false, u, new long[4], 2));
        assertEquals("invalid multinomial distribution (encountering probability entry < 0)", e.getMessage());
        assertEquals(2, u.taken, "the first row drew before the second was checked");
        assertEquals("invalid multinomial distribution (encountering probability entry = infinity or NaN)",
                assertThrows(IllegalArgumentException.class, () -> draw(new double[] {1, Double.POSITIVE_INFINITY},
                        2, false, 1)).getMessage());
        assertEquals("invalid multinomial distribution (encountering probability entry < 0)",
                assertThrows(IllegalArgumentException.class, () -> draw(new double[] {Double.NaN}, 1, false, 1))
                        .getMessage());
        assertEquals("invalid multinomial distribution (sum of probabilities <= 0)",
                assertThrows(IllegalArgumentException.class, () -> draw(new double[] {0, 0}, 2, true, 1))
                        .getMessage());
    }
}
