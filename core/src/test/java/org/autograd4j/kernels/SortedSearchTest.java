package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * searchsorted's and isin's searches against linear-scan definitions: duplicates, NaN keys and
 * boundaries, batched rows, signed zeros, int64 values a double cannot hold, empty and one-element
 * inputs.
 */
class SortedSearchTest {
    private static final double NAN = Double.NaN;

    @Test
    void insertionPointsMatchALinearScan() {
        Random random = new Random(11);
        for (int trial = 0; trial < 100; trial++) {
            int m = random.nextInt(6);
            int rows = 1 + random.nextInt(3);
            double[] bounds = new double[rows * m];
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < m; j++) {
                    bounds[r * m + j] = random.nextInt(5);
                }
                Arrays.sort(bounds, r * m, (r + 1) * m);
            }
            int perRow = random.nextInt(4);
            double[] keys = new double[rows * perRow];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextInt(7) - 1 + (i % 5 == 4 ? NAN : 0);
            }
            for (boolean right : new boolean[] {false, true}) {
                long[] points = SortedSearch.insertionPoints(bounds, m, true, keys, perRow, right);
                for (int i = 0; i < keys.length; i++) {
                    assertEquals(linear(bounds, i / perRow * m, m, keys[i], right), points[i], "key " + i);
                }
            }
        }
    }

    /** How many of the row's boundaries go before the key: below it (or equal, with right); NaN keys after all. */
    private static long linear(double[] bounds, int base, int m, double key, boolean right) {
        long before = 0;
        for (int j = 0; j < m; j++) {
            double b = bounds[base + j];
            before += Double.isNaN(key) || b < key || (right && b == key) ? 1 : 0;
        }
        return before;
    }

    @Test
    void oneRowServesEveryKeyAndInt64IsExact() {
        long big = (1L << 53) + 1;
        long[] bounds = {big - 1, big, big + 1};
        assertArrayEquals(new long[] {1, 1, 0, 3}, SortedSearch.insertionPoints(bounds, 3, false,
                new long[] {big, big, Long.MIN_VALUE, Long.MAX_VALUE}, 2, false));
        assertArrayEquals(new long[] {2}, SortedSearch.insertionPoints(bounds, 3, false, new long[] {big}, 1, true));
        assertArrayEquals(new long[] {0}, SortedSearch.insertionPoints(new double[0], 0, false, new double[] {NAN}, 1,
                false));
        assertArrayEquals(new long[0], SortedSearch.insertionPoints(bounds, 3, true, new long[0], 0, false));
        // a NaN boundary counts as below every key: a comparison with NaN never puts the key before it
        assertArrayEquals(new long[] {2, 2}, SortedSearch.insertionPoints(new double[] {0, NAN}, 2, false,
                new double[] {1, NAN}, 2, false));
    }

    @Test
    void membershipIgnoresNaNAndTheSignOfZero() {
        assertArrayEquals(new boolean[] {true, true, false, false},
                SortedSearch.membership(new double[] {3, -0.0, NAN}, new double[] {0.0, 3, NAN, 2}, false));
        assertArrayEquals(new boolean[] {false, true},
                SortedSearch.membership(new double[] {0.0}, new double[] {-0.0, 1}, true));
        long big = (1L << 53) + 1;
        assertArrayEquals(new boolean[] {false, true},
                SortedSearch.membership(new long[] {big, 5, 1}, new long[] {big - 1, big}, false));
        assertArrayEquals(new boolean[] {false}, SortedSearch.membership(new long[0], new long[] {0}, false));
        assertArrayEquals(new boolean[0], SortedSearch.membership(new double[] {1}, new double[0], false));
    }
}
