package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Grouping equal slices, against the definition: lexicographic order, -0.0 == 0.0, NaN alone, empty slices. */
class SliceGroupsTest {
    private static final double NAN = Double.NaN;

    @Test
    void sortedGroupsAreLexicographicWithNaNStandingAlone() {
        // slices (1, 2), (0, 5), (1, -0.0), (1, 2), (1, NaN), (1, NaN), (-0.0, 5)
        double[] slices = {1, 2, 0, 5, 1, -0.0, 1, 2, 1, NAN, 1, NAN, -0.0, 5};
        SliceGroups groups = new SliceGroups(slices, 7, 2);
        int[] order = groups.sortedOrder();
        assertArrayEquals(new int[] {1, 6, 2, 0, 3, 4, 5}, order);
        SliceGroups.Groups runs = groups.group(order);
        assertArrayEquals(new long[] {1, 2, 0, 4, 5}, runs.firsts());
        assertArrayEquals(new long[] {2, 1, 2, 1, 1}, runs.counts());
        assertArrayEquals(new long[] {2, 0, 1, 2, 3, 4, 0}, runs.inverse());
    }

    @Test
    void consecutiveGroupsKeepInputOrder() {
        SliceGroups groups = new SliceGroups(new long[] {3, 3, 1, 3}, 4, 1);
        SliceGroups.Groups runs = groups.group(ElementOffsets.contiguous(4));
        assertArrayEquals(new long[] {0, 2, 3}, runs.firsts());
        assertArrayEquals(new long[] {2, 1, 1}, runs.counts());
        assertArrayEquals(new long[] {0, 0, 1, 2}, runs.inverse());
    }

    @Test
    void emptyInputsAndEmptySlices() {
        SliceGroups none = new SliceGroups(new double[0], 0, 3);
        assertArrayEquals(new int[0], none.sortedOrder());
        assertArrayEquals(new long[0], none.group(new int[0]).firsts());
        SliceGroups hollow = new SliceGroups(new double[0], 3, 0); // three slices of nothing: all equal
        assertArrayEquals(new long[] {3}, hollow.group(hollow.sortedOrder()).counts());
    }
}
