package org.autograd4j.kernels;

/**
 * One-dimensional loops that the tensor layer calls on the innermost run of a (possibly strided,
 * possibly broadcast) iteration. A stride of 0 means "the same element every time" (a broadcast
 * scalar), 1 means contiguous; providers keep fast paths for those and a plain loop for the rest.
 *
 * <p>Two providers implement this: a scalar one that is always available and a SIMD one built on
 * {@code jdk.incubator.vector}; {@link Kernels#elementwise()} picks one once at start-up.
 */
public interface ElementwiseKernels {

    /** {@code out[i] = op(a[i], b[i])} for {@code i < n}, each array addressed by offset + i * stride. */
    void binary(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                float[] out, int outOff, int outStride);

    /** The float64 twin of {@link #binary(BinaryOp, int, float[], int, int, float[], int, int, float[], int, int)}. */
    void binary(BinaryOp op, int n, double[] a, int aOff, int aStride, double[] b, int bOff, int bStride,
                double[] out, int outOff, int outStride);

    /** {@code out[i] = op(x[i])}. */
    void unary(UnaryOp op, int n, float[] x, int xOff, int xStride, float[] out, int outOff, int outStride);

    void unary(UnaryOp op, int n, double[] x, int xOff, int xStride, double[] out, int outOff, int outStride);

    /**
     * {@code out[outOff + i] = exp(x[xOff + i] - shift)} over contiguous runs: softmax's exponentials
     * of a row shifted by its maximum. A provider may fuse the two; in and out may be the same run.
     */
    default void expShifted(int n, float[] x, int xOff, float shift, float[] out, int outOff) {
        binary(BinaryOp.SUB, n, x, xOff, 1, new float[] {shift}, 0, 0, out, outOff, 1);
        unary(UnaryOp.EXP, n, out, outOff, 1, out, outOff, 1);
    }

    /**
     * softmax (or, when {@code log}, log_softmax) of each of {@code rows} contiguous rows of {@code n}
     * floats, {@code x[xOff + r n, xOff + (r + 1) n)}, into the same place of {@code y}: shifted by
     * the row's maximum (by 0 where that is infinite), exponentiated, divided by the sum.
     */
    void softmaxRows(int rows, int n, float[] x, int xOff, float[] y, int yOff, boolean log);

    /**
     * The gradients of {@link #softmaxRows} for each of {@code rows} contiguous rows of {@code n}:
     * {@code out = y (g - sum(g y))}, or {@code out = g - e^y sum(g)} when {@code log}, y being the
     * forward's output; out may be g's run.
     */
    void softmaxBackwardRows(int rows, int n, float[] g, int gOff, float[] y, int yOff, float[] out, int outOff,
                             boolean log);

    /** Sum of {@code n} elements, accumulated in double precision. */
    double sum(int n, float[] x, int off, int stride);

    double sum(int n, double[] x, int off, int stride);

    /**
     * relu's backward ({@code threshold_backward} at 0) on contiguous runs: {@code out[i] = y[i] <= 0
     * ? 0 : g[i]}, y being relu's output; a NaN y passes g, as in PyTorch.
     */
    void reluBackward(int n, float[] g, int gOff, float[] y, int yOff, float[] out, int outOff);

    void reluBackward(int n, double[] g, int gOff, double[] y, int yOff, double[] out, int outOff);

    /** A short name for logs and benchmark records, e.g. "scalar" or "simd-512". */
    String name();
}
