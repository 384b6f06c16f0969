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
        if (kind == Kind.THRESHOLD && os == 1 && gs == 1 && ys == 1) {
            reluRun(n, out, oOff, g, gOff, y, yOff);
            return;
        }
        // Typed loops, so that float32 reads and writes its own arrays; the formula is shared.
        if (out instanceof float[] o) {
            float[] ga = (float[]) g;
            float[] ya = (float[]) y;
            if (kind != Kind.THRESHOLD && os == 1 && ys == 1 && (gs == 1 || gs == 0)) {
                contiguous(kind, n, o, oOff, ga, gOff, gs, ya, yOff);
                return;
            }
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

    /**
     * relu's contiguous runs go to the elementwise provider: the generic loop, a switch and a
     * conversion to double per element, was 7% of an MLP training step.
     */
    private static void reluRun(int n, Object out, int oOff, Object g, int gOff, Object y, int yOff) {
        ElementwiseKernels kernels = Kernels.elementwise();
        if (out instanceof float[] o) {
            kernels.reluBackward(n, (float[]) g, gOff, (float[]) y, yOff, o, oOff);
        } else {
            kernels.reluBackward(n, (double[]) g, gOff, (double[]) y, yOff, (double[]) out, oOff);
        }
    }

    /**
     * tanh's and sigmoid's contiguous float runs, with g contiguous ({@code gs} 1) or one value
     * ({@code gs} 0, the gradient of a sum): a loop per function with nothing but its arithmetic
     * inside, which C2 vectorises, instead of the general loop's per-element switch.
     */
    private static void contiguous(Kind kind, int n, float[] out, int oOff, float[] g, int gOff, int gs, float[] y,
                                   int yOff) {
        switch (kind) {
            case TANH:
                for (int i = 0; i < n; i++) {
                    double yi = y[yOff + i];
                    out[oOff + i] = (float) (g[gOff + i * gs] * (1 - yi * yi));
                }
                break;
            default: // SIGMOID
                for (int i = 0; i < n; i++) {
                    double yi = y[yOff + i];
                    out[oOff + i] = (float) (g[gOff + i * gs] * (yi * (1 - yi)));
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
