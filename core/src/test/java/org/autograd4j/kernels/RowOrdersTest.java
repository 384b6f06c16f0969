package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * Row orders against their definitions: stable ties both ways, -0.0 equal to 0.0, NaN last,
 * int64 values that collide with NaN's key, one-element and empty rows.
 */
class RowOrdersTest {
    private static final double NAN = Double.NaN;

    @Test
    void permutationsAreStableInBothDirections() {
        RowOrders orders = new RowOrders(new double[] {2, -0.0, NAN, 0.0, 1, 1}, 2, 3);
        assertArrayEquals(new long[] {1, 0, 2, 0, 1, 2}, orders.permutations(false));
        assertArrayEquals(new long[] {2, 0, 1, 1, 2, 0}, orders.permutations(true));
        long nanLike = StableSort.key(NAN); // an ordinary int64 in a long row
        RowOrders longs = new RowOrders(new long[] {nanLike, 3, nanLike}, 1, 3);
        assertArrayEquals(new long[] {1, 0, 2}, longs.permutations(false));
        assertArrayEquals(new long[0], new RowOrders(new double[0], 4, 0).permutations(false));
    }

    @Test
    void mediansTakeTheLowerMiddleAndNaNUnlessIgnored() {
        RowOrders orders = new RowOrders(new double[] {4, 1, 3, 2, 5, NAN, 1, 0, NAN, NAN, NAN, NAN}, 3, 4);
        assertArrayEquals(new long[] {3, 1, 0}, orders.medianIndices(false));
        assertArrayEquals(new long[] {3, 2, 0}, orders.medianIndices(true));
        assertArrayEquals(new long[] {0}, new RowOrders(new long[] {7}, 1, 1).medianIndices(false));
        // a long row never holds NaN, even where its key equals NaN's
        long nanLike = StableSort.key(NAN);
        assertArrayEquals(new long[] {2}, new RowOrders(new long[] {nanLike, 0, 1}, 1, 3).medianIndices(false));
    }

    @Test
    void modesAreTheLongestRunSmallestValueFirst() {
        RowOrders orders = new RowOrders(new double[] {3, 1, 3, 1, 2, 0.0, -0.0, 5}, 2, 4);
        assertArrayEquals(new long[] {3, 2}, orders.modeIndices());
    }

    @Test
    void runningBestKeepsTheLatestTieAndHoldsNaN() {
        RowOrders orders = new RowOrders(new double[] {1, 3, 3, 2, NAN, 5}, 1, 6);
        assertArrayEquals(new long[] {0, 1, 2, 2, 4, 4}, orders.runningBest(true));
        assertArrayEquals(new long[] {0, 0, 0, 0, 4, 4}, orders.runningBest(false));
        assertArrayEquals(new long[] {0, 1, 2}, new RowOrders(new long[] {5, 4, 4}, 1, 3).runningBest(false));
    }
}
