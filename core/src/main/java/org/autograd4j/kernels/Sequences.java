package org.autograd4j.kernels;

/** The values of arange, linspace and repeat_interleave's index, as PyTorch computes them. */
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

    /** The sum of non-negative {@code counts}, saturating at {@code Long.MAX_VALUE} (past any array either way). */
    public static long saturatingTotal(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total = total > Long.MAX_VALUE - c ? Long.MAX_VALUE : total + c;
        }
        return total;
    }

    /** Each index i repeated {@code counts[i]} times, in order; {@code length} is the counts' total. */
    public static long[] repeatedIndices(long[] counts, int length) {
        long[] index = new long[length];
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            java.util.Arrays.fill(index, at, at + (int) counts[i], i);
            at += (int) counts[i];
        }
        return index;
    }
}
