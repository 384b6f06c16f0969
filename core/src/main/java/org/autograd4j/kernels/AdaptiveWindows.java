package org.autograd4j.kernels;

/**
 * Adaptive pooling windows: output position {@code i} of {@code out} along an axis of {@code in}
 * positions covers {@code [floor(i * in / out), ceil((i + 1) * in / out))}, as PyTorch's.
 */
public final class AdaptiveWindows {
    private AdaptiveWindows() {
    }

    public static int start(int i, int in, int out) {
        return (int) Math.floorDiv((long) i * in, out);
    }

    public static int end(int i, int in, int out) {
        return (int) -Math.floorDiv(-(long) (i + 1) * in, out);
    }

    /** Averaging over each window: the {@link AxisTaps} of adaptive average pooling along one axis. */
    public static AxisTaps averages(int in, int out) {
        AxisTaps.Builder taps = new AxisTaps.Builder(in, out, in / Math.max(1, out) + 2);
        for (int i = 0; i < out; i++) {
            int s = start(i, in, out);
            int e = end(i, in, out);
            for (int j = s; j < e; j++) {
                taps.tap(j, 1.0 / (e - s));
            }
            taps.next();
        }
        return taps.build();
    }

    /**
     * The flat in-plane position (row * w + column) of the maximum of each window of each [h, w]
     * plane of {@code x}, planes after each other; a NaN wins, the last one of a window as in PyTorch.
     */
    public static int[] argmax(double[] x, int planes, int h, int w, int oh, int ow) {
        int[] arg = new int[planes * oh * ow];
        for (int p = 0, o = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++, o++) {
                    arg[o] = windowArgmax(x, base, w, start(i, h, oh), end(i, h, oh), start(j, w, ow), end(j, w, ow));
                }
            }
        }
        return arg;
    }

    private static int windowArgmax(double[] x, int base, int w, int r0, int r1, int c0, int c1) {
        int best = r0 * w + c0;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                double v = x[base + r * w + c];
                if (v > max || Double.isNaN(v)) {
                    max = v;
                    best = r * w + c;
                }
            }
        }
        return best;
    }
}
