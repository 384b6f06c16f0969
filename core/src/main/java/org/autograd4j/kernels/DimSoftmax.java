package org.autograd4j.kernels;

/**
 * softmax and log_softmax, and their gradients, along any dimension of a contiguous float or double
 * array, in double one row at a time (see {@link DimRows}): the rows that the providers' float rows
 * along the last dimension ({@link ElementwiseKernels#softmaxRows}) do not take, i.e. float64 and
 * rows along an inner dimension. The shift is the row's maximum, 0 where that is infinite, NaN
 * where the row holds one, as PyTorch.
 */
public final class DimSoftmax {
    private DimSoftmax() {
    }

    /**
     * softmax (or log_softmax) of the {@code outer * inner} rows of {@code n} elements of
     * {@code x[xOff, ...)} (row r at {@code (r / inner) n inner + r % inner}, stride inner) into the
     * same places of {@code y[yOff, ...)}.
     */
    public static void forward(float[] x, int xOff, float[] y, int yOff, int outer, int n, int inner, boolean log) {
        forward(DimRows.of(x, xOff, outer, n, inner), DimRows.of(y, yOff, outer, n, inner), log);
    }

    public static void forward(double[] x, int xOff, double[] y, int yOff, int outer, int n, int inner, boolean log) {
        forward(DimRows.of(x, xOff, outer, n, inner), DimRows.of(y, yOff, outer, n, inner), log);
    }

    /**
     * The gradient of {@link #forward(float[], int, float[], int, int, int, int, boolean)} with output
     * y: {@code out = y (g - sum(g y))}, or {@code g - e^y sum(g)} when {@code log}, row by row.
     */
    public static void backward(float[] g, int gOff, float[] y, int yOff, float[] out, int outOff,
                                int outer, int n, int inner, boolean log) {
        backward(DimRows.of(g, gOff, outer, n, inner), DimRows.of(y, yOff, outer, n, inner),
                DimRows.of(out, outOff, outer, n, inner), log);
    }

    public static void backward(double[] g, int gOff, double[] y, int yOff, double[] out, int outOff,
                                int outer, int n, int inner, boolean log) {
        backward(DimRows.of(g, gOff, outer, n, inner), DimRows.of(y, yOff, outer, n, inner),
                DimRows.of(out, outOff, outer, n, inner), log);
    }

    private static void forward(DimRows src, DimRows dst, boolean log) {
        int n = src.n;
        double[] buf = new double[n];
        for (int r = 0; r < src.rows; r++) {
            src.load(r, buf);
            double max = rowShift(buf, n);
            if (log) {
                logSoftmaxRow(buf, n, max);
            } else {
                softmaxRow(buf, n, max);
            }
            dst.store(r, buf);
        }
    }

    private static void softmaxRow(double[] buf, int n, double shift) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(buf[i] - shift);
            buf[i] = e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            buf[i] /= sum;
        }
    }

    private static void logSoftmaxRow(double[] buf, int n, double shift) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(buf[i] - shift);
        }
        double logSum = Math.log(sum);
        for (int i = 0; i < n; i++) {
            buf[i] = (buf[i] - shift) - logSum;
        }
    }

    /** The stability shift: the row maximum (nan if any element is nan), or 0 when it is infinite. */
    private static double rowShift(double[] buf, int n) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double e = buf[i];
            if (e > best) {
                best = e;
            } else if (e != e) {
                return Double.NaN;
            }
        }
        return Double.isInfinite(best) ? 0 : best;
    }

    private static void backward(DimRows gr, DimRows yr, DimRows dst, boolean log) {
        int n = yr.n;
        double[] gb = new double[n];
        double[] yb = new double[n];
        for (int r = 0; r < yr.rows; r++) {
            gr.load(r, gb);
            yr.load(r, yb);
            if (log) {
                logSoftmaxBackwardRow(gb, yb, n);
            } else {
                softmaxBackwardRow(gb, yb, n);
            }
            dst.store(r, gb);
        }
    }

    /** {@code g = y (g - sum(g y))}. */
    private static void softmaxBackwardRow(double[] g, double[] y, int n) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += g[i] * y[i];
        }
        for (int i = 0; i < n; i++) {
            g[i] = y[i] * (g[i] - dot);
        }
    }

    /** {@code g = g - e^y sum(g)}. */
    private static void logSoftmaxBackwardRow(double[] g, double[] y, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += g[i];
        }
        for (int i = 0; i < n; i++) {
            g[i] -= Math.exp(y[i]) * sum;
        }
    }
}
