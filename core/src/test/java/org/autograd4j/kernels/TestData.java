package org.autograd4j.kernels;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.fail;

/** Deterministic inputs and tolerant comparisons shared by the kernel tests. */
final class TestData {
    private TestData() {
    }

    /** Uniform values in [-range, range], with NaN, infinities and signed zeros sprinkled in when asked. */
    static double[] values(int n, long seed, double range, boolean specials) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (random.nextDouble() * 2 - 1) * range;
        }
        if (specials) {
            double[] special = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0};
            for (int i = 0; i < n; i += 11) {
                v[i] = special[(i / 11) % special.length];
            }
        }
        return v;
    }

    static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    /** Both NaN, equal (including infinities), or within {@code rtol * |expected| + atol}. */
    static void assertClose(double expected, double actual, double rtol, double atol, String what) {
        boolean ok = (Double.isNaN(expected) && Double.isNaN(actual)) || expected == actual
                || Math.abs(expected - actual) <= rtol * Math.abs(expected) + atol;
        if (!ok) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }
}
