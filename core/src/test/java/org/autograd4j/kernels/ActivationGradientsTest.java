package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.autograd4j.kernels.ActivationGradients.Kind;
import org.junit.jupiter.api.Test;

/** The fused activation backward passes: each formula on strided runs, float32 against float64. */
class ActivationGradientsTest {
    private static final double NAN = Double.NaN;
    // y at stride 2 (every other element), g broadcast (stride 0)
    private static final double[] Y = {0.5, 99, -0.25, 99, 0, 99, NAN, 99};
    private static final double G = 3;

    private static double[] run(Kind kind) {
        double[] out = new double[4];
        ActivationGradients.run(kind, 4, out, 0, 1, new double[] {G}, 0, 0, Y, 0, 2);
        float[] outF = new float[4];
        float[] yF = new float[Y.length];
        for (int i = 0; i < Y.length; i++) {
            yF[i] = (float) Y[i];
        }
        ActivationGradients.run(kind, 4, outF, 0, 1, new float[] {(float) G}, 0, 0, yF, 0, 2);
        float[] expectedF = new float[4];
        for (int i = 0; i < 4; i++) {
            expectedF[i] = (float) out[i];
        }
        assertArrayEquals(expectedF, outF);
        return out;
    }

    @Test
    void tanhSigmoidAndThresholdBackward() {
        assertArrayEquals(new double[] {G * 0.75, G * 0.9375, G, NAN}, run(Kind.TANH));
        assertArrayEquals(new double[] {G * 0.25, G * -0.3125, 0, NAN}, run(Kind.SIGMOID));
        assertArrayEquals(new double[] {G, 0, 0, G}, run(Kind.THRESHOLD)); // a NaN y passes the gradient
    }
}
