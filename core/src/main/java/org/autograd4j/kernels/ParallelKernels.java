package org.autograd4j.kernels;

/**
 * Runs long elementwise runs of another provider on several threads ({@link Parallel}).
 *
 * <p>Parts are disjoint output ranges, so maps are unchanged by threading. Sums are cut into
 * fixed-size chunks whose partial sums are added in order, so the total depends only on the data,
 * never on the thread count.
 *
 * <p>The float and double methods stay twins of a few lines each: the interface is typed per array
 * type so that no element is boxed, and each twin only forwards to the serial provider.
 */
final class ParallelKernels implements ElementwiseKernels {
    /** Shorter runs are not worth waking another thread for. */
    static final int MIN_PARALLEL = 1 << 15;
    /** Chunk size for sums, fixed so the summation order does not depend on the thread count. */
    static final int SUM_CHUNK = 1 << 14;

    private final ElementwiseKernels serial;

    ParallelKernels(ElementwiseKernels serial) {
        this.serial = serial;
    }

    @Override
    public void binary(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                       float[] out, int outOff, int outStride) {
        if (n < MIN_PARALLEL) {
            serial.binary(op, n, a, aOff, aStride, b, bOff, bStride, out, outOff, outStride);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2, (from, to) -> serial.binary(op, to - from,
                a, aOff + from * aStride, aStride, b, bOff + from * bStride, bStride,
                out, outOff + from * outStride, outStride));
    }

    @Override
    public void binary(BinaryOp op, int n, double[] a, int aOff, int aStride, double[] b, int bOff, int bStride,
                       double[] out, int outOff, int outStride) {
        if (n < MIN_PARALLEL) {
            serial.binary(op, n, a, aOff, aStride, b, bOff, bStride, out, outOff, outStride);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2, (from, to) -> serial.binary(op, to - from,
                a, aOff + from * aStride, aStride, b, bOff + from * bStride, bStride,
                out, outOff + from * outStride, outStride));
    }

    @Override
    public void unary(UnaryOp op, int n, float[] x, int xOff, int xStride, float[] out, int outOff, int outStride) {
        if (n < MIN_PARALLEL) {
            serial.unary(op, n, x, xOff, xStride, out, outOff, outStride);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2, (from, to) -> serial.unary(op, to - from,
                x, xOff + from * xStride, xStride, out, outOff + from * outStride, outStride));
    }

    @Override
    public void unary(UnaryOp op, int n, double[] x, int xOff, int xStride, double[] out, int outOff,
                      int outStride) {
        if (n < MIN_PARALLEL) {
            serial.unary(op, n, x, xOff, xStride, out, outOff, outStride);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2, (from, to) -> serial.unary(op, to - from,
                x, xOff + from * xStride, xStride, out, outOff + from * outStride, outStride));
    }

    @Override
    public void expShifted(int n, float[] x, int xOff, float shift, float[] out, int outOff) {
        if (n < MIN_PARALLEL) {
            serial.expShifted(n, x, xOff, shift, out, outOff);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2,
                (from, to) -> serial.expShifted(to - from, x, xOff + from, shift, out, outOff + from));
    }

    @Override
    public double sum(int n, float[] x, int off, int stride) {
        if (n <= SUM_CHUNK) {
            return serial.sum(n, x, off, stride);
        }
        return sumInChunks(n, (start, length) -> serial.sum(length, x, off + start * stride, stride));
    }

    @Override
    public double sum(int n, double[] x, int off, int stride) {
        if (n <= SUM_CHUNK) {
            return serial.sum(n, x, off, stride);
        }
        return sumInChunks(n, (start, length) -> serial.sum(length, x, off + start * stride, stride));
    }

    /** The sum of elements [start, start + length) of one operand. */
    @FunctionalInterface
    private interface ChunkSum {
        double sum(int start, int length);
    }

    /** Sums fixed chunks of {@link #SUM_CHUNK} on the threads, then adds the partial sums in order. */
    private static double sumInChunks(int n, ChunkSum chunkSum) {
        double[] partial = new double[(n + SUM_CHUNK - 1) / SUM_CHUNK];
        Parallel.forRange(0, partial.length, MIN_PARALLEL / SUM_CHUNK, (from, to) -> {
            for (int chunk = from; chunk < to; chunk++) {
                int start = chunk * SUM_CHUNK;
                partial[chunk] = chunkSum.sum(start, Math.min(SUM_CHUNK, n - start));
            }
        });
        return addInOrder(partial);
    }

    /** Loss loops run on the calling thread: one element per target, far below {@link #MIN_PARALLEL}. */
    @Override
    public double nllLoss(int n, float[] x, int xOff, int[] index, double[] weight, float[] out) {
        return serial.nllLoss(n, x, xOff, index, weight, out);
    }

    @Override
    public double nllLoss(int n, double[] x, int xOff, int[] index, double[] weight, double[] out) {
        return serial.nllLoss(n, x, xOff, index, weight, out);
    }

    @Override
    public void nllLossBackward(int n, float[] g, int gOff, int gStride, int[] index, double[] weight, double scale,
                                float[] gx) {
        serial.nllLossBackward(n, g, gOff, gStride, index, weight, scale, gx);
    }

    @Override
    public void nllLossBackward(int n, double[] g, int gOff, int gStride, int[] index, double[] weight,
                                double scale, double[] gx) {
        serial.nllLossBackward(n, g, gOff, gStride, index, weight, scale, gx);
    }

    private static double addInOrder(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    @Override
    public String name() {
        return serial.name();
    }
}
