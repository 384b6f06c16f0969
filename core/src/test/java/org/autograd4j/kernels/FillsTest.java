package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * full's fill and eye's diagonal against their definitions for every element type, converting as a
 * store of that type does, on wide, tall, one-element and empty matrices.
 */
class FillsTest {
    @Test
    void fillConvertsTheValueToTheElementType() {
        float[] f = new float[3];
        Fills.fill(f, 0.1);
        assertArrayEquals(new float[] {0.1f, 0.1f, 0.1f}, f);
        long[] l = new long[2];
        Fills.fill(l, -2.7);
        assertArrayEquals(new long[] {-2, -2}, l); // truncated toward zero
        boolean[] b = new boolean[2];
        Fills.fill(b, Double.NaN);
        assertArrayEquals(new boolean[] {true, true}, b);
        double[] d = {1};
        Fills.fill(d, Double.NEGATIVE_INFINITY);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, d);
        Fills.fill(new float[0], 1);
    }

    @Test
    void diagonalSetsOnlyElementsIIOfWideAndTallMatrices() {
        double[] wide = new double[2 * 3];
        Fills.diagonal(wide, 2, 3, 1);
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0}, wide);
        long[] tall = new long[3 * 2];
        java.util.Arrays.fill(tall, 9);
        Fills.diagonal(tall, 3, 2, 1.9);
        assertArrayEquals(new long[] {1, 9, 9, 1, 9, 9}, tall); // the rest left alone
        boolean[] one = new boolean[1];
        Fills.diagonal(one, 1, 1, 1);
        assertArrayEquals(new boolean[] {true}, one);
        float[] empty = new float[0];
        Fills.diagonal(empty, 0, 4, 1);
        Fills.diagonal(empty, 3, 0, 1);
        assertArrayEquals(new float[0], empty);
    }
}
