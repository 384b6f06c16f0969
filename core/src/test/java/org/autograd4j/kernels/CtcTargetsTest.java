package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * CTC targets cut per sample against hand-worked batches: padded rows and concatenated runs, empty
 * labels, one sample and no samples.
 */
class CtcTargetsTest {
    @Test
    void concatenatedStartsFollowTheEarlierLengths() {
        assertArrayEquals(new long[] {0, 3, 3, 5}, CtcTargets.concatenatedStarts(new long[] {3, 0, 2, 4}));
        assertArrayEquals(new long[] {0}, CtcTargets.concatenatedStarts(new long[] {7}));
        assertArrayEquals(new long[0], CtcTargets.concatenatedStarts(new long[0]));
    }

    @Test
    void cutsPaddedRowsAndConcatenatedRuns() {
        long[] padded = {1, 2, 9, 3, 9, 9}; // [2, 3]: labels (1, 2) and (3)
        long[][] rows = CtcTargets.cut(padded, new long[] {0, 3}, new long[] {2, 1});
        assertArrayEquals(new long[] {1, 2}, rows[0]);
        assertArrayEquals(new long[] {3}, rows[1]);
        long[] concatenated = {4, 4, 1};
        long[][] runs = CtcTargets.cut(concatenated, new long[] {0, 2, 3}, new long[] {2, 1, 0});
        assertArrayEquals(new long[] {4, 4}, runs[0]);
        assertArrayEquals(new long[] {1}, runs[1]);
        assertArrayEquals(new long[0], runs[2]);
        assertEquals(0, CtcTargets.cut(new long[0], new long[0], new long[0]).length);
    }
}
