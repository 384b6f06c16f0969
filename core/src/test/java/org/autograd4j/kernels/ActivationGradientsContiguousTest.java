package org.autograd4j.kernels;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ActivationGradients}' per-function loops for contiguous float runs (and a broadcast g)
 * against its general strided loop, fed the same values at stride 2, and the values themselves,
 * including NaN and signed zeros in y.
 */
class ActivationGradientsContiguousTest {

    @Test
    void contiguousLoopsAgreeWithTheStridedOne() {
        for (ActivationGradients.Kind kind : ActivationGradients.Kind.values()) {
            for (int n : new int[] {0, 1, 7, 33, 1025}) {
                float[] g = TestData.toFloat(TestData.values(n + 1, n, 3, true));
                float[] y = TestData.toFloat(TestData.values(n + 2, n + 1, 1, true));
                float[] contiguous = new float[n + 3];
                ActivationGradients.run(kind, n, contiguous, 3, 1, g, 1, 1, y, 2, 1);
                float[] g2 = spread(g, 1, n);
                float[] y2 = spread(y, 2, n);
                float[] strided = new float[2 * n];
                ActivationGradients.run(kind, n, strided, 0, 2, g2, 0, 2, y2, 0, 2);
                float[] broadcast = new float[n];
                ActivationGradients.run(kind, n, broadcast, 0, 1, g, 1, 0, y, 2, 1);
                float[] broadcastStrided = new float[2 * n];
                ActivationGradients.run(kind, n, broadcastStrided, 0, 2, g, 1, 0, y2, 0, 2);
                for (int i = 0; i < n; i++) {
                    assertEquals(strided[2 * i], contiguous[3 + i], kind + " n=" + n + " at " + i);
                    assertEquals(broadcastStrided[2 * i], broadcast[i], kind + " broadcast g, n=" + n + " at " + i);
                }
            }
        }
    }

    @Test
    void values() {
        float[] g = {2f, 2f, 2f, 2f, 2f};
        float[] y = {0.5f, -0f, Float.NaN, 3f, -1f};
        float[] out = new float[5];
        ActivationGradients.run(ActivationGradients.Kind.THRESHOLD, 5, out, 0, 1, g, 0, 1, y, 0, 1);
        assertEquals("[2.0, 0.0, 2.0, 2.0, 0.0]", java.util.Arrays.toString(out));
        ActivationGradients.run(ActivationGradients.Kind.TANH, 5, out, 0, 1, g, 0, 1, y, 0, 1);
        assertEquals("[1.5, 2.0, NaN, -16.0, 0.0]", java.util.Arrays.toString(out));
        ActivationGradients.run(ActivationGradients.Kind.SIGMOID, 5, out, 0, 1, g, 0, 1, y, 0, 1);
        assertEquals("[0.5, -0.0, NaN, -12.0, -4.0]", java.util.Arrays.toString(out));
    }

    /** The first n values from {@code off}, at every other index of a new array. */
    private static float[] spread(float[] v, int off, int n) {
        float[] s = new float[2 * n];
        for (int i = 0; i < n; i++) {
            s[2 * i] = v[off + i];
        }
        return s;
    }
}
