package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * count_nonzero's, all's and any's row kernel against the definitions, for floating and integer
 * rows, with NaN and signed zeros, one-element rows, empty rows and no rows.
 */
class RowCountsTest {
    @Test
    void floatingRowsCountNaNAsNonzeroAndEitherZeroAsZero() {
        double[] rows = {0, -0.0, Double.NaN, 1, 2, 3, 0, 0, 0};
        assertArrayEquals(new long[] {1, 3, 0}, RowCounts.nonzero(rows, 3, 3));
        assertArrayEquals(new long[] {0, 1, 0}, RowCounts.truth(rows, 3, 3, true));
        assertArrayEquals(new long[] {1, 1, 0}, RowCounts.truth(rows, 3, 3, false));
        assertArrayEquals(new long[] {1, 0}, RowCounts.nonzero(new double[] {-1e-300, 0}, 2, 1));
    }

    @Test
    void integerRowsCompareExactly() {
        long[] rows = {Long.MIN_VALUE, 0, 1L << 60, 7};
        assertArrayEquals(new long[] {1, 2}, RowCounts.nonzero(rows, 2, 2));
        assertArrayEquals(new long[] {3}, RowCounts.nonzero(rows, 1, 4));
        assertArrayEquals(new long[] {0, 1}, RowCounts.truth(rows, 2, 2, true));
        assertArrayEquals(new long[] {1, 0, 1, 1}, RowCounts.truth(rows, 4, 1, false));
    }

    @Test
    void emptyRowsAreAllTrueAndAnyFalse() {
        assertArrayEquals(new long[] {0, 0}, RowCounts.nonzero(new long[0], 2, 0));
        assertArrayEquals(new long[] {1, 1}, RowCounts.truth(new double[0], 2, 0, true));
        assertArrayEquals(new long[] {0, 0}, RowCounts.truth(new double[0], 2, 0, false));
        assertArrayEquals(new long[0], RowCounts.truth(new long[0], 0, 3, true));
    }
}
