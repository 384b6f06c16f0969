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
        return map(x, t, outer, inner, false);
    }

    /** The adjoint of {@link #apply}: {@code x[a, index, b] += weight * y[a, o, b]}; y is {@code [outer, out, inner]}. */
    public static double[] adjoint(double[] y, AxisTaps t, int outer, int inner) {
        return map(y, t, outer, inner, true);
    }

    /** Walks every tap once, moving weighted rows from input to output positions, or back for the adjoint. */
    private static double[] map(double[] src, AxisTaps t, int outer, int inner, boolean adjoint) {
        double[] dst = new double[outer * (adjoint ? t.inSize : t.outSize) * inner];
        for (int a = 0; a < outer; a++) {
            int inBase = a * t.inSize * inner;
            int outBase = a * t.outSize * inner;
            for (int o = 0; o < t.outSize; o++) {
                int outRow = outBase + o * inner;
                for (int k = t.start[o]; k < t.start[o + 1]; k++) {
                    int inRow = inBase + t.index[k] * inner;
                    int from = adjoint ? outRow : inRow;
                    int to = adjoint ? inRow : outRow;
                    double w = t.weight[k];
                    for (int b = 0; b < inner; b++) {
                        dst[to + b] += w * src[from + b];
                    }
                }
            }
        }
        return dst;
    }
}
