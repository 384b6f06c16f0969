package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Strided copies of every element type, with the conversions PyTorch's {@code copy_} makes. */
class RunCopyTest {
    private static final double[] VALUES = {0.5, -0.2, Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, -1.7, 2.9};

    @Test
    void sameTypeCopiesFollowBothStrides() {
        float[] dst = new float[8];
        RunCopy.copy(new float[] {1, 2, 3, 4, 5, 6}, 5, -2, dst, 1, 3, 3); // reversed source, spread destination
        assertArrayEquals(new float[] {0, 6, 0, 0, 4, 0, 0, 2}, dst);
        long[] longs = new long[3];
        RunCopy.copy(new long[] {Long.MIN_VALUE, 7, 8}, 0, 1, longs, 0, 1, 3);
        assertArrayEquals(new long[] {Long.MIN_VALUE, 7, 8}, longs);
        boolean[] bools = new boolean[2];
        RunCopy.copy(new boolean[] {true}, 0, 0, bools, 0, 1, 2); // stride 0: a broadcast source
        assertArrayEquals(new boolean[] {true, true}, bools);
        RunCopy.copy(new double[0], 0, 1, new double[0], 0, 1, 0);
    }

    @Test
    void conversionsMatchPyTorch() {
        // torch.tensor(VALUES).bool() and, without NaN and inf, .long() (PyTorch 1.13)
        boolean[] bools = new boolean[VALUES.length];
        RunCopy.copy(VALUES, 0, 1, bools, 0, 1, VALUES.length);
        assertArrayEquals(new boolean[] {true, true, true, false, false, true, true, true}, bools);
        boolean[] fromFloats = new boolean[VALUES.length];
        RunCopy.copy(TestData.toFloat(VALUES), 0, 1, fromFloats, 0, 1, VALUES.length);
        assertArrayEquals(bools, fromFloats);
        long[] longs = new long[4];
        RunCopy.copy(new float[] {0.5f, -0.2f, -1.7f, 2.9f}, 0, 1, longs, 0, 1, 4);
        assertArrayEquals(new long[] {0, 0, -1, 2}, longs);
        double[] doubles = new double[3];
        RunCopy.copy(new boolean[] {true, false, true}, 0, 1, doubles, 0, 1, 3);
        assertArrayEquals(new double[] {1, 0, 1}, doubles);
        RunCopy.copy(new long[] {(1L << 53) + 1}, 0, 1, doubles, 0, 1, 1);
        assertArrayEquals(new double[] {9007199254740992.0, 0, 1}, doubles);
        long[] fromBools = new long[2];
        RunCopy.copy(new boolean[] {true, false}, 0, 1, fromBools, 0, 1, 2);
        assertArrayEquals(new long[] {1, 0}, fromBools);
        float[] floats = new float[1];
        RunCopy.copy(new double[] {0.1}, 0, 1, floats, 0, 1, 1);
        assertArrayEquals(new float[] {0.1f}, floats);
        boolean[] fromLongs = new boolean[3];
        RunCopy.copy(new long[] {0, -5, 1L << 40}, 0, 1, fromLongs, 0, 1, 3);
        assertArrayEquals(new boolean[] {false, true, true}, fromLongs);
    }
}
