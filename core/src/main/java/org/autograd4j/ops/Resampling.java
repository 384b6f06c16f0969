package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.AxisTaps;
import org.autograd4j.kernels.Resample;
import org.autograd4j.tensor.Shapes;

/**
 * Upsampling (nearest, nearest-exact, linear, bilinear, trilinear, bicubic) of the trailing 1-3
 * spatial dimensions of an [N, C, ...] tensor. Each mode is a linear map per spatial axis
 * ({@link AxisTaps}: which input positions, with which weights, make each output position), so one
 * separable kernel computes them all. The backward of each op is the adjoint map, recorded with the
 * forward map as its own backward, so gradients of every order are available.
 */
public final class Resampling {
    private Resampling() {
    }

    private static final String[] NEAREST = {"UpsampleNearest1DBackward1", "UpsampleNearest2DBackward1",
        "UpsampleNearest3DBackward1"};
    private static final String[] NEAREST_BACKWARD = {"UpsampleNearest1DBackwardBackward1",
        "UpsampleNearest2DBackwardBackward1", "UpsampleNearest3DBackwardBackward1"};
    private static final String[] NEAREST_EXACT = {"UpsampleNearestExact1DBackward1",
        "UpsampleNearestExact2DBackward1", "UpsampleNearestExact3DBackward1"};
    private static final String[] NEAREST_EXACT_BACKWARD = {"UpsampleNearestExact1DBackwardBackward1",
        "UpsampleNearestExact2DBackwardBackward1", "UpsampleNearestExact3DBackwardBackward1"};
    private static final String[] LINEAR = {"UpsampleLinear1DBackward1", "UpsampleBilinear2DBackward1",
        "UpsampleTrilinear3DBackward1"};
    private static final String[] LINEAR_BACKWARD = {"UpsampleLinear1DBackwardBackward1",
        "UpsampleBilinear2DBackwardBackward1", "UpsampleTrilinear3DBackwardBackward1"};
    /** The cubic convolution constant PyTorch (and OpenCV) use. */
    private static final double CUBIC_A = -0.75;

    /**
     * {@code upsample_nearest{1,2,3}d} ({@code exact}: {@code _upsample_nearest_exact*d}) to {@code outSize};
     * {@code scales}, when not null, are the scale factors the caller gave (they set the source positions).
     */
    public static Tensor upsampleNearest(Tensor x, int[] outSize, double[] scales, boolean exact) {
        int k = checkSpatial(x, outSize, "compute_indices_weights_nearest");
        AxisTaps[] axes = new AxisTaps[k];
        for (int a = 0; a < k; a++) {
            axes[a] = nearestTaps(x.size(2 + a), outSize[a], scale(scales, a), exact);
        }
        return exact ? separable(x, axes, NEAREST_EXACT[k - 1], NEAREST_EXACT_BACKWARD[k - 1])
                : separable(x, axes, NEAREST[k - 1], NEAREST_BACKWARD[k - 1]);
    }

    /** {@code upsample_linear1d}, {@code upsample_bilinear2d} or {@code upsample_trilinear3d}, by x's rank. */
    public static Tensor upsampleLinear(Tensor x, int[] outSize, boolean alignCorners, double[] scales) {
        int k = checkSpatial(x, outSize, "compute_indices_weights_linear");
        AxisTaps[] axes = new AxisTaps[k];
        for (int a = 0; a < k; a++) {
            axes[a] = linearTaps(x.size(2 + a), outSize[a], alignCorners, scale(scales, a));
        }
        return separable(x, axes, LINEAR[k - 1], LINEAR_BACKWARD[k - 1]);
    }

    /** {@code upsample_bicubic2d}: cubic convolution (A = -0.75) with the border replicated, on a 4-D input. */
    public static Tensor upsampleBicubic2d(Tensor x, int[] outSize, boolean alignCorners, double[] scales) {
        if (x.dim() != 4) {
            throw new IllegalArgumentException("It is expected input_size equals to 4, but got size " + x.dim());
        }
        checkSpatial(x, outSize, "compute_indices_weights_cubic");
        AxisTaps[] axes = new AxisTaps[2];
        for (int a = 0; a < 2; a++) {
            axes[a] = cubicTaps(x.size(2 + a), outSize[a], alignCorners, scale(scales, a));
        }
        return separable(x, axes, "UpsampleBicubic2DBackward1", "UpsampleBicubic2DBackwardBackward1");
    }

    /**
     * {@code _upsample_bilinear2d_aa} or ({@code cubic}) {@code _upsample_bicubic2d_aa}: {@code F.interpolate}'s
     * {@code antialias=True}, PIL's resampling on a 4-D input. When shrinking, the filter widens by
     * the scale, so every input pixel contributes; the weights of each output are normalised.
     */
    public static Tensor upsampleAntialiased2d(Tensor x, int[] outSize, boolean alignCorners, double[] scales,
                                               boolean cubic) {
        if (x.dim() != 4) {
            throw new IllegalArgumentException("It is expected input_size equals to 4, but got size " + x.dim());
        }
        checkSpatial(x, outSize, cubic ? "compute_indices_weights_aa_cubic" : "compute_indices_weights_aa_linear");
        AxisTaps[] axes = new AxisTaps[2];
        for (int a = 0; a < 2; a++) {
            axes[a] = antialiasTaps(x.size(2 + a), outSize[a], alignCorners, scale(scales, a), cubic);
        }
        return cubic ? separable(x, axes, "UpsampleBicubic2DAaBackward1", "UpsampleBicubic2DAaBackwardBackward1")
                : separable(x, axes, "UpsampleBilinear2DAaBackward1", "UpsampleBilinear2DAaBackwardBackward1");
    }

    /** The number of spatial dimensions (1 to 3), after PyTorch's checks of the sizes. */
    private static int checkSpatial(Tensor x, int[] outSize, String kernel) {
        int k = x.dim() - 2;
        if (k < 1 || k > 3) {
            throw new IllegalArgumentException("It is expected input_size equals to 3, 4 or 5, but got size " + x.dim());
        }
        PointwiseGrad.requireFloating(x, kernel);
        if (outSize.length != k) {
            throw new IllegalArgumentException("It is expected output_size equals to " + k + ", but got size "
                    + outSize.length);
        }
        boolean positive = true;
        for (int a = 0; a < k; a++) {
            positive &= x.size(2 + a) > 0 && outSize[a] > 0;
        }
        if (!positive) {
            throw new IllegalArgumentException("Input and output sizes should be greater than 0, but got input ("
                    + sizes(x.shape(), 2) + ") output (" + sizes(outSize, 0) + ")");
        }
        int[] shape = x.shape();
        System.arraycopy(outSize, 0, shape, 2, k);
        Shapes.numel(shape); // refuses an output no array holds, before the taps are built
        Shapes.numel(new int[] {4, Shapes.numel(outSize)});
        return k;
    }

    /** "D: 2, H: 3, W: 4" for the last one to three of {@code shape} from {@code from} on. */
    private static String sizes(int[] shape, int from) {
        String[] letters = {"D", "H", "W"};
        int k = shape.length - from;
        StringBuilder s = new StringBuilder();
        for (int a = 0; a < k; a++) {
            s.append(a == 0 ? "" : ", ").append(letters[3 - k + a]).append(": ").append(shape[from + a]);
        }
        return s.toString();
    }

    private static double scale(double[] scales, int axis) {
        return scales == null ? 0 : scales[axis];
    }

    // ------------------------------------------------------------------ the maps along one axis

    /**
     * Nearest neighbour, in float arithmetic as PyTorch's {@code nearest_idx}: source floor(o * s), or
     * with {@code exact} floor((o + 0.5) * s), where s is 1 / scale, or in / out when no scale was given.
     */
    static AxisTaps nearestTaps(int in, int out, double scale, boolean exact) {
        float s = scale > 0 ? (float) (1.0 / scale) : (float) in / out;
        AxisTaps.Builder taps = new AxisTaps.Builder(in, out, 1);
        for (int o = 0; o < out; o++) {
            int src;
            if (exact) {
                src = (int) Math.floor((float) ((o + 0.5) * s));
            } else if (out == in) {
                src = o;
            } else if (out == 2 * in) {
                src = o >> 1;
            } else {
                src = (int) Math.floor(o * s);
            }
            taps.tap(Math.min(src, in - 1), 1).next();
        }
        return taps.build();
    }

    /** Linear interpolation between the two input positions around each source position. */
    static AxisTaps linearTaps(int in, int out, boolean alignCorners, double scale) {
        double s = pixelScale(in, out, alignCorners, scale);
        AxisTaps.Builder taps = new AxisTaps.Builder(in, out, 2);
        for (int o = 0; o < out; o++) {
            double real = sourceIndex(s, o, alignCorners, false);
            int i0 = Math.min((int) Math.floor((float) real), in - 1);
            double lambda1 = Math.min(Math.max(real - i0, 0), 1);
            int i1 = i0 + (i0 < in - 1 ? 1 : 0);
            taps.tap(i0, 1 - lambda1).tap(i1, lambda1).next();
        }
        return taps.build();
    }

    /** Cubic convolution over the four input positions around each source position, clamped to the border. */
    static AxisTaps cubicTaps(int in, int out, boolean alignCorners, double scale) {
        double s = pixelScale(in, out, alignCorners, scale);
        AxisTaps.Builder taps = new AxisTaps.Builder(in, out, 4);
        for (int o = 0; o < out; o++) {
            double real = sourceIndex(s, o, alignCorners, true);
            int i = (int) Math.floor((float) real);
            double t = real - i;
            double[] w = {cubicOuter(t + 1), cubicInner(t), cubicInner(1 - t), cubicOuter(2 - t)};
            for (int j = 0; j < 4; j++) {
                taps.tap(Math.max(Math.min(i - 1 + j, in - 1), 0), w[j]);
            }
            taps.next();
        }
        return taps.build();
    }

    /**
     * PyTorch's {@code _compute_weights_aa}: the filter (triangle, or Keys' cubic with a = -0.5 as PIL's)
     * centred on each output pixel's source position and stretched by the scale when shrinking, over
     * the input pixels within its support, normalised to sum 1.
     */
    static AxisTaps antialiasTaps(int in, int out, boolean alignCorners, double scale, boolean cubic) {
        double s = pixelScale(in, out, alignCorners, scale);
        double support = (cubic ? 2 : 1) * (s >= 1 ? s : 1);
        double stretch = s >= 1 ? 1 / s : 1;
        AxisTaps.Builder taps = new AxisTaps.Builder(in, out, (int) Math.ceil(support) * 2 + 1);
        for (int o = 0; o < out; o++) {
            double center = s * (o + 0.5);
            int first = Math.max((int) (center - support + 0.5), 0);
            int end = Math.min((int) (center + support + 0.5), in);
            double[] w = new double[Math.max(end - first, 0)];
            double total = 0;
            for (int j = 0; j < w.length; j++) {
                double t = Math.abs((first + j - center + 0.5) * stretch);
                w[j] = cubic ? antialiasCubic(t) : Math.max(0, 1 - t);
                total += w[j];
            }
            for (int j = 0; j < w.length; j++) {
                taps.tap(first + j, total != 0 ? w[j] / total : w[j]);
            }
            taps.next();
        }
        return taps.build();
    }

    /** Keys' cubic convolution kernel with a = -0.5 (PIL's, which antialiased bicubic uses) at |x|. */
    private static double antialiasCubic(double x) {
        double a = -0.5;
        if (x < 1) {
            return ((a + 2) * x - (a + 3)) * x * x + 1;
        }
        return x < 2 ? ((a * x - 5 * a) * x + 8 * a) * x - 4 * a : 0;
    }

    /** The cubic convolution kernel for |x| <= 1. */
    private static double cubicInner(double x) {
        return ((CUBIC_A + 2) * x - (CUBIC_A + 3)) * x * x + 1;
    }

    /** The cubic convolution kernel for 1 < |x| < 2. */
    private static double cubicOuter(double x) {
        return ((CUBIC_A * x - 5 * CUBIC_A) * x + 8 * CUBIC_A) * x - 4 * CUBIC_A;
    }

    /** PyTorch's area_pixel_compute_scale: input positions per output position. */
    private static double pixelScale(int in, int out, boolean alignCorners, double scale) {
        if (alignCorners) {
            return out > 1 ? (double) (in - 1) / (out - 1) : 0;
        }
        return scale > 0 ? 1.0 / scale : (double) in / out;
    }

    /** PyTorch's area_pixel_compute_source_index: pixel centres, clamped at 0 except for cubic. */
    private static double sourceIndex(double scale, int o, boolean alignCorners, boolean cubic) {
        if (alignCorners) {
            return scale * o;
        }
        double src = scale * (o + 0.5) - 0.5;
        return !cubic && src < 0 ? 0 : src;
    }

    // ------------------------------------------------------------------ the recorded separable map

    /** Applies {@code axes[a]} along dimension {@code x.dim() - axes.length + a} for each a; recorded as {@code name}. */
    static Tensor separable(Tensor x, AxisTaps[] axes, String name, String backwardName) {
        return Graph.record(name, transform(x, axes, false), x, ctx -> {
            ctx.forward(t -> separable(t[0], axes, name, backwardName));
            return g -> new Tensor[] {separableAdjoint(g, axes, name, backwardName)};
        });
    }

    private static Tensor separableAdjoint(Tensor g, AxisTaps[] axes, String name, String backwardName) {
        return Graph.record(backwardName, transform(g, axes, true), g, ctx -> {
            ctx.forward(t -> separableAdjoint(t[0], axes, name, backwardName));
            return gg -> new Tensor[] {separable(gg, axes, name, backwardName)};
        });
    }

    /**
     * The map (or with {@code adjoint} its transpose) computed in double, in x's dtype. The axes' maps
     * act on different dimensions, so they commute and the adjoint may take them in the same order.
     */
    private static Tensor transform(Tensor x, AxisTaps[] axes, boolean adjoint) {
        int[] shape = x.shape();
        int first = shape.length - axes.length;
        double[] v = (double[]) Kernels2d.values(x, DType.FLOAT64);
        for (int a = 0; a < axes.length; a++) {
            int d = first + a;
            int outer = Shapes.numel(java.util.Arrays.copyOfRange(shape, 0, d));
            int inner = Shapes.numel(java.util.Arrays.copyOfRange(shape, d + 1, shape.length));
            if (adjoint) {
                v = Resample.adjoint(v, axes[a], outer, inner);
                shape[d] = axes[a].inSize();
            } else {
                v = Resample.apply(v, axes[a], outer, inner);
                shape[d] = axes[a].outSize();
            }
        }
        Tensor out = Kernels2d.tensor(v, shape, DType.FLOAT64);
        return x.dtype() == DType.FLOAT64 ? out : Kernels2d.tensor(Copying.contiguousArray(out, x.dtype()), shape,
                x.dtype());
    }
}
