package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The row kernels of reductions and scans against their definitions, on rows of one element, empty
 * rows, no rows, NaN, and int64 values a double cannot hold.
 */
class RowKernelsTest {
    private static final double NAN = Double.NaN;

    @Test
    void productsWrapAsInt64AndEmptyRowsGiveOne() {
        assertArrayEquals(new double[] {6, -0.5}, (double[]) RowReductions.product(new double[] {1, 2, 3, -1, 0.5, 1}, 2, 3));
        assertArrayEquals(new long[] {1L << 62 << 1}, (long[]) RowReductions.product(new long[] {1L << 62, 2}, 1, 2));
        assertArrayEquals(new double[] {1, 1}, (double[]) RowReductions.product(new double[0], 2, 0));
        assertArrayEquals(new long[0], (long[]) RowReductions.product(new long[0], 0, 5));
    }

    @Test
    void varianceIsTheTwoPassDefinition() {
        double[] rows = {1, 2, 3, 4, 1e8, 1e8 + 1, 1e8 + 2, 1e8 + 3};
        assertArrayEquals(new double[] {5.0 / 3, 5.0 / 3}, RowReductions.variance(rows, 2, 4, 3), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(1.25)}, RowReductions.standardDeviation(rows, 1, 4, 4), 1e-15);
        assertArrayEquals(new double[] {NAN}, RowReductions.variance(new double[] {7}, 1, 1, 0)); // 0 / 0
        assertArrayEquals(new double[] {NAN}, RowReductions.variance(new double[] {1, NAN}, 1, 2, 1));
    }

    @Test
    void logSumExpShiftsByTheMaximum() {
        double[] rows = {1000, 1000, -Double.POSITIVE_INFINITY, -Double.POSITIVE_INFINITY, 0, Math.log(3)};
        double[] out = RowReductions.logSumExp(rows, 3, 2);
        assertEquals(1000 + Math.log(2), out[0], 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, out[1]);
        assertEquals(Math.log(4), out[2], 1e-15);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, RowReductions.logSumExp(new double[0], 1, 0));
    }

    @Test
    void argExtremumTakesTheFirstTieOrTheFirstNaN() {
        double[] rows = {3, 1, 3, 1, 2, NAN, 5, NAN, 5};
        assertArrayEquals(new int[] {0, 2, 1}, RowReductions.argExtremum(rows, 3, 3, true));
        assertArrayEquals(new int[] {1, 2, 1}, RowReductions.argExtremum(rows, 3, 3, false));
        assertArrayEquals(new int[] {0}, RowReductions.argExtremum(new double[] {4}, 1, 1, true));
        long big = (1L << 53) + 1; // equal to 2^53 as a double
        long[] longs = {1L << 53, big, big, 1L << 53};
        assertArrayEquals(new int[] {1, 0}, RowReductions.argExtremum(longs, 2, 2, true));
        assertArrayEquals(new int[] {0, 1}, RowReductions.argExtremum(longs, 2, 2, false));
        assertArrayEquals(new int[0], RowReductions.argExtremum(new double[0], 0, 3, true));
    }

    @Test
    void pickAndItsComplementAddressEachRow() {
        assertArrayEquals(new double[] {2, 3}, (double[]) RowReductions.pick(new double[] {1, 2, 3, 4}, 2, new int[] {1, 0}));
        assertArrayEquals(new long[] {4}, (long[]) RowReductions.pick(new long[] {3, 4}, 2, new int[] {1}));
        assertArrayEquals(new long[] {1, 0, 1, 0, 1, 1}, RowReductions.allBut(2, 3, new int[] {1, 0}));
        assertArrayEquals(new long[] {0, 0}, RowReductions.allBut(2, 1, new int[] {0, 0}));
        assertArrayEquals(new long[0], RowReductions.allBut(0, 4, new int[0]));
    }

    @Test
    void scansAreInclusiveAndStayInsideTheirRow() {
        double[] sums = {1, 2, 3, 10, 20, 30};
        RowScans.inclusive(sums, 2, 3, RowScans.Scan.SUM);
        assertArrayEquals(new double[] {1, 3, 6, 10, 30, 60}, sums);
        long[] products = {2, 3, 1L << 62, 5};
        RowScans.inclusive(products, 1, 4, RowScans.Scan.PRODUCT);
        assertArrayEquals(new long[] {2, 6, 6 * (1L << 62), 30 * (1L << 62)}, products);
        long[] longSums = {1, 2, 3, 4};
        RowScans.inclusive(longSums, 4, 1, RowScans.Scan.SUM);
        assertArrayEquals(new long[] {1, 2, 3, 4}, longSums);
        double[] logs = {0, 0, 1000, Double.NEGATIVE_INFINITY, NAN, 0};
        RowScans.inclusive(logs, 1, 6, RowScans.Scan.LOG_ADD_EXP);
        assertEquals(Math.log(2), logs[1], 1e-15);
        assertEquals(1000, logs[2], 1e-12);
        assertEquals(1000, logs[3], 1e-12);
        assertEquals(NAN, logs[4]);
        assertEquals(NAN, logs[5]);
        RowScans.inclusive(new double[0], 3, 0, RowScans.Scan.PRODUCT);
        assertThrows(IllegalArgumentException.class, () -> RowScans.inclusive(new long[2], 1, 2, RowScans.Scan.LOG_ADD_EXP));
    }
}
