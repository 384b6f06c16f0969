package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * The general elementwise loops against their definitions: every element type read as a double and
 * stored converted (float rounding, int64 truncation, bool as nonzero), strided, broadcast (stride
 * 0) and reversed operands, one element and none.
 */
class MappedRunsTest {
    @Test
    void oneOperandReadAndStoredInEveryType() {
        float[] f = new float[3];
        MappedRuns.map(3, new long[] {1, 2, 3}, 0, 1, f, 0, 1, v -> v / 3);
        assertArrayEquals(new float[] {1 / 3f, 2 / 3f, 1f}, f);
        long[] l = new long[2];
        MappedRuns.map(2, new double[] {-2.7, 9, 2.7}, 2, -2, l, 0, 1, v -> v); // reversed: 2.7, then -2.7
        assertArrayEquals(new long[] {2, -2}, l);
        boolean[] b = new boolean[3];
        MappedRuns.map(3, new boolean[] {true}, 0, 0, b, 0, 1, v -> v == 1 ? Double.NaN : 0); // broadcast source
        assertArrayEquals(new boolean[] {true, true, true}, b);
        double[] d = {7, 7, 7};
        MappedRuns.map(1, new float[] {0.1f}, 0, 1, d, 2, 1, v -> v);
        assertArrayEquals(new double[] {7, 7, 0.1f}, d);
        MappedRuns.map(0, new double[0], 0, 1, new double[0], 0, 1, v -> 1 / 0.0);
    }

    @Test
    void twoAndThreeOperandsAtTheirOwnStrides() {
        double[] out = new double[4];
        MappedRuns.map(2, new double[] {1, 2, 3, 4}, 1, 2, new long[] {10}, 0, 0, out, 3, -3, Math::pow);
        assertArrayEquals(new double[] {Math.pow(4, 10), 0, 0, Math.pow(2, 10)}, out);
        float[] f = new float[2];
        MappedRuns.map(2, new boolean[] {true, false}, 0, 1, new float[] {0.5f}, 0, 0, new double[] {1, 2}, 0, 1, f, 0,
                1, (c, x, y) -> c != 0 ? x : y);
        assertArrayEquals(new float[] {0.5f, 2}, f);
    }
}
