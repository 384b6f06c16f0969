package org.autograd4j.kernels;

/**
 * {@code grid_sampler_2d} on row-major double arrays, as PyTorch 1.13's CPU kernel computes it: an
 * input [N, C, H, W] read at the normalised (x, y) positions of a grid [N, OH, OW, 2], by bilinear,
 * nearest or bicubic interpolation, with zeros, border or reflection padding; and its backward,
 * the gradients of the input and of the grid.
 */
public final class GridSampler2d {
    /** Interpolation modes, in PyTorch's enum order. */
    public static final int BILINEAR = 0;
    public static final int NEAREST = 1;
    public static final int BICUBIC = 2;
    /** Padding modes, in PyTorch's enum order. */
    public static final int ZEROS = 0;
    public static final int BORDER = 1;
    public static final int REFLECTION = 2;
    private static final double CUBIC_A = -0.75;

    private final int n;
    private final int c;
    private final int h;
    private final int w;
    private final int oh;
    private final int ow;
    private final int mode;
    private final int padding;
    private final boolean alignCorners;

    public GridSampler2d(int[] inputShape, int oh, int ow, int mode, int padding, boolean alignCorners) {
        this.n = inputShape[0];
        this.c = inputShape[1];
        this.h = inputShape[2];
        this.w = inputShape[3];
        this.oh = oh;
        this.ow = ow;
        this.mode = mode;
        this.padding = padding;
        this.alignCorners = alignCorners;
    }

    /** The output [N, C, OH, OW]. */
    public double[] forward(double[] input, double[] grid) {
        double[] out = new double[n * c * oh * ow];
        run(input, grid, null, out, null, null);
        return out;
    }

    /** {gradient of the input, gradient of the grid} given the output's gradient. */
    public double[][] backward(double[] input, double[] grid, double[] gradOut) {
        double[] gradIn = new double[input.length];
        double[] gradGrid = new double[grid.length];
        run(input, grid, gradOut, null, gradIn, gradGrid);
        return new double[][] {gradIn, gradGrid};
    }

    /** One pass over every output position: forward when {@code out} is given, else backward. */
    private void run(double[] input, double[] grid, double[] gradOut, double[] out, double[] gradIn,
                     double[] gradGrid) {
        for (int b = 0; b < n; b++) {
            for (int p = 0; p < oh * ow; p++) {
                int g = (b * oh * ow + p) * 2;
                Axis x = new Axis(grid[g], w);
                Axis y = new Axis(grid[g + 1], h);
                double gx = 0;
                double gy = 0;
                for (int ch = 0; ch < c; ch++) {
                    int plane = (b * c + ch) * h * w;
                    int o = (b * c + ch) * oh * ow + p;
                    if (out != null) {
                        out[o] = sample(input, plane, x, y);
                    } else {
                        spread(gradIn, plane, x, y, gradOut[o]);
                        gx += gradOut[o] * slope(input, plane, x, y, true);
                        gy += gradOut[o] * slope(input, plane, x, y, false);
                    }
                }
                if (gradGrid != null) {
                    gradGrid[g] = gx * x.scale;
                    gradGrid[g + 1] = gy * y.scale;
                }
            }
        }
    }

    /** One coordinate: its source position in pixels and d(source)/d(grid value). */
    private final class Axis {
        final int size;
        final double source;
        final double scale;

        Axis(double coordinate, int size) {
            this.size = size;
            double unnormalized = alignCorners ? (coordinate + 1) / 2 * (size - 1) : ((coordinate + 1) * size - 1) / 2;
            double slope = alignCorners ? (size - 1) / 2.0 : size / 2.0;
            if (mode == BICUBIC) { // bicubic pads each tap's integer position instead
                source = unnormalized;
                scale = slope;
                return;
            }
            double[] d = {1};
            double s = unnormalized;
            if (padding == BORDER) {
                s = clip(s, d);
            } else if (padding == REFLECTION) {
                s = alignCorners ? reflect(s, 0, 2 * (size - 1), d) : reflect(s, -1, 2 * size - 1, d);
                s = clip(s, d);
            }
            source = safeIndex(s);
            scale = slope * d[0];
        }

        private double clip(double s, double[] d) {
            if (s <= 0) {
                d[0] = 0;
                return 0;
            }
            if (s >= size - 1) {
                d[0] = 0;
                return size - 1;
            }
            return s;
        }
    }

    /** PyTorch's reflect_coordinates (with its gradient factor multiplied into {@code d[0]}). */
    private static double reflect(double in, int twiceLow, int twiceHigh, double[] d) {
        if (twiceLow == twiceHigh) {
            d[0] = 0;
            return 0;
        }
        double min = twiceLow / 2.0;
        double span = (twiceHigh - twiceLow) / 2.0;
        double v = in - min;
        double sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        double extra = v % span;
        int flips = (int) Math.floor(v / span);
        d[0] *= flips % 2 == 0 ? sign : -sign;
        return flips % 2 == 0 ? extra + min : span - extra + min;
    }

    /** NaN and positions far outside become -100, as PyTorch's safe_downgrade_to_int_range. */
    private static double safeIndex(double s) {
        return !Double.isFinite(s) || Math.abs(s) > Integer.MAX_VALUE - 1 ? -100 : s;
    }

    private double sample(double[] in, int plane, Axis x, Axis y) {
        double v = 0;
        Taps tx = taps(x);
        Taps ty = taps(y);
        for (int j = 0; j < ty.count; j++) {
            for (int i = 0; i < tx.count; i++) {
                v += tx.weight[i] * ty.weight[j] * value(in, plane, tx.index[i], ty.index[j]);
            }
        }
        return v;
    }

    private void spread(double[] gradIn, int plane, Axis x, Axis y, double g) {
        Taps tx = taps(x);
        Taps ty = taps(y);
        for (int j = 0; j < ty.count; j++) {
            for (int i = 0; i < tx.count; i++) {
                int at = position(tx.index[i], ty.index[j]);
                if (at >= 0) {
                    gradIn[plane + at] += tx.weight[i] * ty.weight[j] * g;
                }
            }
        }
    }

    /** d(sample)/d(source x) (or y): the taps' weight derivatives along that axis; zero for nearest. */
    private double slope(double[] in, int plane, Axis x, Axis y, boolean alongX) {
        if (mode == NEAREST) {
            return 0;
        }
        Taps tx = taps(x);
        Taps ty = taps(y);
        double[] dx = alongX ? tx.slope : tx.weight;
        double[] dy = alongX ? ty.weight : ty.slope;
        double v = 0;
        for (int j = 0; j < ty.count; j++) {
            for (int i = 0; i < tx.count; i++) {
                v += dx[i] * dy[j] * value(in, plane, tx.index[i], ty.index[j]);
            }
        }
        return v;
    }

    /** The positions read along one axis, their weights and the weights' derivatives by the source position. */
    private static final class Taps {
        final int count;
        final int[] index;
        final double[] weight;
        final double[] slope;

        Taps(int count) {
            this.count = count;
            index = new int[count];
            weight = new double[count];
            slope = new double[count];
        }
    }

    private Taps taps(Axis a) {
        double s = a.source;
        if (mode == NEAREST) {
            Taps t = new Taps(1);
            t.index[0] = (int) Math.rint(s); // nearbyint: halves to even
            t.weight[0] = 1;
            return t;
        }
        int i0 = (int) Math.floor(s);
        double f = s - i0;
        if (mode == BILINEAR) {
            Taps t = new Taps(2);
            t.index[0] = i0;
            t.index[1] = i0 + 1;
            t.weight[0] = 1 - f;
            t.weight[1] = f;
            t.slope[0] = -1;
            t.slope[1] = 1;
            return t;
        }
        Taps t = new Taps(4);
        double[] x = {f + 1, f, 1 - f, 2 - f};
        for (int k = 0; k < 4; k++) {
            t.index[k] = padded(i0 - 1 + k, a.size);
        }
        t.weight[0] = outer(x[0]);
        t.weight[1] = inner(x[1]);
        t.weight[2] = inner(x[2]);
        t.weight[3] = outer(x[3]);
        // d/ds of each weight: the kernel's derivative at the tap's distance, signed by the side
        t.slope[0] = outerSlope(x[0]);
        t.slope[1] = innerSlope(x[1]);
        t.slope[2] = -innerSlope(x[2]);
        t.slope[3] = -outerSlope(x[3]);
        return t;
    }

    private static double inner(double x) {
        return ((CUBIC_A + 2) * x - (CUBIC_A + 3)) * x * x + 1;
    }

    private static double outer(double x) {
        return ((CUBIC_A * x - 5 * CUBIC_A) * x + 8 * CUBIC_A) * x - 4 * CUBIC_A;
    }

    private static double innerSlope(double x) {
        return (3 * (CUBIC_A + 2) * x - 2 * (CUBIC_A + 3)) * x;
    }

    private static double outerSlope(double x) {
        return (3 * CUBIC_A * x - 10 * CUBIC_A) * x + 8 * CUBIC_A;
    }

    /** A bicubic tap's integer position after padding (PyTorch's compute_coordinates). */
    private int padded(int i, int size) {
        if (padding == BORDER) {
            return Math.max(0, Math.min(size - 1, i));
        }
        if (padding == REFLECTION) {
            double[] ignored = {1};
            double r = alignCorners ? reflect(i, 0, 2 * (size - 1), ignored) : reflect(i, -1, 2 * size - 1, ignored);
            return (int) Math.max(0, Math.min(size - 1, r));
        }
        return i;
    }

    /** The flat in-plane position of (x, y), or -1 outside the image (reads as zero). */
    private int position(int x, int y) {
        return x >= 0 && x < w && y >= 0 && y < h ? y * w + x : -1;
    }

    private double value(double[] in, int plane, int x, int y) {
        int at = position(x, y);
        return at < 0 ? 0 : in[plane + at];
    }
}
