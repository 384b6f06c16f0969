package org.autograd4j.kernels;

/**
 * Applies an {@link AxisTaps} map along the middle axis of a row-major {@code [outer, n, inner]}
 * array, or its adjoint (each output value spread back over its taps), in double precision.
 */
public final class Resample {
    private Resample() {
    }

    /** {@code y[a, o, b] = sum over o's taps of weight * x[a, index, b]}; x is {@code [outer, in, inner]}. */
    public static double[] apply(double[] x, AxisTaps t, int outer, int inner) {
        double[] y = new double[outer * t.outSize * inner];
        for (int a = 0; a < outer; a++) {
            int xBase = a * t.inSize * inner;
            int yBase = a * t.outSize * inner;
            for (int o = 0; o < t.outSize; o++) {
                int yRow = yBase + o * inner;
                for (int k = t.start[o]; k < t.start[o + 1]; k++) {
                    int xRow = xBase + t.index[k] * inner;
                    double w = t.weight[k];
                    for (int b = 0; b < inner; b++) {
                        y[yRow + b] += w * x[xRow + b];
                    }
                }
            }
        }
        return y;
    }

    /** The adjoint of {@link #apply}: {@code x[a, index, b] += weight * y[a, o, b]}; y is {@code [outer, out, inner]}. */
    public static double[] adjoint(double[] y, AxisTaps t, int outer, int inner) {
        double[] x = new double[outer * t.inSize * inner];
        for (int a = 0; a < outer; a++) {
            int xBase = a * t.inSize * inner;
            int yBase = a * t.outSize * inner;
            for (int o = 0; o < t.outSize; o++) {
                int yRow = yBase + o * inner;
                for (int k = t.start[o]; k < t.start[o + 1]; k++) {
                    int xRow = xBase + t.index[k] * inner;
                    double w = t.weight[k];
                    for (int b = 0; b < inner; b++) {
                        x[xRow + b] += w * y[yRow + b];
                    }
                }
            }
        }
        return x;
    }
}
