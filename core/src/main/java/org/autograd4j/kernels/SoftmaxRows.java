package org.autograd4j.kernels;

/**
 * softmax and log_softmax of contiguous float rows: per row, the maximum, the shifted exponentials
 * and their sum, then the scaled (or shifted) output, in three passes over a row that stays in the
 * cache.
 *
 * <p>The maximum and the sum are not scalar reductions (C2 vectorises neither a float reduction,
 * kept in order, nor {@link Math#max} over a running value): the row goes through in blocks of
 * {@link #BLOCK} floats copied into per-thread arrays indexed from zero, combined lane by lane into
 * the first block ({@code lanes[j] = max(lanes[j], block[j])}, or {@code +=}), the shape C2
 * vectorises (see {@link PortableMath}); the lanes are then folded in halves the same way down to a
 * few, which are combined in order. The exponentials are the provider's ({@link
 * ElementwiseKernels#expShifted}), written into the block arrays, so the sum reads them there; the
 * sum is a float pairwise sum of positive terms, as PyTorch's vectorised kernel (relative error
 * below {@code log2(BLOCK) + n / BLOCK} float ulps).
 *
 * <p>Since session 7 this forward serves the SIMD provider only (its final scaling takes the vector
 * loops); the scalar provider's is {@link PortableSoftmaxRows}, which writes the exponentials
 * straight into the output and sums them in the same scalar pass, 15-30% less CPU per element
 * (measurements there). The backward serves both.
 */
final class SoftmaxRows {
    /** Floats per block: the three block arrays (6 KiB) stay in L1. */
    static final int BLOCK = 512;
    /** Folding stops at this many lanes, which are combined one by one. */
    private static final int FOLDED = 16;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private SoftmaxRows() {
    }

    /** How lanes combine. */
    private enum Combine { MAX, ADD }

    /**
     * Per-thread arrays: the lanes (the first block), the block being combined, a second operand's
     * block (the backward's y), and a broadcast scalar.
     */
    private static final class Scratch {
        final float[] lanes = new float[BLOCK];
        final float[] block = new float[BLOCK];
        final float[] other = new float[BLOCK];
        final float[] scalar = new float[1];
    }

    /** See {@link ElementwiseKernels#softmaxRows}; {@code k} computes the exponentials, shifts and scales. */
    static void forward(ElementwiseKernels k, int rows, int n, float[] x, int xOff, float[] y, int yOff,
                        boolean log) {
        Scratch s = SCRATCH.get();
        for (int r = 0; r < rows; r++) {
            row(k, n, x, xOff + r * n, y, yOff + r * n, log, s);
        }
    }

    private static void row(ElementwiseKernels k, int n, float[] x, int xo, float[] y, int yo, boolean log,
                            Scratch s) {
        if (n == 0) {
            return;
        }
        float max = max(n, x, xo, s);
        // the stability shift; an infinite maximum shifts by 0, so the infinities give nan as in PyTorch
        float shift = Float.isInfinite(max) ? 0f : max;
        double sum = expSum(k, n, x, xo, shift, log ? null : y, yo, s);
        if (log) {
            // (x - shift) - log(sum), as PyTorch: x - (shift + log(sum)) in float would lose x's
            // low bits when the shift is large
            s.scalar[0] = shift;
            k.binary(BinaryOp.SUB, n, x, xo, 1, s.scalar, 0, 0, y, yo, 1);
            s.scalar[0] = (float) Math.log(sum);
            k.binary(BinaryOp.SUB, n, y, yo, 1, s.scalar, 0, 0, y, yo, 1);
        } else {
            s.scalar[0] = (float) (1 / sum);
            k.binary(BinaryOp.MUL, n, y, yo, 1, s.scalar, 0, 0, y, yo, 1);
        }
    }

    /**
     * See {@link ElementwiseKernels#softmaxBackwardRows}: per row the reduction ({@code sum(g y)}, or
     * {@code sum(g)} for log_softmax), then the gradient block by block in the scratch arrays.
     */
    static void backward(ElementwiseKernels k, int rows, int n, float[] g, int gOff, float[] y, int yOff,
                         float[] out, int outOff, boolean log) {
        Scratch s = SCRATCH.get();
        for (int r = 0; r < rows; r++) {
            int go = gOff + r * n;
            int yo = yOff + r * n;
            int oo = outOff + r * n;
            if (log) {
                logSoftmaxBackwardRow(k, n, g, go, y, yo, out, oo, s);
            } else {
                softmaxBackwardRow(n, g, go, y, yo, out, oo, s);
            }
        }
    }

    /** {@code out = y (g - sum(g y))}. */
    private static void softmaxBackwardRow(int n, float[] g, int go, float[] y, int yo, float[] out, int oo,
                                           Scratch s) {
        if (n == 0) {
            return;
        }
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            System.arraycopy(g, go + from, s.block, 0, len);
            System.arraycopy(y, yo + from, s.other, 0, len);
            multiplyInto(len, s.block, s.other, from == 0 ? s.lanes : s.block);
            if (from > 0) {
                combine(Combine.ADD, len, s.block, s.lanes);
            }
        }
        float dot = (float) fold(Combine.ADD, Math.min(n, BLOCK), s);
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            System.arraycopy(g, go + from, s.block, 0, len);
            System.arraycopy(y, yo + from, s.other, 0, len);
            for (int j = 0; j < len; j++) {
                s.block[j] = s.other[j] * (s.block[j] - dot);
            }
            System.arraycopy(s.block, 0, out, oo + from, len);
        }
    }

    /** {@code out = g - e^y sum(g)}. */
    private static void logSoftmaxBackwardRow(ElementwiseKernels k, int n, float[] g, int go, float[] y, int yo,
                                              float[] out, int oo, Scratch s) {
        float sum = (float) k.sum(n, g, go, 1);
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            k.expShifted(len, y, yo + from, 0f, s.other, 0);
            System.arraycopy(g, go + from, s.block, 0, len);
            for (int j = 0; j < len; j++) {
                s.block[j] -= s.other[j] * sum;
            }
            System.arraycopy(s.block, 0, out, oo + from, len);
        }
    }

    private static void multiplyInto(int len, float[] a, float[] b, float[] product) {
        for (int j = 0; j < len; j++) {
            product[j] = a[j] * b[j];
        }
    }

    /** The row's maximum, NaN if any element is NaN. */
    private static float max(int n, float[] x, int xo, Scratch s) {
        int first = Math.min(n, BLOCK);
        System.arraycopy(x, xo, s.lanes, 0, first);
        for (int from = first; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            System.arraycopy(x, xo + from, s.block, 0, len);
            combine(Combine.MAX, len, s.block, s.lanes);
        }
        return (float) fold(Combine.MAX, first, s);
    }

    /** {@code e^(x - shift)} of the row, into {@code y} unless it is null; returns their sum. */
    private static double expSum(ElementwiseKernels k, int n, float[] x, int xo, float shift, float[] y, int yo,
                                 Scratch s) {
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            float[] exps = from == 0 ? s.lanes : s.block;
            k.expShifted(len, x, xo + from, shift, exps, 0);
            if (y != null) {
                System.arraycopy(exps, 0, y, yo + from, len);
            }
            if (from > 0) {
                combine(Combine.ADD, len, s.block, s.lanes);
            }
        }
        return fold(Combine.ADD, Math.min(n, BLOCK), s);
    }

    /** Combines {@code s.lanes[0, len)} into one value: in halves while many, then in order (in double). */
    private static double fold(Combine op, int len, Scratch s) {
        int left = len;
        while (left > FOLDED) {
            int half = left >>> 1;
            System.arraycopy(s.lanes, left - half, s.block, 0, half);
            combine(op, half, s.block, s.lanes);
            left -= half;
        }
        double total = s.lanes[0];
        for (int j = 1; j < left; j++) {
            total = op == Combine.MAX ? Math.max(total, s.lanes[j]) : total + s.lanes[j];
        }
        return total;
    }

    /** {@code into[j] = op(into[j], from[j])} for {@code j < len}: both from zero, so C2 vectorises it. */
    private static void combine(Combine op, int len, float[] from, float[] into) {
        if (op == Combine.MAX) {
            for (int j = 0; j < len; j++) {
                into[j] = Math.max(into[j], from[j]);
            }
        } else {
            for (int j = 0; j < len; j++) {
                into[j] += from[j];
            }
        }
    }
}
