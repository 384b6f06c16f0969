package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.ConvGeometry;
import org.autograd4j.kernels.ConvolutionKernels;
import org.autograd4j.kernels.ConvolutionKernels.Map;
import org.autograd4j.tensor.Shapes;

/**
 * 1-D and 2-D convolution and transposed convolution (PyTorch's {@code ConvolutionBackward0}).
 *
 * <p>A convolution {@code y = conv(x, w)} is bilinear, and so are its two gradient maps: the input
 * gradient {@code gx = convT(gy, w)} (a transposed convolution) and the weight gradient
 * {@code gw = wgrad(x, gy)}. All three are partial gradients of the same trilinear form
 * {@code <conv(x, w), y>}, so each one's backward is expressed with the other two, recorded again:
 * gradients of any order come out of these three kernels ({@link ConvolutionKernels}: im2col and
 * GEMM). float32 tensors are computed on float[] throughout, float64 on double[].
 */
public final class Convolution {
    private Convolution() {
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
        ConvGeometry g = forwardGeometry(input, weight, bias, s, p, d, groups, spatial == 1);
        Tensor out = apply(Map.FORWARD, g, input, weight, bias);
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
        ConvGeometry g = new ConvGeometry(input.size(0), outC, h, w, weight.size(0), kh, kw, ih, iw, s2, p2, d2, groups,
                oneD);
        Tensor out = apply(Map.INPUT_GRAD, g, input, weight, bias);
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

    private static ConvGeometry forwardGeometry(Tensor x, Tensor weight, Tensor bias, int[] s, int[] p, int[] d,
                                                int groups, boolean oneD) {
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
        return new ConvGeometry(x.size(0), c, h, w, weight.size(0), kh, kw, oh, ow, s2, p2, d2, groups, oneD);
    }

    // ------------------------------------------------------------------ the three recorded kernels

    /**
     * Applies one of the three bilinear maps to (a, b) (+ bias over channels) and records it.
     * FORWARD: (x, w) to y. INPUT_GRAD: (y-shaped, w) to x-shaped. WEIGHT_GRAD: (x, y-shaped) to w-shaped.
     */
    private static Tensor apply(Map kind, ConvGeometry g, Tensor a, Tensor b, Tensor bias) {
        DType dtype = a.dtype();
        Object av = Kernels2d.values(a);
        Object bv = Kernels2d.values(b, dtype);
        int[] shape = kind == Map.FORWARD ? g.outputShape() : kind == Map.INPUT_GRAD ? g.inputShape() : g.weightShape();
        Object out = Kernels2d.newArray(dtype, Shapes.numel(shape));
        ConvolutionKernels.run(kind, g, av, bv, out);
        if (bias != null) {
            int plane = Shapes.numel(shape) / (shape[0] * shape[1]);
            ConvolutionKernels.addBias(out, Kernels2d.values(bias, dtype), shape[1], plane);
        }
        Tensor result = Kernels2d.tensor(out, shape, dtype);
        Tensor[] inputs = bias == null ? new Tensor[] {a, b} : new Tensor[] {a, b, bias};
        String name = kind == Map.WEIGHT_GRAD ? "ConvolutionBackwardBackward0" : "ConvolutionBackward0";
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
                        ga = sb == null ? null : apply(Map.INPUT_GRAD, g, gy, sb.get(), null);
                        gb = sa == null ? null : apply(Map.WEIGHT_GRAD, g, sa.get(), gy, null);
                        break;
                    case INPUT_GRAD: // x-shaped = convT(y-shaped a, w)
                        ga = sb == null ? null : apply(Map.FORWARD, g, gy, sb.get(), null);
                        gb = sa == null ? null : apply(Map.WEIGHT_GRAD, g, gy, sa.get(), null);
                        break;
                    default: // w-shaped = wgrad(x, y-shaped b)
                        ga = sb == null ? null : apply(Map.INPUT_GRAD, g, sb.get(), gy, null);
                        gb = sa == null ? null : apply(Map.FORWARD, g, sa.get(), gy, null);
                        break;
                }
                Tensor gBias = biasGrad ? gy.sum(g.nonChannelDims(), false) : null;
                return bias == null ? new Tensor[] {ga, gb} : new Tensor[] {ga, gb, gBias};
            };
        });
    }
}
