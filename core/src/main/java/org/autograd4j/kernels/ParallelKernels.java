package org.autograd4j.kernels;

/**
 * Runs long elementwise runs of another provider on several threads ({@link Parallel}).
 *
 * <p>Parts are disjoint output ranges, so maps are unchanged by threading. Sums are cut into
 * fixed-size chunks whose partial sums are added in order, so the total depends only on the data,
 * never on the thread count.
 *
 * <p>Each operation is one generic method for both array types; the typed entry points pass it
 * the serial provider's typed method as a method reference, made once, so a short run allocates
 * nothing and the call site sees two receivers, which C2 inlines.
 */
final class ParallelKernels implements ElementwiseKernels {
    /** Shorter runs are not worth waking another thread for. */
    static final int MIN_PARALLEL = 1 << 15;
    /** Chunk size for sums, fixed so the summation order does not depend on the thread count. */
    static final int SUM_CHUNK = 1 << 14;

    /** The serial provider's binary operation on one array type. */
    @FunctionalInterface
    private interface BinaryRun<T> {
        void run(BinaryOp op, int n, T a, int aOff, int aStride, T b, int bOff, int bStride, T out, int outOff,
                 int outStride);
    }

    /** The serial provider's unary operation on one array type. */
    @FunctionalInterface
    private interface UnaryRun<T> {
        void run(UnaryOp op, int n, T x, int xOff, int xStride, T out, int outOff, int outStride);
    }

    /** The serial provider's sum on one array type. */
    @FunctionalInterface
    private interface SumRun<T> {
        double sum(int n, T x, int off, int stride);
    }

    /** The serial provider's softmax rows (float32 only). */
    @FunctionalInterface
    private interface SoftmaxRowsRun {
        void run(int rows, int n, float[] x, int xOff, float[] y, int yOff, boolean log);
    }

    /** The serial provider's softmax backward rows (float32 only). */
    @FunctionalInterface
    private interface SoftmaxBackwardRowsRun {
        void run(int rows, int n, float[] g, int gOff, float[] y, int yOff, float[] out, int outOff, boolean log);
    }

    /** The serial provider's relu backward on one array type. */
    @FunctionalInterface
    private interface ReluBackwardRun<T> {
        void run(int n, T g, int gOff, T y, int yOff, T out, int outOff);
    }

    /** The serial provider's shifted exp (float32 only). */
    @FunctionalInterface
    private interface ExpShiftedRun {
        void run(int n, float[] x, int xOff, float shift, float[] out, int outOff);
    }

    private final String name;
    private final BinaryRun<float[]> floatBinary;
    private final BinaryRun<double[]> doubleBinary;
    private final UnaryRun<float[]> floatUnary;
    private final UnaryRun<double[]> doubleUnary;
    private final SumRun<float[]> floatSum;
    private final SumRun<double[]> doubleSum;
    private final ReluBackwardRun<float[]> floatReluBackward;
    private final ReluBackwardRun<double[]> doubleReluBackward;
    private final ExpShiftedRun expShifted;
    private final SoftmaxRowsRun softmaxRows;
    private final SoftmaxBackwardRowsRun softmaxBackwardRows;

    ParallelKernels(ElementwiseKernels serial) {
        this.name = serial.name();
        this.floatBinary = serial::binary;
        this.doubleBinary = serial::binary;
        this.floatUnary = serial::unary;
        this.doubleUnary = serial::unary;
        this.floatSum = serial::sum;
        this.doubleSum = serial::sum;
        this.floatReluBackward = serial::reluBackward;
        this.doubleReluBackward = serial::reluBackward;
        this.expShifted = serial::expShifted;
        this.softmaxRows = serial::softmaxRows;
        this.softmaxBackwardRows = serial::softmaxBackwardRows;
    }

    @Override
    public void binary(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                       float[] out, int outOff, int outStride) {
        binary(floatBinary, op, n, a, aOff, aStride, b, bOff, bStride, out, outOff, outStride);
    }

    @Override
    public void binary(BinaryOp op, int n, double[] a, int aOff, int aStride, double[] b, int bOff, int bStride,
                       double[] out, int outOff, int outStride) {
        binary(doubleBinary, op, n, a, aOff, aStride, b, bOff, bStride, out, outOff, outStride);
    }

    private static <T> void binary(BinaryRun<T> serial, BinaryOp op, int n, T a, int aOff, int aStride, T b, int bOff,
                                   int bStride, T out, int outOff, int outStride) {
        if (n < MIN_PARALLEL) {
            serial.run(op, n, a, aOff, aStride, b, bOff, bStride, out, outOff, outStride);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2, (from, to) -> serial.run(op, to - from,
                a, aOff + from * aStride, aStride, b, bOff + from * bStride, bStride,
                out, outOff + from * outStride, outStride));
    }

    @Override
    public void unary(UnaryOp op, int n, float[] x, int xOff, int xStride, float[] out, int outOff, int outStride) {
        unary(floatUnary, op, n, x, xOff, xStride, out, outOff, outStride);
    }

    @Override
    public void unary(UnaryOp op, int n, double[] x, int xOff, int xStride, double[] out, int outOff,
                      int outStride) {
        unary(doubleUnary, op, n, x, xOff, xStride, out, outOff, outStride);
    }

    private static <T> void unary(UnaryRun<T> serial, UnaryOp op, int n, T x, int xOff, int xStride, T out,
                                  int outOff, int outStride) {
        if (n < MIN_PARALLEL) {
            serial.run(op, n, x, xOff, xStride, out, outOff, outStride);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2, (from, to) -> serial.run(op, to - from,
                x, xOff + from * xStride, xStride, out, outOff + from * outStride, outStride));
    }

    @Override
    public void expShifted(int n, float[] x, int xOff, float shift, float[] out, int outOff) {
        if (n < MIN_PARALLEL) {
            expShifted.run(n, x, xOff, shift, out, outOff);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2,
                (from, to) -> expShifted.run(to - from, x, xOff + from, shift, out, outOff + from));
    }

    /** Whole rows to each thread, so each row's sum is the serial provider's, whatever the thread count. */
    @Override
    public void softmaxRows(int rows, int n, float[] x, int xOff, float[] y, int yOff, boolean log) {
        if ((long) rows * n < MIN_PARALLEL) {
            softmaxRows.run(rows, n, x, xOff, y, yOff, log);
            return;
        }
        Parallel.forRange(0, rows, rowsPerPart(n),
                (from, to) -> softmaxRows.run(to - from, n, x, xOff + from * n, y, yOff + from * n, log));
    }

    @Override
    public void softmaxBackwardRows(int rows, int n, float[] g, int gOff, float[] y, int yOff, float[] out,
                                    int outOff, boolean log) {
        if ((long) rows * n < MIN_PARALLEL) {
            softmaxBackwardRows.run(rows, n, g, gOff, y, yOff, out, outOff, log);
            return;
        }
        Parallel.forRange(0, rows, rowsPerPart(n), (from, to) -> softmaxBackwardRows.run(to - from, n,
                g, gOff + from * n, y, yOff + from * n, out, outOff + from * n, log));
    }

    /** Rows per part of a parallel row loop: about half of {@link #MIN_PARALLEL} elements. */
    private static int rowsPerPart(int n) {
        return Math.max(1, MIN_PARALLEL / 2 / n);
    }

    @Override
    public double sum(int n, float[] x, int off, int stride) {
        return sum(floatSum, n, x, off, stride);
    }

    @Override
    public double sum(int n, double[] x, int off, int stride) {
        return sum(doubleSum, n, x, off, stride);
    }

    private static <T> double sum(SumRun<T> serial, int n, T x, int off, int stride) {
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

    @Override
    public void reluBackward(int n, float[] g, int gOff, float[] y, int yOff, float[] out, int outOff) {
        reluBackward(floatReluBackward, n, g, gOff, y, yOff, out, outOff);
    }

    @Override
    public void reluBackward(int n, double[] g, int gOff, double[] y, int yOff, double[] out, int outOff) {
        reluBackward(doubleReluBackward, n, g, gOff, y, yOff, out, outOff);
    }

    private static <T> void reluBackward(ReluBackwardRun<T> serial, int n, T g, int gOff, T y, int yOff, T out,
                                         int outOff) {
        if (n < MIN_PARALLEL) {
            serial.run(n, g, gOff, y, yOff, out, outOff);
            return;
        }
        Parallel.forRange(0, n, MIN_PARALLEL / 2, (from, to) -> serial.run(to - from, g, gOff + from, y, yOff + from,
                out, outOff + from));
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
        return name;
    }
}
