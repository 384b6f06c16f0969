package org.autograd4j.kernels;

/**
 * Rectangular windows of an [h, w] plane, one per position of an [oh, ow] output plane, each
 * averaged with its own divisor (average and adaptive average pooling). Averaging and its adjoint,
 * spreading each output value over its window, run on {@code float[]} or {@code double[]} planes,
 * summing in double.
 */
public final class AveragePoolWindows {
    private final int h, w, oh, ow;
    private final int[] hs, he, ws, we;
    private final double[] divisor;

    /** Windows for [oh, ow] outputs; the caller has checked that oh * ow fits an array. */
    public AveragePoolWindows(int h, int w, int oh, int ow) {
        this.h = h;
        this.w = w;
        this.oh = oh;
        this.ow = ow;
        int n = oh * ow;
        hs = new int[n];
        he = new int[n];
        ws = new int[n];
        we = new int[n];
        divisor = new double[n];
    }

    /** Output position {@code o} averages rows [h0, h1) and columns [w0, w1), divided by {@code div}. */
    public void set(int o, int h0, int h1, int w0, int w1, double div) {
        hs[o] = h0;
        he[o] = h1;
        ws[o] = w0;
        we[o] = w1;
        divisor[o] = div;
    }

    public int inPlane() {
        return h * w;
    }

    public int outPlane() {
        return oh * ow;
    }

    /** y = the window averages of x, plane by plane (an empty window gives 0). */
    public void average(Object x, Object y) {
        int n = oh * ow;
        int length = java.lang.reflect.Array.getLength(y);
        for (int base = 0, o = 0; o < length; base += h * w) {
            for (int q = 0; q < n; q++, o++) {
                double v = 0;
                for (int i = hs[q]; i < he[q]; i++) {
                    int row = base + i * w;
                    v = ArrayRuns.sum(x, row + ws[q], row + we[q], v);
                }
                ArrayRuns.set(y, o, he[q] > hs[q] && we[q] > ws[q] ? v / divisor[q] : 0);
            }
        }
    }

    /** The adjoint of {@link #average}: each y / divisor added over its window of x. */
    public void spread(Object x, Object y) {
        int n = oh * ow;
        int length = java.lang.reflect.Array.getLength(y);
        for (int base = 0, o = 0; o < length; base += h * w) {
            for (int q = 0; q < n; q++, o++) {
                double v = ArrayRuns.get(y, o) / divisor[q];
                for (int i = hs[q]; i < he[q]; i++) {
                    int row = base + i * w;
                    ArrayRuns.add(x, row + ws[q], row + we[q], v);
                }
            }
        }
    }
}
