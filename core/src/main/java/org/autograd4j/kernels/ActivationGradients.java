package org.autograd4j.kernels;

/**
 * The fused backward passes of tanh, sigmoid and relu: {@code out = f(g, y)} from the incoming
 * gradient g and the forward output y, one strided run at a time, on {@code float[]} or
 * {@code double[]} arrays (computed in double, as the one formula {@link #apply} for both).
 */
public final class ActivationGradients {
    private ActivationGradients() {
    }

    /** Which derivative. */
    public enum Kind {
        /** {@code g * (1 - y²)}. */
        TANH,
        /** {@code g * y * (1 - y)}. */
        SIGMOID,
        /** {@code g} where {@code y > 0} or y is NaN, else 0. */
        THRESHOLD
    }

    /**
     * out[oOff + i * os] = f(g[gOff + i * gs], y[yOff + i * ys]) for i below n; the three arrays are
     * of one element type.
     */
    public static void run(Kind kind, int n, Object out, int oOff, int os, Object g, int gOff, int gs, Object y,
                           int yOff, int ys) {
        // Typed loops, so that float32 reads and writes its own arrays; the formula is shared.
        if (out instanceof float[] o) {
            float[] ga = (float[]) g;
            float[] ya = (float[]) y;
            for (int i = 0; i < n; i++) {
                o[oOff + i * os] = (float) apply(kind, ga[gOff + i * gs], ya[yOff + i * ys]);
            }
        } else {
            double[] o = (double[]) out;
            double[] ga = (double[]) g;
            double[] ya = (double[]) y;
            for (int i = 0; i < n; i++) {
                o[oOff + i * os] = apply(kind, ga[gOff + i * gs], ya[yOff + i * ys]);
            }
        }
    }

    private static double apply(Kind kind, double g, double y) {
        switch (kind) {
            case TANH: return g * (1 - y * y);
            case SIGMOID: return g * (y * (1 - y));
            default: return y <= 0 ? 0 : g;
        }
    }
}
