package org.autograd4j.kernels.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * LU's pivot sets and permutation matrices from LAPACK's 1-based pivots against hand-worked swaps:
 * several sets, fewer pivots than rows, the identity, one row, and no sets at all.
 */
class LuPermutationTest {
    @Test
    void eachSetOfPivotsSwapsRowsInOrder() {
        // set 0: swap rows 0 and 2, then 1 and 2 (0-based): perm (2, 0, 1), so ones at (2, 0), (0, 1), (1, 2)
        // set 1: no swaps (each pivot its own row)
        double[] p = Lu.permutationMatrices(new long[] {3, 3, 1, 2}, 2, 2, 3);
        assertArrayEquals(new double[] {
                0, 1, 0,
                0, 0, 1,
                1, 0, 0,
                1, 0, 0,
                0, 1, 0,
                0, 0, 1}, p);
    }

    @Test
    void pivotSetsAreRowsOfTheInt64Values() {
        long[] pivots = {1, 3, 3, 2, 2, 2};
        assertArrayEquals(new int[] {3, 2}, Lu.pivotSet(pivots, 1, 2));
        assertArrayEquals(new int[] {2, 2, 2}, Lu.pivotSet(pivots, 1, 3));
        assertArrayEquals(new int[0], Lu.pivotSet(pivots, 4, 0));
    }

    @Test
    void edgeSizes() {
        assertArrayEquals(new double[] {1}, Lu.permutationMatrices(new long[] {1}, 1, 1, 1));
        assertArrayEquals(new double[] {0, 1, 1, 0}, Lu.permutationMatrices(new long[] {2}, 1, 1, 2)); // k < m
        assertArrayEquals(new double[] {1, 0, 0, 1}, Lu.permutationMatrices(new long[0], 1, 0, 2)); // no pivots
        assertArrayEquals(new double[0], Lu.permutationMatrices(new long[0], 0, 2, 2));
    }
}
