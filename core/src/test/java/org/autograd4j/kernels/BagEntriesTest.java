package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** embedding_bag's kept entries and factors against their definitions: padding, empty bags, a last offset. */
class BagEntriesTest {
    @Test
    void paddingEntriesAreLeftOutOfTheirBags() {
        // bags [0, 2), [2, 2) (empty), [2, 5); row 1 is padding
        BagEntries bags = BagEntries.keep(new long[] {3, 1, 1, 0, 3}, new long[] {0, 2, 2}, 3, 1);
        assertArrayEquals(new long[] {3, 0, 3}, bags.index());
        assertArrayEquals(new long[] {0, 2, 2}, bags.bag());
        assertArrayEquals(new long[] {0, 3, 4}, bags.position());
        assertArrayEquals(new int[] {0, 1, 1, 3}, bags.start());
        assertArrayEquals(new double[] {1, 0.5, 0.5}, bags.factors(true));
        assertArrayEquals(new double[] {1, 1, 1}, bags.factors(false));
        // row 3 occurs twice in the input, row 0 once (padding entries count too)
        assertArrayEquals(new double[] {0.5, 1, 0.5}, bags.inverseFrequencies(new long[] {3, 1, 1, 0, 3}, 4));
    }

    @Test
    void includeLastOffsetEndsTheLastBagAtItsOffset() {
        BagEntries bags = BagEntries.keep(new long[] {0, 1, 2}, new long[] {0, 1, 2}, 2, -1);
        assertArrayEquals(new long[] {0, 1}, bags.index());
        assertArrayEquals(new int[] {0, 1, 2}, bags.start());
        BagEntries none = BagEntries.keep(new long[0], new long[0], 0, -1);
        assertArrayEquals(new int[] {0}, none.start());
        assertArrayEquals(new double[0], none.factors(true));
    }
}
