package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.AdaptiveWindows;
import org.autograd4j.kernels.AveragePoolWindows;
import org.autograd4j.kernels.AxisTaps;
import org.autograd4j.kernels.MaxPoolWindows;
import org.autograd4j.kernels.PlaneGather;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.Shapes;

/**
 * Max, average and adaptive pooling over the last two dimensions of a 3-D or 4-D tensor (adaptive
 * average pooling also over the last three of a 4-D or 5-D one); the 1-D variants unsqueeze to 2-D
 * and squeeze back, as PyTorch does ({@code SqueezeBackward1}).
 */
public final class Pooling {
    /** The node of max pooling's backward, which also carries its tangent (both gather or scatter at the argmax). */
    private static final String MAX_POOL_BACKWARD = "MaxPool2DWithIndicesBackwardBackward0";

    private Pooling() {
    }

    // ------------------------------------------------------------------ max pooling

    /** {@code F.max_pool2d_with_indices}: the pooled values and the flat (h * W + w) argmax per plane. */
    public static Tensor[] maxPool2dWithIndices(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                                boolean ceilMode) {
        MaxPooled pooled = maxPool(x, kernel, stride, padding, dilation, ceilMode);
        long[] indices = java.util.Arrays.stream(pooled.argmax()).asLongStream().toArray();
        Tensor values = pooled.values();
        return new Tensor[] {values, Creation.fromArray(indices, DType.INT64, values.shape())};
    }

    /** {@code F.max_pool2d}: the values only, so no int64 copy of the argmax is made. */
    public static Tensor maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return maxPool(x, kernel, stride, padding, dilation, ceilMode).values();
    }

    /** Recorded max-pooled values and the argmax (flat offset in its input plane) of each. */
    private record MaxPooled(Tensor values, int[] argmax) {
    }

    private static MaxPooled maxPool(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                     boolean ceilMode) {
        if (x.dim() != 3 && x.dim() != 4 || x.numel() == 0) {
            throw new IllegalArgumentException("non-empty 3D or 4D (batch mode) tensor expected for input");
        }
        Kernels2d.requireFloating(x, "max_pool2d");
        int[] k = Kernels2d.expand(kernel, 2, "kernel_size");
        int[] s = stride == null || stride.length == 0 ? k : Kernels2d.expand(stride, 2, "stride");
        int[] p = Kernels2d.expand(padding, 2, "padding");
        int[] d = Kernels2d.expand(dilation, 2, "dilation");
        if (k[0] <= 0 || k[1] <= 0) {
            throw new IllegalArgumentException("kernel size should be greater than zero, but got kH: " + k[0]
                    + " kW: " + k[1]);
        }
        if (d[0] <= 0 || d[1] <= 0) {
            throw new IllegalArgumentException("dilation should be greater than zero, but got dilationH: " + d[0]
                    + " dilationW: " + d[1]);
        }
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = outputSize(h, k[0], s[0], p[0], d[0], ceilMode);
        int ow = outputSize(w, k[1], s[1], p[1], d[1], ceilMode);
        checkOutput(x, oh, ow);
        Object out = Kernels2d.newArray(x.dtype(), x.numel() / (h * w) * oh * ow);
        int[] arg = new MaxPoolWindows(h, w, oh, ow, k, s, p, d).max(Kernels2d.values(x), out);
        int[] shape = x.shape();
        shape[shape.length - 2] = oh;
        shape[shape.length - 1] = ow;
        Tensor values = Kernels2d.tensor(out, shape, x.dtype());
        int[] inShape = x.shape();
        PlaneGather map = new PlaneGather(arg, true, h * w, oh * ow);
        values = Graph.record("MaxPool2DWithIndicesBackward0", values, x, ctx -> {
            ctx.forward(t -> Gathers.gather(t[0], map, shape, MAX_POOL_BACKWARD));
            return g -> new Tensor[] {Gathers.scatter(g, map, inShape, MAX_POOL_BACKWARD)};
        });
        return new MaxPooled(values, arg);
    }

    /** {@code F.max_pool1d_with_indices} on [n, c, l] or [c, l]. */
    public static Tensor[] maxPool1dWithIndices(Tensor x, int kernel, int stride, int padding, int dilation,
                                                boolean ceilMode) {
        if (x.dim() != 2 && x.dim() != 3) {
            throw new IllegalArgumentException("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim "
                    + "batch size for input, but got:" + Shapes.str(x.shape()));
        }
        Tensor[] r = maxPool2dWithIndices(x.unsqueeze(-2), new int[] {1, kernel}, new int[] {1, stride},
                new int[] {0, padding}, new int[] {1, dilation}, ceilMode);
        return new Tensor[] {r[0].squeeze(-2), r[1].squeeze(-2)};
    }

    /** PyTorch's pooling_output_shape, with its padding and stride checks. */
    static int outputSize(int in, int k, int s, int p, int d, boolean ceilMode) {
        if (s == 0) {
            throw new IllegalArgumentException("stride should not be zero");
        }
        if (s < 0) {
            throw new IllegalArgumentException("stride should be greater than zero, but got " + s);
        }
        if (p > k / 2) {
            throw new IllegalArgumentException("pad should be at most half of kernel size, but got pad=" + p
                    + " and kernel_size=" + k);
        }
        // In long: huge kernels, paddings or dilations must not wrap around into a plausible size.
        long num = in + 2L * p - (long) d * (k - 1) - 1 + (ceilMode ? s - 1 : 0);
        long out = Math.floorDiv(num, s) + 1;
        if (ceilMode && (out - 1) * s >= in + (long) p) {
            out--;
        }
        return (int) Math.max(Math.min(out, Integer.MAX_VALUE), Integer.MIN_VALUE);
    }

    private static void checkOutput(Tensor x, int oh, int ow) {
        if (oh < 1 || ow < 1) {
            int c = x.size(-3);
            throw new IllegalArgumentException("Given input size: (" + c + "x" + x.size(-2) + "x" + x.size(-1)
                    + "). Calculated output size: (" + c + "x" + oh + "x" + ow + "). Output size is too small");
        }
    }

    // ------------------------------------------------------------------ average pooling

    /** {@code F.avg_pool2d}; {@code divisorOverride} 0 means none. */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad, int divisorOverride) {
        if (x.dim() != 3 && x.dim() != 4 || x.size(-1) == 0 || x.size(-2) == 0 || x.size(-3) == 0) {
            throw new IllegalArgumentException("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size "
                    + "for input, but got:" + Shapes.str(x.shape()));
        }
        Kernels2d.requireFloating(x, "avg_pool2d");
        int[] k = Kernels2d.expand(kernel, 2, "kernel_size");
        int[] s = stride == null || stride.length == 0 ? k : Kernels2d.expand(stride, 2, "stride");
        int[] p = Kernels2d.expand(padding, 2, "padding");
        if (k[0] <= 0 || k[1] <= 0) {
            throw new IllegalArgumentException("kernel size should be greater than zero, but got kH: " + k[0]
                    + " kW: " + k[1]);
        }
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = outputSize(h, k[0], s[0], p[0], 1, ceilMode);
        int ow = outputSize(w, k[1], s[1], p[1], 1, ceilMode);
        checkOutput(x, oh, ow);
        Windows win = new Windows(h, w, oh, ow);
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                int hs = i * s[0] - p[0];
                int ws = j * s[1] - p[1];
                int he = Math.min(hs + k[0], h + p[0]);
                int we = Math.min(ws + k[1], w + p[1]);
                int poolSize = (he - hs) * (we - ws);
                hs = Math.max(hs, 0);
                ws = Math.max(ws, 0);
                he = Math.min(he, h);
                we = Math.min(we, w);
                int o = i * ow + j;
                win.set(o, hs, he, ws, we, divisorOverride != 0 ? divisorOverride
                        : countIncludePad ? poolSize : (he - hs) * (we - ws));
            }
        }
        return win.apply(x, "AvgPool2DBackward0");
    }

    /** {@code F.avg_pool1d} on [n, c, l] or [c, l]. */
    public static Tensor avgPool1d(Tensor x, int kernel, int stride, int padding, boolean ceilMode,
                                   boolean countIncludePad) {
        if (x.dim() != 2 && x.dim() != 3) {
            throw new IllegalArgumentException("avg_pool1d() Expected 2D or 3D input tensor, but got "
                    + Shapes.str(x.shape()));
        }
        return avgPool2d(x.unsqueeze(-2), new int[] {1, kernel}, new int[] {1, stride}, new int[] {0, padding},
                ceilMode, countIncludePad, 0).squeeze(-2);
    }

    /** {@code F.adaptive_avg_pool2d}: windows [floor(i*H/oh), ceil((i+1)*H/oh)). */
    public static Tensor adaptiveAvgPool2d(Tensor x, int[] outputSize) {
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got "
                    + Shapes.str(x.shape()));
        }
        Kernels2d.requireFloating(x, "adaptive_avg_pool2d_cpu");
        int[] size = Kernels2d.expand(outputSize, 2, "output_size");
        if (size[0] < 0 || size[1] < 0) {
            throw new IllegalArgumentException("adaptive_avg_pool2d: elements of output_size must be greater than or "
                    + "equal to 0 but received {" + size[0] + ", " + size[1] + "}");
        }
        requireNonEmpty(x, "adaptive_avg_pool2d");
        if (size[0] == 1 && size[1] == 1) {
            return x.mean(new int[] {-1, -2}, true); // PyTorch's shortcut: MeanBackward1
        }
        requireStorable(x, size);
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = size[0];
        int ow = size[1];
        Windows win = new Windows(h, w, oh, ow);
        for (int i = 0; i < oh; i++) {
            int hs = AdaptiveWindows.start(i, h, oh);
            int he = AdaptiveWindows.end(i, h, oh);
            for (int j = 0; j < ow; j++) {
                int ws = AdaptiveWindows.start(j, w, ow);
                int we = AdaptiveWindows.end(j, w, ow);
                win.set(i * ow + j, hs, he, ws, we, (he - hs) * (we - ws));
            }
        }
        return win.apply(x, "AdaptiveAvgPool2DBackward0");
    }

    /** {@code F.adaptive_avg_pool1d} on [n, c, l] or [c, l]: 2-D pooling to {1, outputSize}, as PyTorch. */
    public static Tensor adaptiveAvgPool1d(Tensor x, int outputSize) {
        requireRank1d(x, "adaptive_avg_pool1d");
        return adaptiveAvgPool2d(x.unsqueeze(-2), new int[] {1, outputSize}).squeeze(-2);
    }

    /** {@code F.adaptive_avg_pool3d}: per axis, windows [floor(i*D/od), ceil((i+1)*D/od)), averaged. */
    public static Tensor adaptiveAvgPool3d(Tensor x, int[] outputSize) {
        int[] size = Kernels2d.expand(outputSize, 3, "output_size");
        if (size[0] == 1 && size[1] == 1 && size[2] == 1) {
            return x.mean(new int[] {-1, -2, -3}, true); // PyTorch's shortcut (MeanBackward1), before its checks
        }
        if (x.dim() != 4 && x.dim() != 5) {
            throw new IllegalArgumentException("adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got "
                    + Shapes.str(x.shape()));
        }
        Kernels2d.requireFloating(x, "adaptive_avg_pool3d_cpu");
        if (size[0] < 0 || size[1] < 0 || size[2] < 0) {
            // PyTorch's 3-D check reuses the 2-D text (and drops a space)
            throw new IllegalArgumentException("adaptive_avg_pool2d: elements of output_size must be greater than or "
                    + "equal to 0 but received {" + size[0] + ", " + size[1] + "," + size[2] + "}");
        }
        requireNonEmpty(x, "adaptive_avg_pool3d");
        requireStorable(x, size);
        AxisTaps[] axes = new AxisTaps[3];
        for (int a = 0; a < 3; a++) {
            axes[a] = AdaptiveWindows.averages(x.size(x.dim() - 3 + a), size[a]);
        }
        return Resampling.separable(x, axes, "AdaptiveAvgPool3DBackward0", "AdaptiveAvgPool3DBackwardBackward0");
    }

    /**
     * Refuses an output (or one plane's window table) too large for an array before anything is
     * allocated for it, with the library's message.
     */
    private static void requireStorable(Tensor x, int[] size) {
        int[] shape = x.shape();
        System.arraycopy(size, 0, shape, shape.length - size.length, size.length);
        Shapes.numel(shape);
        Shapes.numel(size); // an empty batch still builds the windows of one plane
    }

    private static void requireNonEmpty(Tensor x, String op) {
        for (int d = 1; d < x.dim(); d++) {
            if (x.size(d) == 0) {
                throw new IllegalArgumentException(op + "(): Expected input to have non-zero size for "
                        + "non-batch dimensions, but input has sizes " + Shapes.str(x.shape()) + " with dimension " + d
                        + " being empty");
            }
        }
    }

    private static void requireRank1d(Tensor x, String op) {
        if (x.dim() != 2 && x.dim() != 3) {
            throw new IllegalArgumentException("Expected 2 to 3 dimensions, but got " + x.dim()
                    + "-dimensional tensor for argument #1 'self' (while checking arguments for " + op + ")");
        }
    }

    // ------------------------------------------------------------------ adaptive max pooling

    /** {@code F.adaptive_max_pool2d(x, size, return_indices=True)}: values and flat (h * W + w) argmax per plane. */
    public static Tensor[] adaptiveMaxPool2dWithIndices(Tensor x, int[] outputSize) {
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException("adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: "
                    + Shapes.str(x.shape()));
        }
        requireNonEmpty(x, "adaptive_max_pool2d");
        Kernels2d.requireFloating(x, "adaptive_max_pool2d");
        int[] size = Kernels2d.expand(outputSize, 2, "output_size");
        int[] shape = x.shape();
        shape[shape.length - 2] = size[0];
        shape[shape.length - 1] = size[1];
        if (size[0] < 0 || size[1] < 0) {
            throw new IllegalArgumentException("Trying to create tensor with negative dimension "
                    + (size[0] < 0 ? size[0] : size[1]) + ": " + Shapes.str(shape));
        }
        requireStorable(x, size);
        int h = x.size(-2);
        int w = x.size(-1);
        int[] arg = AdaptiveWindows.argmax((double[]) Kernels2d.values(x, DType.FLOAT64), x.numel() / (h * w), h, w,
                size[0], size[1]);
        long[] indices = new long[arg.length];
        for (int i = 0; i < arg.length; i++) {
            indices[i] = arg[i];
        }
        PlaneGather map = new PlaneGather(arg, true, h * w, size[0] * size[1]);
        Tensor values = Gathers.gather(x, map, shape, "AdaptiveMaxPool2DBackward0", "AdaptiveMaxPool2DBackwardBackward0");
        return new Tensor[] {values, Creation.fromArray(indices, DType.INT64, shape)};
    }

    /** {@code F.adaptive_max_pool1d(x, size, return_indices=True)} on [n, c, l] or [c, l]. */
    public static Tensor[] adaptiveMaxPool1dWithIndices(Tensor x, int outputSize) {
        requireRank1d(x, "adaptive_max_pool1d");
        Tensor[] r = adaptiveMaxPool2dWithIndices(x.unsqueeze(-2), new int[] {1, outputSize});
        return new Tensor[] {r[0].squeeze(-2), r[1].squeeze(-2)};
    }

    // ------------------------------------------------------------------ max unpooling

    /**
     * {@code torch._C._nn.max_unpool2d(x, indices, output_size)}: zeros of [..., oh, ow] with each
     * value of x written at its flat (h * ow + w) index in its plane ({@code MaxUnpool2DBackward0});
     * the backward gathers from the same indices.
     */
    public static Tensor maxUnpool2d(Tensor x, Tensor indices, int[] outputSize) {
        if (indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException("elements in indices should be type int64 but got: "
                    + indices.dtype().scalarTypeName());
        }
        if (outputSize.length != 2) {
            throw new IllegalArgumentException("There should be exactly two elements (height, width) in output_size, "
                    + "but got " + outputSize.length + " elements.");
        }
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException("Input to max_unpooling2d should be a 3d or 4d Tensor, but got a tensor "
                    + "with " + x.dim() + " dimensions.");
        }
        if (!java.util.Arrays.equals(x.shape(), indices.shape())) {
            throw new IllegalArgumentException("Expected shape of indices to be same as that of the input tensor ("
                    + Shapes.str(x.shape()) + ") but got indices tensor with shape: " + Shapes.str(indices.shape()));
        }
        for (int d = 1; d < x.dim(); d++) {
            if (x.size(d) == 0) {
                throw new IllegalArgumentException("max_unpooling2d_forward_out_cpu(): Expected input to have non-zero "
                        + "size for non-batch dimensions, but got " + Shapes.str(x.shape()) + " with dimension " + d
                        + " being empty.");
            }
        }
        int oh = outputSize[0];
        int ow = outputSize[1];
        requireStorable(x, outputSize);
        Tensor flatIndices = indices.flatten(-2);
        long[] flat = flatIndices.toLongArray();
        int invalid = Ranges.lastOutside(flat, 0, (long) oh * ow - 1); // PyTorch's (serial) loop reports the last one
        if (invalid >= 0) {
            throw new IllegalArgumentException("Found an invalid max index: " + flat[invalid]
                    + " (output volumes are of size " + oh + "x" + ow);
        }
        int[] shape = x.shape();
        int[] planes = java.util.Arrays.copyOf(shape, shape.length - 1);
        planes[planes.length - 1] = oh * ow;
        shape[shape.length - 2] = oh;
        shape[shape.length - 1] = ow;
        // written, not added: overlapping pooling windows repeat an index with the same value
        Tensor out = Tensor.zeros(planes, x.dtype()).scatter(-1, flatIndices, x.detach().flatten(-2)).view(shape);
        int[] inShape = x.shape();
        return Graph.record("MaxUnpool2DBackward0", out, x, ctx -> {
            ctx.forward(t -> Tensor.zeros(planes, t[0].dtype()).scatter(-1, flatIndices, t[0].flatten(-2)).view(shape));
            return g -> new Tensor[] {g.flatten(-2).gather(-1, flatIndices).view(inShape)};
        });
    }

    /**
     * Average pooling's windows ({@link AveragePoolWindows}) as recorded ops: averaging and its
     * adjoint (spreading each output gradient over its window) are both linear, each the other's
     * backward.
     */
    private static final class Windows {
        final int h, w, oh, ow;
        final AveragePoolWindows kernel;

        Windows(int h, int w, int oh, int ow) {
            this.h = h;
            this.w = w;
            this.oh = oh;
            this.ow = ow;
            Shapes.storableLength((long) oh * ow); // the library's message for a window table too large
            kernel = new AveragePoolWindows(h, w, oh, ow);
        }

        void set(int o, int h0, int h1, int w0, int w1, double div) {
            kernel.set(o, h0, h1, w0, w1, div);
        }

        Tensor apply(Tensor x, String name) {
            Object out = Kernels2d.newArray(x.dtype(), x.numel() / (h * w) * oh * ow);
            kernel.average(Kernels2d.values(x), out);
            int[] inShape = x.shape();
            int[] shape = x.shape();
            shape[shape.length - 2] = oh;
            shape[shape.length - 1] = ow;
            return Graph.record(name, Kernels2d.tensor(out, shape, x.dtype()), x, ctx -> {
                ctx.forward(t -> apply(t[0], name));
                return g -> new Tensor[] {spread(g, inShape, PointwiseGrad.backwardName(name))};
            });
        }

        Tensor spread(Tensor g, int[] inShape, String name) {
            Object out = Kernels2d.newArray(g.dtype(), g.numel() / (oh * ow) * h * w);
            kernel.spread(out, Kernels2d.values(g));
            return Graph.record(name, Kernels2d.tensor(out, inShape, g.dtype()), g, ctx -> {
                ctx.forward(t -> spread(t[0], inShape, name));
                return gg -> new Tensor[] {apply(gg, name)};
            });
        }
    }
}
