package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * nll_loss's loops: the targets' check, weights and positions, known values, and the float32 form
 * against the float64 one (the same loop through other accessors), on awkward lengths with every
 * fourth target ignored.
 */
class NllLossTest {
    private static final int[] SIZES = {0, 1, 3, 7, 8, 13, 17, 33, 1025};

    @Test
    void ignoresTargetsAndSumsInDouble() {
        float[] x = {-1.5f, -0.25f, Float.NEGATIVE_INFINITY, -2f};
        int[] index = {1, -1, 3, 2};
        double[] weight = {2, 5, 0.5, 3};
        float[] out = new float[3];
        assertEquals(0.5 + 1.0, NllLoss.forward(3, x, 0, index, weight, out), 0.0);
        assertArrayEquals(new float[] {0.5f, 0f, 1f}, out);
        float[] gx = new float[4];
        NllLoss.backward(3, new float[] {1f}, 0, 0, index, weight, 0.5, gx);
        assertArrayEquals(new float[] {0f, -1f, 0f, -0.25f}, gx);
    }

    @Test
    void targetsAreCheckedWeighedAndPlaced() {
        long[] targets = {2, -100, 0, 1, 2, -100}; // N = 2 samples of inner = 3 positions, 3 classes
        assertEquals(-1, NllLoss.firstInvalidTarget(targets, -100, 3));
        assertEquals(1, NllLoss.firstInvalidTarget(targets, 7, 3)); // -100 is not ignored now
        assertEquals(0, NllLoss.firstInvalidTarget(new long[] {3}, -100, 3));
        assertEquals(-1, NllLoss.firstInvalidTarget(new long[0], -100, 0));
        double[] weights = NllLoss.targetWeights(targets, -100, new double[] {0.5, 2, 0.25});
        assertArrayEquals(new double[] {0.25, 0, 0.5, 2, 0.25, 0}, weights);
        assertEquals(3.0, NllLoss.totalWeight(weights));
        assertArrayEquals(new double[] {1, 0, 1, 1, 1, 0}, NllLoss.targetWeights(targets, -100, null));
        assertEquals(0.0, NllLoss.totalWeight(new double[0]));
        // (n, c, r) of a contiguous (2, 3, 3) input is at (n * 3 + c) * 3 + r
        assertArrayEquals(new int[] {6, -1, 2, 12, 16, -1}, NllLoss.pickedPositions(targets, -100, 3, 3));
        assertArrayEquals(new int[] {1}, NllLoss.pickedPositions(new long[] {1}, -100, 4, 1));
    }

    @Test
    void doubleKnownValues() {
        double[] x = {9, -1.5, -0.25, -2};
        int[] index = {0, -1, 2};
        double[] weight = {2, 5, 0.5};
        double[] out = new double[3];
        assertEquals(3.0 + 1.0, NllLoss.forward(3, x, 1, index, weight, out), 0.0);
        assertArrayEquals(new double[] {3.0, 0.0, 1.0}, out);
        assertEquals(4.0, NllLoss.forward(3, x, 1, index, weight, null), 0.0);
        double[] gx = {7, 7, 7};
        NllLoss.backward(3, new double[] {1, 2, 4}, 0, 1, index, weight, 0.5, gx);
        assertArrayEquals(new double[] {-1.0, 7, -1.0}, gx);
    }

    @Test
    void floatFormIsTheDoubleFormRounded() {
        for (int n : SIZES) {
            int[] index = new int[n];
            double[] weight = TestData.values(n, n + 3, 2, false);
            for (int k = 0; k < n; k++) {
                index[k] = k % 4 == 3 ? -1 : (k * 7) % (2 * n + 1);
            }
            float[] xf = TestData.toFloat(TestData.values(2 * n + 2, n, 3, true));
            double[] x = toDouble(xf);
            String what = "n=" + n;
            float[] outF = new float[n];
            double[] outD = new double[n];
            assertEquals(NllLoss.forward(n, x, 1, index, weight, outD), NllLoss.forward(n, xf, 1, index, weight, outF),
                    0.0, what);
            assertArrayEquals(TestData.toFloat(outD), outF, what);
            for (int gStride : new int[] {0, 1}) {
                float[] gxF = new float[2 * n + 1];
                double[] gxD = new double[2 * n + 1];
                NllLoss.backward(n, xf, 1, gStride, index, weight, 0.25, gxF);
                NllLoss.backward(n, x, 1, gStride, index, weight, 0.25, gxD);
                assertArrayEquals(TestData.toFloat(gxD), gxF, what + " backward, gStride " + gStride);
            }
        }
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
