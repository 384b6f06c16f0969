package org.autograd4j.nn.functional;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.kernels.Gemm;
import org.autograd4j.tensor.Shapes;

/**
 * 1-D and 2-D convolution and transposed convolution (PyTorch's {@code ConvolutionBackward0}).
 *
 * <p>A convolution {@code y = conv(x, w)} is bilinear, and so are its two gradient maps: the input
 * gradient {@code gx = convT(gy, w)} (a transposed convolution) and the weight gradient
 * {@code gw = wgrad(x, gy)}. All three are partial gradients of the same trilinear form
 * {@code <conv(x, w), y>}, so each one's backward is expressed with the other two, recorded again:
 * gradients of any order come out of these three kernels. Each kernel runs im2col per sample and
 * group into a reused column buffer and hands the product to {@link Gemm}; col2im scatters the
 * input gradient back.
 */
public final class Convolution {
    private Convolution() {
    }

    private enum Kind { FORWARD, INPUT_GRAD, WEIGHT_GRAD }

    /**
     * The geometry of the underlying forward convolution: input [n, c, h, w], weight
     * [o, c/groups, kh, kw], output [n, o, oh, ow]. 1-D convolutions have h = kh = oh = 1.
     */
    static final class Geometry {
        final int n, c, h, w, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups;
        final boolean oneD;

        Geometry(int n, int c, int h, int w, int o, int kh, int kw, int oh, int ow, int[] s, int[] p, int[] d,
                 int groups, boolean oneD) {
            this.n = n;
            this.c = c;
            this.h = h;
            this.w = w;
            this.o = o;
            this.kh = kh;
            this.kw = kw;
            this.oh = oh;
            this.ow = ow;
            this.sh = s[0];
            this.sw = s[1];
            this.ph = p[0];
            this.pw = p[1];
            this.dh = d[0];
            this.dw = d[1];
            this.groups = groups;
            this.oneD = oneD;
        }

        int[] shape(int a, int b, int hh, int ww) {
            return oneD ? new int[] {a, b, ww} : new int[] {a, b, hh, ww};
        }

        int[] inputShape() {
            return shape(n, c, h, w);
        }

        int[] weightShape() {
            return shape(o, c / groups, kh, kw);
        }

        int[] outputShape() {
            return shape(n, o, oh, ow);
        }

        int[] nonChannelDims() {
            return oneD ? new int[] {0, 2} : new int[] {0, 2, 3};
        }
    }

    // ------------------------------------------------------------------ public entry points

    /**
     * {@code F.conv1d}/{@code F.conv2d} on batched input ([n, c, (h,) w]); {@code padding} is per
     * spatial dim, or null with {@code same} telling "same" (true) or "valid" (false).
     */
    public static Tensor convolution(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, String paddingMode,
                                     int[] dilation, int groups, int spatial) {
        String op = "conv" + spatial + "d";
        Tensor input = unbatch(x, spatial, op);
        boolean unbatched = input != x;
        checkCommon(input, weight, spatial);
        int[] s = Kernels2d.expand(stride, spatial, "stride");
        int[] d = Kernels2d.expand(dilation, spatial, "dilation");
        int[] p;
        if (paddingMode != null) {
            p = new int[spatial];
            if (paddingMode.equals("same")) {
                for (int v : s) {
                    if (v != 1) {
                        throw new IllegalArgumentException("padding='same' is not supported for strided convolutions");
                    }
                }
                int[] extra = new int[2 * spatial];
                boolean asymmetric = false;
                for (int i = 0; i < spatial; i++) {
                    int total = d[i] * (weight.size(2 + i) - 1);
                    p[i] = total / 2;
                    // PyTorch pads the odd remainder on the right/bottom before a symmetric convolution.
                    extra[2 * (spatial - 1 - i) + 1] = total - 2 * p[i];
                    asymmetric |= total % 2 != 0;
                }
                if (asymmetric) {
                    input = Padding.constantPad(input, extra, 0);
                }
            } else if (!paddingMode.equals("valid")) {
                throw new IllegalArgumentException("Invalid padding string: '" + paddingMode + "'");
            }
        } else {
            p = Kernels2d.expand(padding, spatial, "padding");
        }
        checkParams(s, p, d, groups);
        Geometry g = forwardGeometry(input, weight, bias, s, p, d, groups, spatial == 1);
        Tensor out = apply(Kind.FORWARD, g, input, weight, bias);
        return unbatched ? out.squeeze(0) : out;
    }

    /** {@code F.conv_transpose1d}/{@code F.conv_transpose2d}: the input gradient of a convolution. */
    public static Tensor convTranspose(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                       int[] outputPadding, int groups, int[] dilation, int spatial) {
        String op = "conv_transpose" + spatial + "d";
        Tensor input = unbatch(x, spatial, op);
        boolean unbatched = input != x;
        checkCommon(input, weight, spatial);
        int[] s = Kernels2d.expand(stride, spatial, "stride");
        int[] p = Kernels2d.expand(padding, spatial, "padding");
        int[] op2 = Kernels2d.expand(outputPadding, spatial, "output_padding");
        int[] d = Kernels2d.expand(dilation, spatial, "dilation");
        checkParams(s, p, d, groups);
        for (int i = 0; i < spatial; i++) {
            if (op2[i] >= s[i] && op2[i] >= d[i]) {
                throw new IllegalArgumentException(spatial == 2
                        ? "output padding must be smaller than either stride or dilation, but got output_padding_height: "
                        + op2[0] + " output_padding_width: " + op2[1] + " stride_height: " + s[0] + " stride_width: "
                        + s[1] + " dilation_height: " + d[0] + " dilation_width: " + d[1]
                        : "output padding must be smaller than either stride or dilation, but got output_padding: "
                        + op2[0] + " stride: " + s[0] + " dilation: " + d[0]);
            }
        }
        checkGroupsDivide(weight, groups);
        int inC = input.size(1);
        if (inC != weight.size(0)) {
            throw new IllegalArgumentException("Given transposed=1, weight of size " + Shapes.str(weight.shape())
                    + ", expected input" + Shapes.str(input.shape()) + " to have " + weight.size(0)
                    + " channels, but got " + inC + " channels instead");
        }
        int outC = weight.size(1) * groups;
        checkBias(bias, outC, "Given transposed=1, weight of size " + Shapes.str(weight.shape()));
        boolean oneD = spatial == 1;
        int[] s2 = oneD ? new int[] {1, s[0]} : s;
        int[] p2 = oneD ? new int[] {0, p[0]} : p;
        int[] d2 = oneD ? new int[] {1, d[0]} : d;
        int[] o2 = oneD ? new int[] {0, op2[0]} : op2;
        int kh = oneD ? 1 : weight.size(2);
        int kw = weight.size(-1);
        int ih = oneD ? 1 : input.size(2);
        int iw = input.size(-1);
        int h = (ih - 1) * s2[0] - 2 * p2[0] + d2[0] * (kh - 1) + o2[0] + 1;
        int w = (iw - 1) * s2[1] - 2 * p2[1] + d2[1] * (kw - 1) + o2[1] + 1;
        if (h <= 0 || w <= 0) {
            throw new IllegalArgumentException("Given input size per channel: " + sizeStr(ih, iw, oneD)
                    + ". Calculated output size per channel: " + sizeStr(h, w, oneD) + ". Output size is too small");
        }
        Geometry g = new Geometry(input.size(0), outC, h, w, weight.size(0), kh, kw, ih, iw, s2, p2, d2, groups, oneD);
        Tensor out = apply(Kind.INPUT_GRAD, g, input, weight, bias);
        return unbatched ? out.squeeze(0) : out;
    }

    // ------------------------------------------------------------------ checks

    private static Tensor unbatch(Tensor x, int spatial, String op) {
        if (x.dim() == spatial + 1) {
            return x.unsqueeze(0);
        }
        if (x.dim() != spatial + 2) {
            throw new IllegalArgumentException("Expected " + (spatial + 1) + "D (unbatched) or " + (spatial + 2)
                    + "D (batched) input to " + op + ", but got input of size: " + Shapes.str(x.shape()));
        }
        return x;
    }

    private static void checkCommon(Tensor x, Tensor weight, int spatial) {
        Kernels2d.requireFloating(x, "slow_conv2d_cpu");
        if (weight.dim() != spatial + 2) {
            throw new IllegalArgumentException("Expected " + (spatial + 2) + "-dimensional input for " + weight.dim()
                    + "-dimensional weight " + Shapes.str(weight.shape()) + ", but got " + x.dim()
                    + "-dimensional input of size " + Shapes.str(x.shape()) + " instead");
        }
        if (weight.dtype() != x.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + x.dtype().scalarTypeName() + " but found "
                    + weight.dtype().scalarTypeName());
        }
    }

    private static void checkParams(int[] s, int[] p, int[] d, int groups) {
        for (int v : s) {
            if (v <= 0) {
                throw new IllegalArgumentException("non-positive stride is not supported");
            }
        }
        for (int v : p) {
            if (v < 0) {
                throw new IllegalArgumentException("negative padding is not supported");
            }
        }
        for (int v : d) {
            if (v <= 0) {
                throw new IllegalArgumentException("dilation should be greater than zero, but got " + Shapes.str(d));
            }
        }
        if (groups <= 0) {
            throw new IllegalArgumentException("non-positive groups is not supported");
        }
    }

    private static void checkGroupsDivide(Tensor weight, int groups) {
        if (weight.size(0) % groups != 0) {
            throw new IllegalArgumentException("Given groups=" + groups + ", expected weight to be divisible by "
                    + groups + " at dimension 0, but got weight of size [" + Shapes.str(weight.shape()) + "] instead");
        }
    }

    private static void checkBias(Tensor bias, int channels, String prefix) {
        if (bias != null && (bias.dim() != 1 || bias.size(0) != channels)) {
            throw new IllegalArgumentException(prefix + ", expected bias to be 1-dimensional with " + channels
                    + " elements, but got bias of size " + Shapes.str(bias.shape()) + " instead");
        }
    }

    private static String sizeStr(int h, int w, boolean oneD) {
        return oneD ? "(" + w + ")" : "(" + h + " x " + w + ")";
    }

    private static Geometry forwardGeometry(Tensor x, Tensor weight, Tensor bias, int[] s, int[] p, int[] d, int groups,
                                            boolean oneD) {
        checkGroupsDivide(weight, groups);
        int c = x.size(1);
        if (c != weight.size(1) * groups) {
            throw new IllegalArgumentException("Given groups=" + groups + ", weight of size " + Shapes.str(weight.shape())
                    + ", expected input" + Shapes.str(x.shape()) + " to have " + weight.size(1) * groups
                    + " channels, but got " + c + " channels instead");
        }
        checkBias(bias, weight.size(0), "Given weight of size " + Shapes.str(weight.shape()));
        int[] s2 = oneD ? new int[] {1, s[0]} : s;
        int[] p2 = oneD ? new int[] {0, p[0]} : p;
        int[] d2 = oneD ? new int[] {1, d[0]} : d;
        int kh = oneD ? 1 : weight.size(2);
        int kw = weight.size(-1);
        int h = oneD ? 1 : x.size(2);
        int w = x.size(-1);
        int hp = h + 2 * p2[0];
        int wp = w + 2 * p2[1];
        int ekh = d2[0] * (kh - 1) + 1;
        int ekw = d2[1] * (kw - 1) + 1;
        if (hp < ekh || wp < ekw) {
            throw new IllegalArgumentException("Calculated padded input size per channel: " + sizeStr(hp, wp, oneD)
                    + ". Kernel size: " + sizeStr(ekh, ekw, oneD) + ". Kernel size can't be greater than actual input size");
        }
        int oh = (hp - ekh) / s2[0] + 1;
        int ow = (wp - ekw) / s2[1] + 1;
        return new Geometry(x.size(0), c, h, w, weight.size(0), kh, kw, oh, ow, s2, p2, d2, groups, oneD);
    }

    // ------------------------------------------------------------------ the three recorded kernels

    /**
     * Applies one of the three bilinear maps to (a, b) (+ bias over channels) and records it.
     * FORWARD: (x, w) to y. INPUT_GRAD: (y-shaped, w) to x-shaped. WEIGHT_GRAD: (x, y-shaped) to w-shaped.
     */
    private static Tensor apply(Kind kind, Geometry g, Tensor a, Tensor b, Tensor bias) {
        double[] av = Kernels2d.values(a);
        double[] bv = Kernels2d.values(b);
        double[] out;
        int[] shape;
        switch (kind) {
            case FORWARD:
                out = forward(g, av, bv);
                shape = g.outputShape();
                break;
            case INPUT_GRAD:
                out = inputGrad(g, av, bv);
                shape = g.inputShape();
                break;
            default:
                out = weightGrad(g, av, bv);
                shape = g.weightShape();
                break;
        }
        if (bias != null) {
            addBias(out, Kernels2d.values(bias), shape[1], Shapes.numel(shape) / (shape[0] * shape[1]));
        }
        Tensor result = Kernels2d.tensor(out, shape, a.dtype());
        Tensor[] inputs = bias == null ? new Tensor[] {a, b} : new Tensor[] {a, b, bias};
        String name = kind == Kind.WEIGHT_GRAD ? "ConvolutionBackwardBackward0" : "ConvolutionBackward0";
        return Graph.record(name, result, inputs, ctx -> {
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save(a) : null;
            SavedTensor sb = ctx.needsGrad(0) ? ctx.save(b) : null;
            boolean biasGrad = bias != null && ctx.needsGrad(2);
            return gy -> {
                Tensor ga = null;
                Tensor gb = null;
                switch (kind) {
                    case FORWARD: // y = conv(x, w)
                        ga = sb == null ? null : apply(Kind.INPUT_GRAD, g, gy, sb.get(), null);
                        gb = sa == null ? null : apply(Kind.WEIGHT_GRAD, g, sa.get(), gy, null);
                        break;
                    case INPUT_GRAD: // x-shaped = convT(y-shaped a, w)
                        ga = sb == null ? null : apply(Kind.FORWARD, g, gy, sb.get(), null);
                        gb = sa == null ? null : apply(Kind.WEIGHT_GRAD, g, gy, sa.get(), null);
                        break;
                    default: // w-shaped = wgrad(x, y-shaped b)
                        ga = sb == null ? null : apply(Kind.INPUT_GRAD, g, sb.get(), gy, null);
                        gb = sa == null ? null : apply(Kind.FORWARD, g, sa.get(), gy, null);
                        break;
                }
                Tensor gBias = biasGrad ? gy.sum(g.nonChannelDims(), false) : null;
                return bias == null ? new Tensor[] {ga, gb} : new Tensor[] {ga, gb, gBias};
            };
        });
    }

    private static void addBias(double[] out, double[] bias, int channels, int plane) {
        for (int i = 0, off = 0; off < out.length; i = (i + 1) % channels, off += plane) {
            double v = bias[i];
            for (int j = off; j < off + plane; j++) {
                out[j] += v;
            }
        }
    }

    private static int rows(Geometry g) {
        return g.c / g.groups * g.kh * g.kw;
    }

    static double[] forward(Geometry g, double[] x, double[] w) {
        int cg = g.c / g.groups;
        int og = g.o / g.groups;
        int k = rows(g);
        int p = g.oh * g.ow;
        double[] y = new double[g.n * g.o * p];
        double[] cols = new double[k * p];
        for (int ni = 0; ni < g.n; ni++) {
            for (int gi = 0; gi < g.groups; gi++) {
                im2col(g, x, (ni * g.c + gi * cg) * g.h * g.w, cols);
                Gemm.gemm(og, p, k, w, gi * og * k, k, 1, cols, 0, p, 1, y, (ni * g.o + gi * og) * p, p, false);
            }
        }
        return y;
    }

    static double[] inputGrad(Geometry g, double[] gy, double[] w) {
        int cg = g.c / g.groups;
        int og = g.o / g.groups;
        int k = rows(g);
        int p = g.oh * g.ow;
        double[] gx = new double[g.n * g.c * g.h * g.w];
        double[] cols = new double[k * p];
        for (int ni = 0; ni < g.n; ni++) {
            for (int gi = 0; gi < g.groups; gi++) {
                Gemm.gemm(k, p, og, w, gi * og * k, 1, k, gy, (ni * g.o + gi * og) * p, p, 1, cols, 0, p, false);
                col2im(g, cols, gx, (ni * g.c + gi * cg) * g.h * g.w);
            }
        }
        return gx;
    }

    static double[] weightGrad(Geometry g, double[] x, double[] gy) {
        int cg = g.c / g.groups;
        int og = g.o / g.groups;
        int k = rows(g);
        int p = g.oh * g.ow;
        double[] gw = new double[g.o * k];
        double[] cols = new double[k * p];
        for (int ni = 0; ni < g.n; ni++) {
            for (int gi = 0; gi < g.groups; gi++) {
                im2col(g, x, (ni * g.c + gi * cg) * g.h * g.w, cols);
                Gemm.gemm(og, k, p, gy, (ni * g.o + gi * og) * p, p, 1, cols, 0, 1, p, gw, gi * og * k, k, ni > 0);
            }
        }
        return gw;
    }

    /** Unfolds the c/groups channels at {@code xOff} into cols [c/groups*kh*kw, oh*ow] (zeros where padded). */
    private static void im2col(Geometry g, double[] x, int xOff, double[] cols) {
        columns(g, x, xOff, cols, false);
    }

    /** The adjoint of {@link #im2col}: adds cols back into the c/groups channels of x at {@code xOff}. */
    private static void col2im(Geometry g, double[] cols, double[] x, int xOff) {
        columns(g, x, xOff, cols, true);
    }

    /** Walks every (input position, column entry) pair: copies x into cols, or with {@code fold} adds cols into x. */
    private static void columns(Geometry g, double[] x, int xOff, double[] cols, boolean fold) {
        int cg = g.c / g.groups;
        int p = g.oh * g.ow;
        int row = 0;
        for (int c = 0; c < cg; c++) {
            int plane = xOff + c * g.h * g.w;
            for (int ki = 0; ki < g.kh; ki++) {
                for (int kj = 0; kj < g.kw; kj++, row++) {
                    for (int oi = 0; oi < g.oh; oi++) {
                        int ih = oi * g.sh - g.ph + ki * g.dh;
                        int col = row * p + oi * g.ow;
                        if (ih < 0 || ih >= g.h) {
                            if (!fold) {
                                java.util.Arrays.fill(cols, col, col + g.ow, 0);
                            }
                            continue;
                        }
                        int src = plane + ih * g.w;
                        for (int oj = 0; oj < g.ow; oj++) {
                            int iw = oj * g.sw - g.pw + kj * g.dw;
                            boolean inside = iw >= 0 && iw < g.w;
                            if (fold) {
                                if (inside) {
                                    x[src + iw] += cols[col + oj];
                                }
                            } else {
                                cols[col + oj] = inside ? x[src + iw] : 0;
                            }
                        }
                    }
                }
            }
        }
    }
}
