package org.autograd4j.kernels;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PortableMath} against {@link Math} evaluated in double and rounded once to float: the
 * largest error in ulps over a sample of every float bit pattern (both signs, subnormals,
 * infinities, NaN) and the edges where the formulas switch (overflow, subnormal results, tanh's
 * polynomial limit), plus awkward lengths, offsets and in-place runs across the block size.
 */
class PortableMathTest {
    /** Every 1031st bit pattern: about 4.2 million floats spread over all exponents of both signs. */
    private static final int SAMPLE_STEP = 1031;

    private static final float[] EDGES = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        Float.intBitsToFloat(0x7fc01234), Float.intBitsToFloat(0xffc00001), 1f, -1f, 1e-8f, -1e-8f,
        88.72283f, 88.72284f, Math.nextDown(88.72283f), 88.8f, 89f, 100f, -87.33654f, -87.3f, -88f, -100f,
        -86.64f, -86.99f, -87.68f, -88.37f, 88.37f, 88.38f, -103.27893f, -103.97208f, -103.97209f, -104f, -110f,
        -200f, 0.625f, -0.625f, Math.nextUp(0.625f),
        Math.nextDown(0.625f), -Math.nextUp(0.625f), 9f, -9f, 44.36142f, -44.36142f, 0.34657359f, -0.34657359f};

    @Test
    void expIsWithinOneUlpOfTheCorrectlyRoundedValue() {
        assertEquals(1, maxUlpError(PortableMath::exp, Math::exp));
    }

    @Test
    void tanhIsWithinOneUlp() {
        assertEquals(1, maxUlpError(PortableMath::tanh, Math::tanh));
    }

    /**
     * Where e^-x overflows a float (x below -88.72), sigmoid is 0 as in PyTorch's float32 kernel
     * ({@code torch.sigmoid(torch.tensor([-100.]))} is 0, not 3.8e-44).
     */
    @Test
    void sigmoidIsWithinTwoUlpsAndZeroWherePyTorchsIs() {
        long error = maxUlpError(PortableMath::sigmoid, x -> {
            double e = Math.exp(-x);
            return Float.isInfinite((float) e) ? 0 : 1 / (1 + e);
        });
        assertTrue(error <= 2, "sigmoid error " + error + " ulps");
    }

    @Test
    void specialValuesMatchMath() {
        float[] x = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, 89f, -200f};
        float[] exp = run(PortableMath::exp, x);
        float[] tanh = run(PortableMath::tanh, x);
        float[] sigmoid = run(PortableMath::sigmoid, x);
        assertEquals("[NaN, Infinity, 0.0, 1.0, 1.0, Infinity, 0.0]", java.util.Arrays.toString(exp));
        assertEquals("[NaN, 1.0, -1.0, 0.0, -0.0, 1.0, -1.0]", java.util.Arrays.toString(tanh));
        assertEquals("[NaN, 1.0, 0.0, 0.5, 0.5, 1.0, 0.0]", java.util.Arrays.toString(sigmoid));
    }

    /**
     * Every exponent k that exp's reduction can produce (the clamped inputs give [-159, 128]), each
     * with reduced arguments across [-ln 2 / 2, ln 2 / 2]: the scaling by 2^k rounds once, so the
     * result stays within 1 ulp also where it is subnormal, rounds to zero or overflows.
     */
    @Test
    void expIsWithinOneUlpForEveryExponent() {
        int steps = 64;
        float[] x = new float[(128 + 159 + 1) * (steps + 1)];
        int n = 0;
        for (int k = -159; k <= 128; k++) {
            for (int j = 0; j <= steps; j++) {
                x[n++] = (float) ((k + (j - steps / 2) / (double) steps) * Math.log(2));
            }
        }
        float[] out = run(PortableMath::exp, x);
        for (int i = 0; i < n; i++) {
            assertTrue(ulps(out[i], Math.exp(x[i])) <= 1, "exp(" + x[i] + ") = " + out[i]);
        }
    }

    /** Softmax's shifted exponentials: e^(x - shift) with the difference rounded to float, as PyTorch's kernel. */
    @Test
    void expShiftedIsExpOfTheFloatDifference() {
        float[] x = TestData.toFloat(TestData.values(1500, 3, 40, true));
        for (float shift : new float[] {0f, 3.5f, -20f, Float.NaN}) {
            float[] out = new float[x.length];
            PortableMath.expShifted(x.length, x, 0, shift, out, 0);
            for (int i = 0; i < x.length; i++) {
                float difference = x[i] - shift;
                assertTrue(ulps(out[i], Math.exp(difference)) <= 1, "shift " + shift + " at " + i + ": " + out[i]);
            }
        }
    }

    /**
     * softmax's exp, {@link PortableMath#expNonPositiveParts} then {@link PortableMath#scaleAndSum}:
     * within 1 ulp on a sweep of the non-positive floats down to -87.6 (every 251st bit pattern, k down
     * to -126, subnormal results included), in runs of 1000 whose returned sum is the double sum's to 1e-12 (it adds in double
     * accumulators; float lanes over all 1000 terms would err by 1e-6 here).
     */
    @Test
    void softmaxExpIsWithinOneUlpDownToTheSmallestNormalPowerOfTwo() {
        int run = 1000;
        float[] x = new float[run];
        float[] mantissa = new float[run];
        float[] exponent = new float[run];
        float[] out = new float[run + 3];
        int last = Float.floatToRawIntBits(-87.6f);
        for (long bits = Float.floatToRawIntBits(-0f); bits <= last; ) {
            int n = 0;
            for (; n < run && bits <= last; n++, bits += 251) {
                x[n] = Float.intBitsToFloat((int) bits);
            }
            PortableMath.expNonPositiveParts(n, x, 0f, mantissa, exponent);
            double sum = PortableMath.scaleAndSum(n, mantissa, exponent, out, 3);
            double expected = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(ulps(out[3 + i], Math.exp(x[i])) <= 1, "exp(" + x[i] + ") = " + out[3 + i]);
                expected += out[3 + i];
            }
            TestData.assertClose(expected, sum, 1e-12, 0, "sum of " + n + " from " + x[0]);
        }
    }

    /**
     * The shift is subtracted in float first; where 2^k is below the normal range (k < -126: x - shift
     * below about -87.68, down to -inf through the magnitudes where k's float loses its integer bits)
     * scaleAndSum says so instead of a sum.
     */
    @Test
    void softmaxExpShiftsAndSaysWhereItsPowerOfTwoIsBelowNormal() {
        float[][] runs = {{1000.5f, 999f, 1000f}, {999.99f, 913f, 1000f}, {1000f, 912.3f, 900f},
            {1000f, Float.NEGATIVE_INFINITY}, {-1e4f}, {-1e7f, 1000f}, {-3e38f}};
        float[] mantissa = new float[3];
        float[] exponent = new float[3];
        float[] out = new float[3];
        for (int r = 0; r < runs.length; r++) {
            float[] x = runs[r];
            PortableMath.expNonPositiveParts(x.length, x, 1000.5f, mantissa, exponent);
            double sum = PortableMath.scaleAndSum(x.length, mantissa, exponent, out, 0);
            if (r < 2) {
                for (int i = 0; i < x.length; i++) {
                    assertTrue(ulps(out[i], Math.exp(x[i] - 1000.5f)) <= 1, "run " + r + " at " + i + ": " + out[i]);
                }
                assertEquals(out[0] + (double) out[1] + out[2], sum, "run " + r);
            } else {
                assertEquals(PortableMath.BELOW_NORMAL, sum, "run " + r);
            }
        }
    }

    /** Lengths around the block size, input and output at different offsets, and in place. */
    @Test
    void anyLengthOffsetAndInPlace() {
        int[] lengths = IntStream.concat(IntStream.rangeClosed(0, 67),
                IntStream.of(511, 512, 513, 1023, 1024, 1025, 1537)).toArray();
        for (int n : lengths) {
            float[] x = TestData.toFloat(TestData.values(n + 5, n, 12, true));
            float[] out = new float[n + 9];
            PortableMath.exp(n, x, 5, out, 2);
            float[] inPlace = x.clone();
            PortableMath.tanh(n, inPlace, 5, inPlace, 5);
            for (int i = 0; i < n; i++) {
                assertTrue(ulps(out[2 + i], Math.exp(x[5 + i])) <= 1, "exp n=" + n + " at " + i);
                assertTrue(ulps(inPlace[5 + i], Math.tanh(x[5 + i])) <= 1, "tanh n=" + n + " at " + i);
            }
            assertEquals(0f, out[0], "exp wrote before its output run, n=" + n);
            assertEquals(0f, out[n + 2], "exp wrote past its output run, n=" + n);
            assertEquals(x[4], inPlace[4], "tanh wrote before its run, n=" + n);
        }
    }

    @FunctionalInterface
    private interface Kernel {
        void apply(int n, float[] in, int inOff, float[] out, int outOff);
    }

    private static float[] run(Kernel kernel, float[] x) {
        float[] out = new float[x.length];
        kernel.apply(x.length, x, 0, out, 0);
        return out;
    }

    /** The largest ulp distance from the reference over the sampled bit patterns and the edges. */
    private static long maxUlpError(Kernel kernel, DoubleUnaryOperator reference) {
        int chunk = 1 << 16;
        float[] x = new float[chunk];
        float[] out = new float[chunk];
        long worst = 0;
        long bits = 0;
        while (bits < 1L << 32) {
            int n = 0;
            for (; n < chunk && bits < 1L << 32; n++, bits += SAMPLE_STEP) {
                x[n] = Float.intBitsToFloat((int) bits);
            }
            worst = Math.max(worst, maxUlpError(kernel, reference, x, n, out));
        }
        return Math.max(worst, maxUlpError(kernel, reference, EDGES, EDGES.length, out));
    }

    private static long maxUlpError(Kernel kernel, DoubleUnaryOperator reference, float[] x, int n, float[] out) {
        kernel.apply(n, x, 0, out, 0);
        long worst = 0;
        for (int i = 0; i < n; i++) {
            long error = ulps(out[i], reference.applyAsDouble(x[i]));
            if (error > worst) {
                worst = error;
            }
        }
        return worst;
    }

    /** Distance in representable floats between {@code actual} and {@code expected} rounded to float; NaN only matches NaN. */
    private static long ulps(float actual, double expected) {
        float e = (float) expected;
        if (Float.isNaN(e) || Float.isNaN(actual)) {
            return Float.isNaN(e) && Float.isNaN(actual) ? 0 : Long.MAX_VALUE;
        }
        return Math.abs(ordered(actual) - ordered(e));
    }

    /** Float bits mapped to a line where neighbouring floats differ by one, and -0 and +0 coincide. */
    private static long ordered(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits < 0 ? (long) Integer.MIN_VALUE - bits : bits;
    }
}
