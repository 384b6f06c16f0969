package org.autograd4j.nn.functional;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.tensor.Shapes;

/**
 * Max, average and adaptive average pooling over the last two dimensions of a 3-D or 4-D tensor;
 * the 1-D variants unsqueeze to 2-D and squeeze back, as PyTorch does ({@code SqueezeBackward1}).
 */
public final class Pooling {
    private Pooling() {
    }

    // ------------------------------------------------------------------ max pooling

    /** {@code F.max_pool2d_with_indices}: the pooled values and the flat (h * W + w) argmax per plane. */
    public static Tensor[] maxPool2dWithIndices(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
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
        double[] xv = Kernels2d.values(x);
        int planes = xv.length / (h * w);
        double[] out = new double[planes * oh * ow];
        int[] arg = new int[out.length];
        for (int pl = 0; pl < planes; pl++) {
            int base = pl * h * w;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    int best = -1;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int ki = 0; ki < k[0]; ki++) {
                        int ih = i * s[0] - p[0] + ki * d[0];
                        if (ih < 0 || ih >= h) {
                            continue;
                        }
                        for (int kj = 0; kj < k[1]; kj++) {
                            int iw = j * s[1] - p[1] + kj * d[1];
                            if (iw < 0 || iw >= w) {
                                continue;
                            }
                            double v = xv[base + ih * w + iw];
                            if (best < 0 || v > max || Double.isNaN(v)) {
                                best = ih * w + iw;
                                max = v;
                                if (Double.isNaN(v)) {
                                    ki = k[0];
                                    break;
                                }
                            }
                        }
                    }
                    int o = (pl * oh + i) * ow + j;
                    out[o] = max;
                    arg[o] = best;
                }
            }
        }
        int[] shape = x.shape();
        shape[shape.length - 2] = oh;
        shape[shape.length - 1] = ow;
        long[] indices = new long[arg.length];
        for (int i = 0; i < arg.length; i++) {
            indices[i] = arg[i];
        }
        Tensor values = Kernels2d.tensor(out, shape, x.dtype());
        int[] inShape = x.shape();
        Gathers.Map map = new Gathers.Map(arg, true, h * w, oh * ow);
        values = Graph.record("MaxPool2DWithIndicesBackward0", values, x, ctx -> g -> new Tensor[] {
            Gathers.scatter(g, map, inShape, "MaxPool2DWithIndicesBackwardBackward0")});
        return new Tensor[] {values, org.autograd4j.ops.Creation.fromArray(indices, DType.INT64, shape)};
    }

    public static Tensor maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return maxPool2dWithIndices(x, kernel, stride, padding, dilation, ceilMode)[0];
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
        if (p > k / 2) {
            throw new IllegalArgumentException("pad should be at most half of kernel size, but got pad=" + p
                    + " and kernel_size=" + k);
        }
        int num = in + 2 * p - d * (k - 1) - 1 + (ceilMode ? s - 1 : 0);
        int out = Math.floorDiv(num, s) + 1;
        if (ceilMode && (out - 1) * s >= in + p) {
            out--;
        }
        return out;
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
        if (x.dim() != 3 && x.dim() != 4) {
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
        if (size[0] == 1 && size[1] == 1) {
            return x.mean(new int[] {-1, -2}, true); // PyTorch's shortcut: MeanBackward1
        }
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = size[0];
        int ow = size[1];
        Windows win = new Windows(h, w, oh, ow);
        for (int i = 0; i < oh; i++) {
            int hs = Math.floorDiv(i * h, oh);
            int he = -Math.floorDiv(-(i + 1) * h, oh);
            for (int j = 0; j < ow; j++) {
                int ws = Math.floorDiv(j * w, ow);
                int we = -Math.floorDiv(-(j + 1) * w, ow);
                win.set(i * ow + j, hs, he, ws, we, (he - hs) * (we - ws));
            }
        }
        return win.apply(x, "AdaptiveAvgPool2DBackward0");
    }

    /**
     * Rectangular windows of an [h, w] plane, one per output position, each averaged with its own
     * divisor. Averaging and its adjoint (spreading each output gradient over its window) are both
     * linear and recorded, each the other's backward.
     */
    static final class Windows {
        final int h, w, oh, ow;
        final int[] hs, he, ws, we;
        final double[] divisor;

        Windows(int h, int w, int oh, int ow) {
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

        void set(int o, int h0, int h1, int w0, int w1, double div) {
            hs[o] = h0;
            he[o] = h1;
            ws[o] = w0;
            we[o] = w1;
            divisor[o] = div;
        }

        Tensor apply(Tensor x, String name) {
            double[] xv = Kernels2d.values(x);
            int planes = xv.length / (h * w);
            int n = oh * ow;
            double[] out = new double[planes * n];
            for (int pl = 0; pl < planes; pl++) {
                int base = pl * h * w;
                for (int o = 0; o < n; o++) {
                    double sum = 0;
                    for (int i = hs[o]; i < he[o]; i++) {
                        for (int j = ws[o]; j < we[o]; j++) {
                            sum += xv[base + i * w + j];
                        }
                    }
                    out[pl * n + o] = he[o] > hs[o] && we[o] > ws[o] ? sum / divisor[o] : 0;
                }
            }
            int[] inShape = x.shape();
            int[] shape = x.shape();
            shape[shape.length - 2] = oh;
            shape[shape.length - 1] = ow;
            return Graph.record(name, Kernels2d.tensor(out, shape, x.dtype()), x,
                    ctx -> g -> new Tensor[] {spread(g, inShape, Gathers.backwardName(name))});
        }

        Tensor spread(Tensor g, int[] inShape, String name) {
            double[] gv = Kernels2d.values(g);
            int n = oh * ow;
            int planes = gv.length / n;
            double[] out = new double[planes * h * w];
            for (int pl = 0; pl < planes; pl++) {
                int base = pl * h * w;
                for (int o = 0; o < n; o++) {
                    if (he[o] <= hs[o] || we[o] <= ws[o]) {
                        continue;
                    }
                    double v = gv[pl * n + o] / divisor[o];
                    for (int i = hs[o]; i < he[o]; i++) {
                        for (int j = ws[o]; j < we[o]; j++) {
                            out[base + i * w + j] += v;
                        }
                    }
                }
            }
            return Graph.record(name, Kernels2d.tensor(out, inShape, g.dtype()), g,
                    ctx -> gg -> new Tensor[] {apply(gg, name)});
        }
    }
}
