package org.autograd4j.kernels;

/**
 * Loops over a contiguous run of a {@code float[]} or {@code double[]}, dispatched once per run on
 * the array type, for the window kernels. The two typed loops stay: float32 must read and write its
 * own array, with no widening copy.
 */
final class ArrayRuns {
    private ArrayRuns() {
    }

    /**
     * x[j] += v for j in [from, to), rounded to the array's type after each addition (for a float
     * {@code v} the same as adding in float).
     */
    static void add(Object x, int from, int to, double v) {
        if (x instanceof float[] f) {
            float single = (float) v;
            if (single == v) { // float arithmetic rounds alike and vectorises; widening to double did not
                for (int j = from; j < to; j++) {
                    f[j] += single;
                }
            } else {
                for (int j = from; j < to; j++) {
                    f[j] += v;
                }
            }
        } else {
            double[] d = (double[]) x;
            for (int j = from; j < to; j++) {
                d[j] += v;
            }
        }
    }

    /** x[i] as a double. */
    static double get(Object x, int i) {
        return x instanceof float[] f ? f[i] : ((double[]) x)[i];
    }

    /** {@code s} plus x[from..to), added in order, in double. */
    static double sum(Object x, int from, int to, double s) {
        if (x instanceof float[] f) {
            for (int j = from; j < to; j++) {
                s += f[j];
            }
        } else {
            double[] d = (double[]) x;
            for (int j = from; j < to; j++) {
                s += d[j];
            }
        }
        return s;
    }

    /** x[i] = v, rounded to the array's type. */
    static void set(Object x, int i, double v) {
        if (x instanceof float[] f) {
            f[i] = (float) v;
        } else {
            ((double[]) x)[i] = v;
        }
    }
}
