package org.autograd4j.kernels;

/** The values of arange and linspace, as PyTorch computes them. */
public final class Sequences {
    private Sequences() {
    }

    /** {@code start + i * step} for i in [0, n), in double. */
    public static double[] arithmetic(int n, double start, double step) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = start + i * step;
        }
        return out;
    }

    /** {@code start + i * step} for i in [0, n), exact in 64-bit integers (wrapping as int64 does). */
    public static long[] arithmetic(int n, long start, long step) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = start + i * step;
        }
        return out;
    }

    /**
     * {@code steps} evenly spaced values from {@code start} to {@code end}: like PyTorch, the first
     * half counted from the start and the second half from the end, so both ends are exact; a
     * single step is the start.
     */
    public static double[] linspace(int steps, double start, double end) {
        double[] out = new double[steps];
        double step = steps > 1 ? (end - start) / (steps - 1) : 0;
        int half = steps == 1 ? 1 : steps / 2;
        for (int i = 0; i < steps; i++) {
            out[i] = i < half ? start + step * i : end - step * (steps - 1 - i);
        }
        return out;
    }
}
