package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.autograd4j.kernels.ScatterReductions.Reduction;
import org.junit.jupiter.api.Test;

/**
 * scatter_reduce's loop against hand-worked cases: repeated and untouched places, with and without
 * the place's own value, float rounding at each step, NaN in amax/amin, int64 exactness, wrapping
 * and floor-rounded means, and no values at all.
 */
class ScatterReductionsTest {
    private static final int[] FROM = {0, 1, 2, 3};
    private static final int[] TO = {2, 0, 2, 2}; // place 1 receives nothing

    private static double[] reduced(Reduction reduction, boolean includeSelf) {
        double[] out = {10, 20, 30};
        ScatterReductions.reduce(new double[] {1, 2, 3, 4}, FROM, out, TO, reduction, includeSelf);
        return out;
    }

    @Test
    void floatingReductionsWithAndWithoutTheOwnValue() {
        assertArrayEquals(new double[] {12, 20, 38}, reduced(Reduction.SUM, true));
        assertArrayEquals(new double[] {2, 20, 8}, reduced(Reduction.SUM, false));
        assertArrayEquals(new double[] {20, 20, 360}, reduced(Reduction.PROD, true));
        assertArrayEquals(new double[] {2, 20, 12}, reduced(Reduction.PROD, false));
        assertArrayEquals(new double[] {6, 20, 38 / 4.0}, reduced(Reduction.MEAN, true));
        assertArrayEquals(new double[] {2, 20, 8 / 3.0}, reduced(Reduction.MEAN, false));
        assertArrayEquals(new double[] {10, 20, 30}, reduced(Reduction.AMAX, true));
        assertArrayEquals(new double[] {2, 20, 4}, reduced(Reduction.AMAX, false));
        assertArrayEquals(new double[] {2, 20, 1}, reduced(Reduction.AMIN, true));
    }

    @Test
    void floatRoundsEachStepAndNaNPropagates() {
        float[] out = {0};
        ScatterReductions.reduce(new float[] {1e8f, 1, 1}, new int[] {0, 1, 2}, out, new int[] {0, 0, 0},
                Reduction.SUM, true);
        assertArrayEquals(new float[] {1e8f}, out); // each + 1 rounds away in float
        double[] nan = {5, 5};
        ScatterReductions.reduce(new double[] {Double.NaN, 7}, new int[] {0, 1}, nan, new int[] {0, 0}, Reduction.AMAX,
                true);
        assertArrayEquals(new double[] {Double.NaN, 5}, nan);
        ScatterReductions.reduce(new double[0], new int[0], nan, new int[0], Reduction.MEAN, false);
        assertArrayEquals(new double[] {Double.NaN, 5}, nan);
    }

    @Test
    void int64IsExactWrapsAndFloorsItsMean() {
        long big = (1L << 53) + 1;
        long[] out = {big, -7, Long.MAX_VALUE};
        ScatterReductions.reduce(new long[] {2, 0, 1}, new int[] {0, 1, 2}, out, new int[] {0, 1, 2}, Reduction.SUM,
                true);
        assertArrayEquals(new long[] {big + 2, -7, Long.MIN_VALUE}, out);
        long[] mean = {-7, 3};
        ScatterReductions.reduce(new long[] {0, 4}, new int[] {0, 1}, mean, new int[] {0, 1}, Reduction.MEAN, true);
        assertArrayEquals(new long[] {-4, 3}, mean); // floor(-7 / 2), floor(7 / 2)
        long[] amin = {big, 9};
        ScatterReductions.reduce(new long[] {big - 1}, new int[] {0}, amin, new int[] {0}, Reduction.AMIN, true);
        assertArrayEquals(new long[] {big - 1, 9}, amin);
    }
}
