package org.autograd4j.kernels;

import java.util.Arrays;

/**
 * {@code grid_sampler_2d} and {@code grid_sampler_3d} on row-major double arrays, as PyTorch 1.13's
 * CPU kernels compute them: an input [N, C, H, W] (or [N, C, D, H, W]) read at the normalised
 * (x, y[, z]) positions of a grid [N, OH, OW, 2] (or [N, OD, OH, OW, 3]), by bilinear (trilinear in
 * 3-D), nearest or (2-D only) bicubic interpolation, with zeros, border or reflection padding; and
 * its backward, the gradients of the input and of the grid. The interpolation is a product of one
 * set of taps per axis, so one loop serves both ranks.
 */
public final class GridSampler {
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
    /** The input's spatial sizes, outermost first ([H, W] or [D, H, W]). */
    private final int[] size;
    private final int planeSize;
    /** Output positions per sample. */
    private final int positions;
    private final int mode;
    private final int padding;
    private final boolean alignCorners;

    /** {@code inputShape} [N, C, spatial...]; {@code positions} the grid's output positions per sample. */
    public GridSampler(int[] inputShape, int positions, int mode, int padding, boolean alignCorners) {
        this.n = inputShape[0];
        this.c = inputShape[1];
        this.size = Arrays.copyOfRange(inputShape, 2, inputShape.length);
        this.planeSize = Arrays.stream(size).reduce(1, (a, b) -> a * b);
        this.positions = positions;
        this.mode = mode;
        this.padding = padding;
        this.alignCorners = alignCorners;
    }

    /** The output [N, C, positions...]. */
    public double[] forward(double[] input, double[] grid) {
        double[] out = new double[n * c * positions];
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

    /**
     * One pass over every output position: forward when {@code out} is given, else backward. Grid
     * coordinate k (x, y, z) indexes spatial axis {@code dims - 1 - k} (W, H, D).
     */
    private void run(double[] input, double[] grid, double[] gradOut, double[] out, double[] gradIn,
                     double[] gradGrid) {
        int dims = size.length;
        for (int b = 0; b < n; b++) {
            for (int p = 0; p < positions; p++) {
                int g = (b * positions + p) * dims;
                Axis[] axes = new Axis[dims];
                Taps[] taps = new Taps[dims];
                for (int k = 0; k < dims; k++) {
                    axes[k] = new Axis(grid[g + k], size[dims - 1 - k]);
                    taps[k] = taps(axes[k]);
                }
                double[] slopes = new double[dims];
                for (int ch = 0; ch < c; ch++) {
                    int plane = (b * c + ch) * planeSize;
                    int o = (b * c + ch) * positions + p;
                    if (out != null) {
                        out[o] = combine(input, plane, taps, -1, null, 0);
                        continue;
                    }
                    combine(null, plane, taps, -1, gradIn, gradOut[o]);
                    for (int k = 0; k < dims && mode != NEAREST; k++) {
                        slopes[k] += gradOut[o] * combine(input, plane, taps, k, null, 0);
                    }
                }
                for (int k = 0; gradGrid != null && k < dims; k++) {
                    gradGrid[g + k] = slopes[k] * axes[k].scale;
                }
            }
        }
    }

    /**
     * Walks every combination of one tap per axis, weighting each by the product of the taps' weights
     * (along axis {@code along}, the weights' derivatives instead): the weighted sum of {@code in}'s
     * values, or with {@code spread} non-null, {@code g} times each weight added into it instead.
     */
    private double combine(double[] in, int plane, Taps[] taps, int along, double[] spread, double g) {
        int dims = taps.length;
        int[] at = new int[dims];
        double sum = 0;
        while (true) {
            double weight = 1;
            int position = 0;
            boolean inside = true;
            for (int d = 0; d < dims; d++) {
                int k = dims - 1 - d;
                Taps t = taps[k];
                weight *= k == along ? t.slope[at[k]] : t.weight[at[k]];
                int i = t.index[at[k]];
                inside &= i >= 0 && i < size[d];
                position = position * size[d] + i;
            }
            if (inside && spread != null) {
                spread[plane + position] += weight * g;
            } else if (inside) {
                sum += weight * in[plane + position];
            }
            int k = 0;
            while (k < dims && ++at[k] == taps[k].count) {
                at[k++] = 0;
            }
            if (k == dims) {
                return sum;
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
            // PyTorch's 2-D kernel rounds with nearbyint (halves to even), its 3-D one with round (halves away from 0)
            t.index[0] = (int) (size.length == 2 ? Math.rint(s) : Math.signum(s) * Math.floor(Math.abs(s) + 0.5));
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
    private int padded(int i, int length) {
        if (padding == BORDER) {
            return Math.max(0, Math.min(length - 1, i));
        }
        if (padding == REFLECTION) {
            double[] ignored = {1};
            double r = alignCorners ? reflect(i, 0, 2 * (length - 1), ignored)
                    : reflect(i, -1, 2 * length - 1, ignored);
            return (int) Math.max(0, Math.min(length - 1, r));
        }
        return i;
    }
}
