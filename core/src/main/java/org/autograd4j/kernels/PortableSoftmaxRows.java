package org.autograd4j.kernels;

/**
 * softmax and log_softmax of contiguous float rows for the scalar provider, in plain Java shaped
 * for C2: per row, the maximum, one exp pass that writes the exponentials straight into the output
 * and sums them, then the output scaled in place by 1 / sum (or, for log_softmax, rewritten as
 * {@code (x - max) - log(sum)}).
 *
 * <p>Each block of up to {@link #BLOCK} floats is copied once into per-thread arrays indexed from
 * zero (the shape C2 vectorises, see {@link PortableMath}); a row of at most one block (softmax over
 * logits, attention rows of 1024) is copied once for all its passes. The maximum folds the block in
 * halves with {@link Math#max}, vectorised; exp is {@link PortableMath#expNonPositiveParts}
 * (vectorised) then {@link PortableMath#scaleAndSum} (a scalar pass applying 2^k from k's bits and
 * writing the output, then a pass adding the output row in eight double accumulators,
 * {@link ScalarKernels#sumContiguous}); the final scaling is one vectorised pass over the output row,
 * in cache. No allocation, no lambda.
 *
 * <p>The fast exp needs a finite maximum and every {@code e^(x - max)} at least 2^-126: rows with a
 * NaN or an infinite maximum, and blocks holding an element more than 87 below the maximum (-inf
 * masks included), take {@link PortableMath#expShifted} and a double sum instead, at the speed of
 * the previous kernel, so every result is as accurate as before (exp within 1 ulp, subnormals
 * included).
 *
 * <p>Measured on a 2-core Zen 3 (AVX2) loaded by other builds (load average 10-15), no JVM flags,
 * JDK 17 / 25. In-process, CPU ns per element, one thread, the previous kernel ({@link SoftmaxRows}
 * with this provider's exp) and this one interleaved in one JVM, medians of 12 rounds: softmax of
 * 4096 rows of 1024 3.47 to 2.67 / 3.51 to 3.56 (a second run: 3.83 to 3.01 / 3.96 to 3.65),
 * log_softmax 3.92 to 3.13 / 4.69 to 3.54, 64 rows in cache 2.93 to 2.48 / 2.73 to 2.34. In the
 * bench runner ({@code elementwise --op softmax --size 4194304 --threads 2}, CPU ms per call, six
 * interleaved runs): 19.9 to 16.7 / 19.9 to 16.5, PyTorch 11.9 in the same minutes. The variants
 * tried on the way (writing the exponentials into scratch, a vectorised sum and a copy out; one
 * accumulator or an array of eight; 2^k split in two factors; blocks of 512; touching the next row
 * early) are in docs/BENCHMARKS.md, "Session 7: softmax rows".
 *
 * <p><b>Where the time goes</b> (session 8, same machine, load average 6-11; CPU ns per element, one
 * thread, 4096 rows of 1024; docs/BENCHMARKS.md, "Session 8: softmax rows", has the table): copying
 * the row into scratch 0.3-0.45, the maximum 0.3-0.5, exp's vectorised pass 0.6-0.7, its scalar 2^k
 * pass 0.75-1.2, the sum 0.35-0.45, the final scaling 0.03-0.55; the output's allocation (Java
 * zeroes it) another 0.45. PyTorch's whole op costs about 1.9 on one thread and 2.5 on two. Session 7
 * applied 2^k and summed in one loop unrolled by hand (1.3-1.7); two plain loops cost less, and the
 * kernel went from 3.6-4.5 to 3.3-4.0 on JDK 17 and 3.1-3.8 to 2.8-3.4 on JDK 25 (interleaved in one
 * JVM, load 9-10). What C2 cannot do is the rest: it vectorises no float/int bit move on JDK 17 or
 * 25 (JDK 25 vectorises {@code (int) f}, {@code (float) i} and the half-float conversions, none of
 * which builds 2^k in fewer operations than the scalar pass costs), so 2^k stays scalar, the
 * kernel's largest stage.
 */
final class PortableSoftmaxRows {
    /** Floats per block: the five scratch arrays (16 KiB) stay in L1. */
    static final int BLOCK = 1024;
    /** Folding stops at this many lanes, which are combined one by one. */
    private static final int FOLDED = 16;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private PortableSoftmaxRows() {
    }

    /**
     * Per-thread arrays: the block of the row, exp's two parts, and the maximum's lanes and the upper
     * half folded onto them.
     */
    private static final class Scratch {
        final float[] x = new float[BLOCK];
        final float[] mantissa = new float[BLOCK];
        final float[] exponent = new float[BLOCK];
        final float[] lanes = new float[BLOCK / 2];
        final float[] upper = new float[BLOCK / 2];
    }

    /** See {@link ElementwiseKernels#softmaxRows}. */
    static void forward(int rows, int n, float[] x, int xOff, float[] y, int yOff, boolean log) {
        Scratch s = SCRATCH.get();
        for (int r = 0; r < rows; r++) {
            row(n, x, xOff + r * n, y, yOff + r * n, log, s);
        }
    }

    private static void row(int n, float[] x, int xo, float[] y, int yo, boolean log, Scratch s) {
        if (n == 0) {
            return;
        }
        float max = max(n, x, xo, s);
        // the stability shift; an infinite maximum shifts by 0, so the infinities give nan as in PyTorch
        float shift = Float.isInfinite(max) ? 0f : max;
        double sum = Float.isFinite(max) ? expSum(n, x, xo, shift, log ? null : y, yo, s)
                : exactExpSum(n, x, xo, shift, y, yo);
        if (log) {
            logOutput(n, x, xo, shift, (float) Math.log(sum), y, yo, s);
        } else {
            ScalarKernels.scaleInPlace(n, y, yo, (float) (1 / sum));
        }
    }

    /** The row's maximum, NaN if any element is NaN; leaves the row's last block in {@code s.x}. */
    private static float max(int n, float[] x, int xo, Scratch s) {
        float max = Float.NEGATIVE_INFINITY;
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            System.arraycopy(x, xo + from, s.x, 0, len);
            max = Math.max(max, blockMax(len, s));
        }
        return max;
    }

    /** The maximum of {@code s.x[0, len)}: the upper half folded onto the lower, then in halves down to a few. */
    private static float blockMax(int len, Scratch s) {
        int half = len >>> 1;
        System.arraycopy(s.x, len - half, s.upper, 0, half);
        float[] lanes = s.lanes;
        float[] x = s.x;
        float[] upper = s.upper;
        for (int j = 0; j < half; j++) {
            lanes[j] = Math.max(x[j], upper[j]);
        }
        int left = half;
        // an odd block's middle element, folded onto nothing
        float max = len % 2 == 0 ? Float.NEGATIVE_INFINITY : x[half];
        while (left > FOLDED) {
            int quarter = left >>> 1;
            System.arraycopy(lanes, left - quarter, upper, 0, quarter);
            for (int j = 0; j < quarter; j++) {
                lanes[j] = Math.max(lanes[j], upper[j]);
            }
            left -= quarter;
        }
        for (int j = 0; j < left; j++) {
            max = Math.max(max, lanes[j]);
        }
        return max;
    }

    /**
     * {@code e^(x - shift)} of the row into {@code y}, or, when y is null (log_softmax needs only the
     * sum), into the scratch block, which stays in L1; returns their sum. The shift is the row's
     * finite maximum. A block holding an exponential below 2^-126 is computed again by
     * {@link #exactExpSum}.
     */
    private static double expSum(int n, float[] x, int xo, float shift, float[] y, int yo, Scratch s) {
        double sum = 0;
        for (int from = 0; from < n; from += BLOCK) {
            int len = loadBlock(n, x, xo, from, s);
            float[] out = y == null ? s.mantissa : y;
            int outOff = y == null ? 0 : yo + from;
            PortableMath.expNonPositiveParts(len, s.x, shift, s.mantissa, s.exponent);
            double blockSum = PortableMath.scaleAndSum(len, s.mantissa, s.exponent, out, outOff);
            sum += blockSum == PortableMath.BELOW_NORMAL ? exactExpSum(len, x, xo + from, shift, out, outOff) : blockSum;
        }
        return sum;
    }

    /** {@code e^(x - shift)} of a run into {@code y} by the general exp, and their sum in double. */
    private static double exactExpSum(int n, float[] x, int xo, float shift, float[] y, int yo) {
        PortableMath.expShifted(n, x, xo, shift, y, yo);
        return ScalarKernels.sumContiguous(n, y, yo);
    }

    /**
     * {@code y = (x - shift) - logSum}, as PyTorch: {@code x - (shift + logSum)} in float would lose
     * x's low bits when the shift is large.
     */
    private static void logOutput(int n, float[] x, int xo, float shift, float logSum, float[] y, int yo, Scratch s) {
        float[] block = s.x;
        float[] out = s.mantissa;
        for (int from = 0; from < n; from += BLOCK) {
            int len = loadBlock(n, x, xo, from, s);
            for (int j = 0; j < len; j++) {
                out[j] = (block[j] - shift) - logSum;
            }
            System.arraycopy(out, 0, y, yo + from, len);
        }
    }

    /**
     * Brings block {@code from} of the row into {@code s.x} and returns its length; a row of one
     * block is there already, left by {@link #max}.
     */
    private static int loadBlock(int n, float[] x, int xo, int from, Scratch s) {
        int len = Math.min(BLOCK, n - from);
        if (n > BLOCK) {
            System.arraycopy(x, xo + from, s.x, 0, len);
        }
        return len;
    }
}
