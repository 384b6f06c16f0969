package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Embedding's row lookups, their adjoint and scales, and one_hot, against their definitions. */
class EmbeddingRowsTest {
    private static final double[] TABLE = {1, 2, 3, 4, 5, 6}; // three rows of two columns

    @Test
    void gatherLooksUpScaledRowsInOrder() {
        assertArrayEquals(new double[] {5, 6, 1, 2, 5, 6}, EmbeddingRows.gather(TABLE, 2, new long[] {2, 0, 2}, null));
        assertArrayEquals(new double[] {2.5, 3, 0, 0}, EmbeddingRows.gather(TABLE, 2, new long[] {2, 1}, new double[] {0.5, 0}));
        assertArrayEquals(new double[0], EmbeddingRows.gather(TABLE, 2, new long[0], null));
        assertArrayEquals(new double[0], EmbeddingRows.gather(new double[0], 0, new long[] {1, 0}, null));
    }

    @Test
    void scatterAddIsTheAdjointOfGather() {
        long[] idx = {2, 0, 2};
        double[] scale = {1, 0.5, 2};
        double[] g = {1, 1, 2, 2, 3, 3};
        double[] grad = EmbeddingRows.scatterAdd(g, 2, idx, scale, 3);
        assertArrayEquals(new double[] {1, 1, 0, 0, 7, 7}, grad);
        // <gather(T), g> == <T, scatterAdd(g)> for any table T
        double[] looked = EmbeddingRows.gather(TABLE, 2, idx, scale);
        double left = 0;
        double right = 0;
        for (int i = 0; i < g.length; i++) {
            left += looked[i] * g[i];
            right += TABLE[i] * grad[i];
        }
        assertArrayEquals(new double[] {left}, new double[] {right}, 1e-12);
        assertArrayEquals(new double[4], EmbeddingRows.scatterAdd(new double[0], 2, new long[0], new double[0], 2));
    }

    @Test
    void gradientScalesSilenceThePaddingRowAndDivideByFrequency() {
        long[] idx = {1, 0, 1, 1, 2};
        assertArrayEquals(new double[] {1, 0, 1, 1, 1}, EmbeddingRows.gradientScales(idx, 0, false, 3));
        assertArrayEquals(new double[] {1.0 / 3, 1, 1.0 / 3, 1.0 / 3, 0}, EmbeddingRows.gradientScales(idx, 2, true, 3));
        assertArrayEquals(new double[] {1}, EmbeddingRows.gradientScales(new long[] {0}, -1, true, 1));
    }

    @Test
    void oneHotSetsOneColumnPerRow() {
        long[] out = new long[9];
        EmbeddingRows.oneHot(new long[] {2, 0, 2}, 3, out);
        assertArrayEquals(new long[] {0, 0, 1, 1, 0, 0, 0, 0, 1}, out);
        EmbeddingRows.oneHot(new long[0], 4, new long[0]);
    }
}
