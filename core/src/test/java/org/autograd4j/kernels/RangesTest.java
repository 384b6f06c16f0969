package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The range checks against their definitions: both ends, the first or last offender, extreme values
 * and NaN, empty ranges and arrays; the largest value and the span of doubles (NaN, signed zeros).
 */
class RangesTest {
    @Test
    void firstOutsideNamesTheFirstValueOffEitherEnd() {
        assertEquals(-1, Ranges.firstOutside(new long[] {0, 2, 1, 2}, 0, 2));
        assertEquals(2, Ranges.firstOutside(new long[] {0, 2, -1, 3}, 0, 2));
        assertEquals(1, Ranges.firstOutside(new long[] {2, 3}, 0, 2));
        assertEquals(-1, Ranges.firstOutside(new long[] {-3, 2}, -3, 2));
        assertEquals(0, Ranges.firstOutside(new long[] {Long.MIN_VALUE}, 0, 2));
        assertEquals(0, Ranges.firstOutside(new long[] {1L << 32}, 0, Integer.MAX_VALUE)); // no narrowing to int
        assertEquals(-1, Ranges.firstOutside(new long[] {Long.MAX_VALUE, 0}, 0, Long.MAX_VALUE));
        assertEquals(1, Ranges.firstOutside(new long[] {Long.MAX_VALUE, -1}, 0, Long.MAX_VALUE));
        assertEquals(0, Ranges.firstOutside(new long[] {0}, 0, -1)); // an empty range holds nothing
        assertEquals(-1, Ranges.firstOutside(new long[0], 0, -1));
        assertEquals(-1, Ranges.firstOutside(new long[] {5}, 5, 5)); // one value, one place
    }

    @Test
    void doublesTreatNaNAsOutsideEveryRange() {
        assertEquals(-1, Ranges.firstOutside(new double[] {0, 1, 0.5, -0.0}, 0, 1));
        assertEquals(1, Ranges.firstOutside(new double[] {0, Double.NaN, 2}, 0, 1));
        assertEquals(0, Ranges.firstOutside(new double[] {Math.nextDown(0.0)}, 0, 1));
        assertEquals(-1, Ranges.firstOutside(new double[] {Double.POSITIVE_INFINITY}, 0, Double.POSITIVE_INFINITY));
        assertEquals(0, Ranges.firstOutside(new double[] {Double.NaN}, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(-1, Ranges.firstOutside(new double[0], 0, 1));
    }

    @Test
    void lastOutsideNamesTheLastOffender() {
        assertEquals(3, Ranges.lastOutside(new long[] {-1, 0, 9, 3}, 0, 2));
        assertEquals(0, Ranges.lastOutside(new long[] {-1, 0, 2}, 0, 2));
        assertEquals(-1, Ranges.lastOutside(new long[] {0, 2}, 0, 2));
        assertEquals(-1, Ranges.lastOutside(new long[0], 0, -1));
    }

    @Test
    void maxIsMinusOneForNoValues() {
        assertEquals(7, Ranges.max(new long[] {3, 7, 0, 7}));
        assertEquals(Long.MAX_VALUE, Ranges.max(new long[] {Long.MAX_VALUE, 1}));
        assertEquals(0, Ranges.max(new long[] {0}));
        assertEquals(-1, Ranges.max(new long[0]));
    }

    @Test
    void spanPropagatesNaNAndOrdersSignedZeros() {
        assertArrayEquals(new double[] {-2, 5}, Ranges.span(new double[] {1, -2, 5, 0}));
        assertArrayEquals(new double[] {3, 3}, Ranges.span(new double[] {3}));
        assertArrayEquals(new double[] {-0.0, 0.0}, Ranges.span(new double[] {0.0, -0.0}));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, Ranges.span(new double[] {1, Double.NaN, 2}));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, 1},
                Ranges.span(new double[] {1, Double.NEGATIVE_INFINITY}));
    }
}
