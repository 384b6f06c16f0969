package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.Gemm;
import org.autograd4j.tensor.Shapes;

/**
 * 1-D and 2-D convolution and transposed convolution (PyTorch's {@code ConvolutionBackward0}).
 *
 * <p>A convolution {@code y = conv(x, w)} is bilinear, and so are its two gradient maps: the input
 * gradient {@code gx = convT(gy, w)} (a transposed convolution) and the weight gradient
 * {@code gw = wgrad(x, gy)}. All three are partial gradients of the same trilinear form
 * {@code <conv(x, w), y>}, so each one's backward is expressed with the other two, recorded again:
 * gradients of any order come out of these three kernels. Each kernel runs im2col per chunk of
 * samples and group into a reused column buffer and hands the product to {@link Gemm}; col2im
 * scatters the input gradient back. float32 tensors are computed on float[] throughout, float64 on
 * double[].
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
        DType dtype = a.dtype();
        Object av = Kernels2d.values(a);
        Object bv = Kernels2d.values(b, dtype);
        int[] shape = kind == Kind.FORWARD ? g.outputShape() : kind == Kind.INPUT_GRAD ? g.inputShape() : g.weightShape();
        Object out = Kernels2d.newArray(dtype, Shapes.numel(shape));
        run(kind, g, av, bv, out);
        if (bias != null) {
            int plane = Shapes.numel(shape) / (shape[0] * shape[1]);
            if (out instanceof float[]) {
                addBias((float[]) out, (float[]) Kernels2d.values(bias, dtype), shape[1], plane);
            } else {
                addBias((double[]) out, (double[]) Kernels2d.values(bias, dtype), shape[1], plane);
            }
        }
        Tensor result = Kernels2d.tensor(out, shape, dtype);
        Tensor[] inputs = bias == null ? new Tensor[] {a, b} : new Tensor[] {a, b, bias};
        String name = kind == Kind.WEIGHT_GRAD ? "ConvolutionBackwardBackward0" : "ConvolutionBackward0";
        return Graph.record(name, result, inputs, ctx -> {
            // bilinear in (a, b), plus the bias over channels
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ta -> apply(kind, g, ta, b, null)),
                    Tangents.map(t[1], tb -> apply(kind, g, a, tb, null)),
                    bias == null ? null : Tangents.map(t[2], tc -> Prims.channelView(tc, result.dim(), 1))));
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

    private static void addBias(float[] out, float[] bias, int channels, int plane) {
        for (int i = 0, off = 0; off < out.length; i = (i + 1) % channels, off += plane) {
            float v = bias[i];
            for (int j = off; j < off + plane; j++) {
                out[j] += v;
            }
        }
    }

    private static void addBias(double[] out, double[] bias, int channels, int plane) {
        for (int i = 0, off = 0; off < out.length; i = (i + 1) % channels, off += plane) {
            double v = bias[i];
            for (int j = off; j < off + plane; j++) {
                out[j] += v;
            }
        }
    }

    /** Column-buffer elements one batch chunk may use (bounds the scratch memory of large inputs). */
    private static final int CHUNK_ELEMENTS = 1 << 22;

    /** Per-thread scratch (column buffer and a transposed operand), reused across calls. */
    private static final ThreadLocal<Object[]> SCRATCH = ThreadLocal.withInitial(() -> new Object[2]);

    private static Object scratch(DType dtype, int n) {
        Object[] cache = SCRATCH.get();
        int slot = dtype == DType.FLOAT32 ? 0 : 1;
        Object buf = cache[slot];
        if (buf == null || java.lang.reflect.Array.getLength(buf) < n) {
            buf = Kernels2d.newArray(dtype, n);
            cache[slot] = buf;
        }
        return buf;
    }

    /**
     * Runs one of the three maps on row-major {@code a}, {@code b} into the zeroed {@code out} (all of one
     * element type). The batch goes in chunks of {@code nb} samples per group: their columns side by
     * side as one [k, nb*p] matrix, and the y-shaped operand's [og, p] planes gathered into one
     * [og, nb*p] matrix, so each chunk is a single large GEMM.
     */
    private static void run(Kind kind, Geometry g, Object a, Object b, Object out) {
        DType dtype = a instanceof float[] ? DType.FLOAT32 : DType.FLOAT64;
        int cg = g.c / g.groups;
        int og = g.o / g.groups;
        int k = rows(g);
        int p = g.oh * g.ow;
        int nb = Math.max(1, Math.min(g.n, CHUNK_ELEMENTS / Math.max(1, k * p)));
        int cols = nb * p;
        Object buf = scratch(dtype, k * cols + (nb > 1 ? og * cols : 0));
        int yOff = k * cols; // the [og, nb*p] y-shaped matrix in buf (used when nb > 1)
        for (int n0 = 0; n0 < g.n; n0 += nb) {
            int m = Math.min(nb, g.n - n0);
            int mp = m * p;
            for (int gi = 0; gi < g.groups; gi++) {
                int xOff = (n0 * g.c + gi * cg) * g.h * g.w;
                int xStride = g.c * g.h * g.w;
                int ys = (n0 * g.o + gi * og) * p; // this chunk and group's first y-shaped plane
                Object y = kind == Kind.INPUT_GRAD ? a : b; // the y-shaped operand of the gradient maps
                int yAt = ys;
                int yLd = p;
                if (kind != Kind.FORWARD && m > 1) {
                    planes(y, ys, buf, yOff, m, og, g.o * p, p, true);
                    y = buf;
                    yAt = yOff;
                    yLd = mp;
                }
                switch (kind) {
                    case FORWARD: { // y = w · cols
                        columns(g, a, xOff, xStride, m, buf, mp, false);
                        if (m == 1) {
                            gemm(og, p, k, b, gi * og * k, k, 1, buf, 0, mp, 1, out, ys, p, false);
                        } else {
                            gemm(og, mp, k, b, gi * og * k, k, 1, buf, 0, mp, 1, buf, yOff, mp, false);
                            planes(out, ys, buf, yOff, m, og, g.o * p, p, false);
                        }
                        break;
                    }
                    case INPUT_GRAD: { // cols = wᵀ · gy, folded back
                        gemm(k, mp, og, b, gi * og * k, 1, k, y, yAt, yLd, 1, buf, 0, mp, false);
                        columns(g, out, xOff, xStride, m, buf, mp, true);
                        break;
                    }
                    default: { // gw += gy · colsᵀ
                        columns(g, a, xOff, xStride, m, buf, mp, false);
                        gemm(og, k, mp, y, yAt, yLd, 1, buf, 0, 1, mp, out, gi * og * k, k, n0 > 0);
                        break;
                    }
                }
            }
        }
    }

    /**
     * Moves {@code m} samples' runs of {@code og} [p]-planes (sample stride {@code sampleStride}) of
     * {@code y} from/to the [og, m*p] matrix at {@code matOff} of {@code mat}: {@code gather} copies y into it.
     */
    private static void planes(Object y, int yOff, Object mat, int matOff, int m, int og, int sampleStride, int p,
                               boolean gather) {
        int ld = m * p;
        for (int s = 0; s < m; s++) {
            for (int oc = 0; oc < og; oc++) {
                int yi = yOff + s * sampleStride + oc * p;
                int mi = matOff + oc * ld + s * p;
                if (gather) {
                    System.arraycopy(y, yi, mat, mi, p);
                } else {
                    System.arraycopy(mat, mi, y, yi, p);
                }
            }
        }
    }

    private static void gemm(int m, int n, int k, Object a, int aOff, int aRs, int aCs, Object b, int bOff, int bRs,
                             int bCs, Object c, int cOff, int ldc, boolean accumulate) {
        if (a instanceof float[]) {
            Gemm.gemm(m, n, k, (float[]) a, aOff, aRs, aCs, (float[]) b, bOff, bRs, bCs, (float[]) c, cOff, ldc,
                    accumulate);
        } else {
            Gemm.gemm(m, n, k, (double[]) a, aOff, aRs, aCs, (double[]) b, bOff, bRs, bCs, (double[]) c, cOff, ldc,
                    accumulate);
        }
    }

    private static int rows(Geometry g) {
        return g.c / g.groups * g.kh * g.kw;
    }

    /**
     * im2col and its adjoint col2im for {@code m} samples (input sample stride {@code xStride}) at
     * {@code xOff}: sample s's c/groups channels unfold into columns [s*p, (s+1)*p) of the
     * [c/groups*kh*kw, *] matrix {@code cols} (row stride {@code ld}), zeros where padded; with
     * {@code fold} the columns are added back into x instead.
     */
    private static void columns(Geometry g, Object x, int xOff, int xStride, int m, Object cols, int ld,
                                boolean fold) {
        int cg = g.c / g.groups;
        int p = g.oh * g.ow;
        int row = 0;
        for (int c = 0; c < cg; c++) {
            for (int ki = 0; ki < g.kh; ki++) {
                for (int kj = 0; kj < g.kw; kj++, row++) {
                    int shift = kj * g.dw - g.pw; // iw = oj * sw + shift
                    int lo = Math.min(g.ow, Math.max(0, -Math.floorDiv(shift, g.sw)));
                    int hi = Math.max(lo, Math.min(g.ow, -Math.floorDiv(shift - g.w, g.sw)));
                    for (int s = 0; s < m; s++) {
                        int plane = xOff + s * xStride + c * g.h * g.w;
                        for (int oi = 0; oi < g.oh; oi++) {
                            int ih = oi * g.sh - g.ph + ki * g.dh;
                            int col = row * ld + s * p + oi * g.ow;
                            boolean inside = ih >= 0 && ih < g.h;
                            if (!fold) {
                                zero(cols, col, inside ? col + lo : col + g.ow);
                                zero(cols, inside ? col + hi : col + g.ow, col + g.ow);
                            }
                            if (!inside || hi == lo) {
                                continue;
                            }
                            int src = plane + ih * g.w + lo * g.sw + shift;
                            if (!fold && g.sw == 1) {
                                System.arraycopy(x, src, cols, col + lo, hi - lo);
                            } else if (x instanceof float[]) {
                                move((float[]) x, src, g.sw, (float[]) cols, col + lo, hi - lo, fold);
                            } else {
                                move((double[]) x, src, g.sw, (double[]) cols, col + lo, hi - lo, fold);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void zero(Object a, int from, int to) {
        if (from >= to) {
            return;
        }
        if (a instanceof float[]) {
            java.util.Arrays.fill((float[]) a, from, to, 0f);
        } else {
            java.util.Arrays.fill((double[]) a, from, to, 0d);
        }
    }

    /** cols[ci + j] = x[xi + j * step] for j below n, or with {@code fold} x[xi + j * step] += cols[ci + j]. */
    private static void move(float[] x, int xi, int step, float[] cols, int ci, int n, boolean fold) {
        for (int j = 0; j < n; j++) {
            if (fold) {
                x[xi + j * step] += cols[ci + j];
            } else {
                cols[ci + j] = x[xi + j * step];
            }
        }
    }

    private static void move(double[] x, int xi, int step, double[] cols, int ci, int n, boolean fold) {
        for (int j = 0; j < n; j++) {
            if (fold) {
                x[xi + j * step] += cols[ci + j];
            } else {
                cols[ci + j] = x[xi + j * step];
            }
        }
    }
}
