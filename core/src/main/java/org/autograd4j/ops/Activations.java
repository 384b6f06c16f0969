package org.autograd4j.ops;

import static org.autograd4j.ops.PointwiseGrad.ZERO;
import static org.autograd4j.ops.PointwiseGrad.record;
import static org.autograd4j.ops.PointwiseGrad.recordFromResult;
import static org.autograd4j.ops.PointwiseGrad.requireFloating;
import static org.autograd4j.ops.PointwiseGrad.unary;
import static org.autograd4j.ops.SpecialFunctions.INV_SQRT_2PI;
import static org.autograd4j.ops.SpecialFunctions.SQRT_HALF;
import static org.autograd4j.ops.UnaryMath.normalDensity;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.UnaryOp;
import org.autograd4j.tensor.Shapes;

/**
 * The activation functions of {@code torch.nn.functional}, with PyTorch's node names, boundary
 * conventions (which side of a kink gets which slope, what nan gets) and numerically stable forms.
 * Each takes the node name so the in-place variants can record PyTorch's {@code ...Backward1}.
 */
public final class Activations {
    /** SELU's constants, from Klambauer et al. (as PyTorch). */
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    // An op and its in-place form record different nodes in PyTorch (the in-place one saves the result).
    private static final String LEAKY_RELU = "LeakyReluBackward0";
    private static final String LEAKY_RELU_INPLACE = "LeakyReluBackward1";
    private static final String THRESHOLD = "ThresholdBackward0";
    private static final String THRESHOLD_INPLACE = "ThresholdBackward1";
    private static final String ELU = "EluBackward0";
    private static final String ELU_INPLACE = "EluBackward1";
    private static final String CELU = "CeluBackward0";
    private static final String CELU_INPLACE = "CeluBackward1";

    private static final double GELU_BETA = 0.7978845608028654; // sqrt(2 / pi)
    private static final double GELU_KAPPA = 0.044715;
    private static final double HARDSIGMOID_SLOPE = 1.0f / 6;

    private Activations() {
    }

    public static Tensor sigmoid(Tensor x) {
        return recordFromResult("SigmoidBackward0", Pointwise.unary(UnaryOp.SIGMOID, x), x,
                ActivationBackward::sigmoid);
    }

    /** max(x, 0); the gradient passes where the result is positive (or nan, as PyTorch). */
    public static Tensor relu(Tensor x) {
        return recordFromResult("ReluBackward0", Pointwise.unary(UnaryOp.RELU, x), x, ActivationBackward::threshold);
    }

    /**
     * {@code clamp(x, min, max)} with PyTorch's hardtanh gradient: it passes strictly inside
     * (min, max) only, so not at nan ({@code HardtanhBackward0}). Integer inputs keep their dtype.
     */
    public static Tensor hardtanh(Tensor x, double min, double max) {
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("Bool inputs not supported for hardtanh");
        }
        double lo = Promotion.roundTo(x.dtype(), min);
        double hi = Promotion.roundTo(x.dtype(), max);
        Tensor out = Pointwise.map(x, x.dtype(), v -> v < lo ? lo : v > hi ? hi : v);
        return record("HardtanhBackward0", out, x, v -> v > lo && v < hi ? 1 : 0, ZERO);
    }

    /** {@code x > 0 ? x : slope * x}; the slope applies at 0 and at nan ({@code LeakyReluBackward0}). */
    public static Tensor leakyRelu(Tensor x, double slope) {
        return leakyRelu(x, slope, LEAKY_RELU);
    }

    /** {@code leaky_relu_}: in place ({@code LeakyReluBackward1}). */
    public static Tensor leakyRelu_(Tensor x, double slope) {
        return InPlace.apply(x, t -> leakyRelu(t, slope, LEAKY_RELU_INPLACE));
    }

    private static Tensor leakyRelu(Tensor x, double slope, String node) {
        requireFloating(x, "leaky_relu_cpu");
        return unary(node, x, x.dtype(), v -> v > 0 ? v : v * slope, v -> v > 0 ? 1 : slope, ZERO);
    }

    /** {@code x > threshold ? x : value} ({@code ThresholdBackward0}). */
    public static Tensor threshold(Tensor x, double threshold, double value) {
        return threshold(x, threshold, value, THRESHOLD);
    }

    /** {@code threshold_}: in place ({@code ThresholdBackward1}). */
    public static Tensor threshold_(Tensor x, double threshold, double value) {
        return InPlace.apply(x, t -> threshold(t, threshold, value, THRESHOLD_INPLACE));
    }

    private static Tensor threshold(Tensor x, double threshold, double value, String node) {
        double t = Promotion.roundTo(x.dtype(), threshold);
        Tensor out = Pointwise.map(x, x.dtype(), v -> v <= t ? value : v);
        return record(node, out, x, v -> v <= t ? 0 : 1, ZERO);
    }

    /** ELU ({@code EluBackward0}). */
    public static Tensor elu(Tensor x, double alpha) {
        return elu(x, alpha, 1, 1, ELU);
    }

    /** {@code elu_}: in place ({@code EluBackward1}). */
    public static Tensor elu_(Tensor x, double alpha) {
        return InPlace.apply(x, t -> elu(t, alpha, 1, 1, ELU_INPLACE));
    }

    /** SELU: ELU with fixed alpha and scale ({@code EluBackward0}, as PyTorch). */
    public static Tensor selu(Tensor x) {
        return elu(x, SELU_ALPHA, SELU_SCALE, 1, ELU);
    }

    /** {@code selu_}: in place ({@code EluBackward1}). */
    public static Tensor selu_(Tensor x) {
        return InPlace.apply(x, t -> elu(t, SELU_ALPHA, SELU_SCALE, 1, ELU_INPLACE));
    }

    /**
     * PyTorch's general ELU: {@code scale * x} for x &gt; 0, else {@code scale * alpha *
     * (exp(inputScale * x) - 1)}. ELU, SELU and CELU are this with particular constants. The
     * gradient at nan is nan.
     */
    private static Tensor elu(Tensor x, double alpha, double scale, double inputScale, String node) {
        requireFloating(x, "elu_cpu");
        double neg = alpha * scale;
        return unary(node, x, x.dtype(),
                v -> v <= 0 ? Math.expm1(v * inputScale) * neg : v * scale,
                v -> v <= 0 ? inputScale * neg * Math.exp(v * inputScale) : v > 0 ? scale : v,
                t -> Masking.zeroWhere(t.mul(inputScale).exp().mul(inputScale * inputScale * neg),
                        Pointwise.map(t, DType.BOOL, v -> v > 0 ? 1 : 0)));
    }

    /** CELU: {@code max(0, x) + min(0, alpha * (exp(x / alpha) - 1))} ({@code CeluBackward0}). */
    public static Tensor celu(Tensor x, double alpha) {
        return celu(x, alpha, CELU);
    }

    /** {@code celu_}: in place ({@code CeluBackward1}). */
    public static Tensor celu_(Tensor x, double alpha) {
        return InPlace.apply(x, t -> celu(t, alpha, CELU_INPLACE));
    }

    private static Tensor celu(Tensor x, double alpha, String node) {
        if (alpha == 0) {
            throw new IllegalArgumentException("ZeroDivisionError: alpha cannot be 0 for CELU");
        }
        return elu(x, alpha, 1, 1 / alpha, node);
    }

    /**
     * GELU: {@code x * Phi(x)} with Phi the standard normal CDF ("none"), or PyTorch's tanh
     * approximation ("tanh") ({@code GeluBackward0}).
     */
    public static Tensor gelu(Tensor x, String approximate) {
        requireFloating(x, "GeluKernelImpl");
        if ("none".equals(approximate)) {
            return recordGelu(x, Activations::gelu, Activations::geluDerivative,
                    t -> normalDensity(t).mul(t.square().rsub(2L)));
        }
        if ("tanh".equals(approximate)) {
            return recordGelu(x, Activations::geluTanh, Activations::geluTanhDerivative,
                    Activations::geluTanhSecondDerivative);
        }
        throw new IllegalArgumentException("approximate argument must be either none or tanh.");
    }

    /** Both forms of GELU are one node in PyTorch. */
    private static Tensor recordGelu(Tensor x, DoubleUnaryOperator f, DoubleUnaryOperator df,
                                     UnaryOperator<Tensor> d2f) {
        return unary("GeluBackward0", x, x.dtype(), f, df, d2f);
    }

    private static double gelu(double v) {
        return v * 0.5 * (1 + SpecialFunctions.erf(v * SQRT_HALF));
    }

    private static double geluDerivative(double v) {
        return 0.5 * (1 + SpecialFunctions.erf(v * SQRT_HALF)) + v * INV_SQRT_2PI * Math.exp(-0.5 * v * v);
    }

    private static double geluTanh(double v) {
        double inner = GELU_BETA * (v + GELU_KAPPA * v * v * v);
        return 0.5 * v * (1 + Math.tanh(inner));
    }

    private static double geluTanhDerivative(double v) {
        double t = Math.tanh(GELU_BETA * (v + GELU_KAPPA * v * v * v));
        double du = GELU_BETA * (1 + 3 * GELU_KAPPA * v * v);
        return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * du;
    }

    /** With u = beta (x + kappa x^3): f'' = (1 - tanh(u)^2) (u' + x/2 (u'' - 2 tanh(u) u'^2)). */
    private static Tensor geluTanhSecondDerivative(Tensor t) {
        Tensor th = t.add(t.pow(3L).mul(GELU_KAPPA)).mul(GELU_BETA).tanh();
        Tensor du = t.square().mul(3 * GELU_KAPPA).add(1L).mul(GELU_BETA);
        Tensor d2u = t.mul(6 * GELU_BETA * GELU_KAPPA);
        Tensor inner = d2u.sub(th.mul(du.square()).mul(2L)).mul(t).mul(0.5).add(du);
        return th.square().rsub(1L).mul(inner);
    }

    /** SiLU (swish): {@code x * sigmoid(x)} ({@code SiluBackward0}). */
    public static Tensor silu(Tensor x) {
        requireFloating(x, "silu_cpu");
        return unary("SiluBackward0", x, x.dtype(), v -> v / (1 + Math.exp(-v)), v -> {
            double s = sigmoid(v);
            return s * (1 + v * (1 - s));
        }, t -> {
            Tensor s = t.sigmoid();
            return s.mul(s.rsub(1L)).mul(t.mul(s.mul(-2L).add(1L)).add(2L));
        });
    }

    /** Mish: {@code x * tanh(softplus(x))} ({@code MishBackward0}). */
    public static Tensor mish(Tensor x) {
        requireFloating(x, "mish_cpu");
        return unary("MishBackward0", x, x.dtype(), v -> v * Math.tanh(softplus(v)), v -> {
            double t = Math.tanh(softplus(v));
            return t + v * sigmoid(v) * (1 - t * t);
        }, t -> {
            // f'' = sigma (1 - th^2) (2 + x ((1 - sigma) - 2 th sigma)), th = tanh(softplus(x))
            Tensor s = t.sigmoid();
            Tensor th = softplus(t, 1, 20).tanh();
            Tensor bracket = s.rsub(1L).sub(th.mul(s).mul(2L)).mul(t).add(2L);
            return s.mul(th.square().rsub(1L)).mul(bracket);
        });
    }

    /**
     * {@code log(1 + exp(beta x)) / beta}, and x itself where {@code beta x > threshold}
     * ({@code SoftplusBackward0}). Computed as {@code max(z, 0) + log1p(exp(-|z|))}, which does not
     * overflow even when the threshold is large.
     */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        requireFloating(x, "softplus_cpu");
        return unary("SoftplusBackward0", x, x.dtype(),
                v -> v * beta > threshold ? v : softplus(v * beta) / beta,
                v -> v * beta > threshold ? 1 : sigmoid(v * beta),
                t -> {
                    Tensor s = t.mul(beta).sigmoid();
                    return Masking.zeroWhere(s.mul(s.rsub(1L)).mul(beta),
                            Pointwise.map(t, DType.BOOL, v -> v * beta > threshold ? 1 : 0));
                });
    }

    /** {@code x / (1 + |x|)}, composed as in PyTorch (node {@code DivBackward0}). */
    public static Tensor softsign(Tensor x) {
        return x.div(x.abs().add(1L));
    }

    /**
     * {@code clamp(x / 6 + 1/2, 0, 1)} ({@code HardsigmoidBackward0}). The gradient applies strictly
     * inside (-3, 3) and is PyTorch's constant: 1/6 rounded to float, even for float64.
     */
    public static Tensor hardsigmoid(Tensor x) {
        requireFloating(x, "hardsigmoid_cpu");
        return unary("HardsigmoidBackward0", x, x.dtype(), v -> Math.min(Math.max(v + 3, 0), 6) / 6,
                v -> v > -3 && v < 3 ? HARDSIGMOID_SLOPE : 0, ZERO);
    }

    /**
     * {@code x * clamp(x + 3, 0, 6) / 6} ({@code HardswishBackward0}). The gradient is 0 below -3,
     * {@code x/3 + 1/2} on [-3, 3), 1 from 3 on, and nan at nan, as PyTorch's vectorized loop (its
     * scalar loop, which only the last few elements of a tensor reach, gives 1.5 at 3 and 1 at nan).
     */
    public static Tensor hardswish(Tensor x) {
        requireFloating(x, "hardswish_cpu");
        return unary("HardswishBackward0", x, x.dtype(), v -> v * Math.min(Math.max(v + 3, 0), 6) / 6,
                v -> v < -3 ? 0 : v >= 3 ? 1 : v / 3 + 0.5,
                t -> Pointwise.map(t, t.dtype(), v -> v >= -3 && v < 3 ? 1.0 / 3 : 0));
    }

    /** {@code log(sigmoid(x))}, as {@code min(x, 0) - log1p(exp(-|x|))} ({@code LogSigmoidBackward0}). */
    public static Tensor logsigmoid(Tensor x) {
        requireFloating(x, "log_sigmoid_cpu");
        return unary("LogSigmoidBackward0", x, x.dtype(), Activations::logSigmoid, v -> sigmoid(-v), t -> {
            Tensor s = t.sigmoid();
            return s.mul(s.rsub(1L)).neg();
        });
    }

    /** {@code x} where {@code |x| > lambd}, else 0 ({@code HardshrinkBackward0}; zero gradient at nan). */
    public static Tensor hardshrink(Tensor x, double lambd) {
        requireFloating(x, "hardshrink_cpu");
        double l = Promotion.roundTo(x.dtype(), lambd);
        return unary("HardshrinkBackward0", x, x.dtype(), v -> v >= -l && v <= l ? 0 : v,
                v -> v < -l || v > l ? 1 : 0, ZERO);
    }

    /** {@code x - lambd} above lambd, {@code x + lambd} below -lambd, else 0 ({@code SoftshrinkBackward0}). */
    public static Tensor softshrink(Tensor x, double lambd) {
        requireFloating(x, "softshrink_cpu");
        if (lambd < 0) {
            throw new IllegalArgumentException("lambda must be greater or equal to 0, but found to be "
                    + PointwiseGrad.cpp(lambd) + ".");
        }
        double l = Promotion.roundTo(x.dtype(), lambd);
        return unary("SoftshrinkBackward0", x, x.dtype(), v -> v > l ? v - l : v < -l ? v + l : 0,
                v -> v < -l || v > l ? 1 : 0, ZERO);
    }

    /** {@code x - tanh(x)}, composed as in PyTorch (node {@code SubBackward0}). */
    public static Tensor tanhshrink(Tensor x) {
        return x.sub(x.tanh());
    }

    /**
     * {@code x > 0 ? x : weight * x}, with one weight or one per channel (dim 1) ({@code PreluBackward0}).
     * The weight gets {@code sum(g * x)} over the non-positive elements of its channel.
     */
    public static Tensor prelu(Tensor x, Tensor weight) {
        requireFloating(x, "prelu_cpu");
        if (weight.dim() > 1) {
            throw new IllegalArgumentException("prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = "
                    + weight.dim());
        }
        int channels = x.dim() >= 2 ? x.size(1) : 1;
        if (weight.numel() != 1 && weight.numel() != channels) {
            throw new IllegalArgumentException("Mismatch of parameter numbers and input channel size. Found parameter "
                    + "numbers = " + weight.numel() + " and channel size = " + channels + ".");
        }
        if (weight.dtype() != x.dtype()) {
            throw new IllegalArgumentException("Found dtype " + weight.dtype().scalarTypeName()
                    + " but expected " + x.dtype().scalarTypeName());
        }
        int[] perChannel = new int[weight.numel() == 1 ? 0 : x.dim()];
        java.util.Arrays.fill(perChannel, 1);
        if (perChannel.length > 0) {
            perChannel[1] = channels;
        }
        Tensor out = Pointwise.map2(x, weight.detach().reshape(perChannel), x.dtype(), (v, a) -> v > 0 ? v : a * v);
        return Graph.record("PreluBackward0", out, x, weight, ctx -> {
            ctx.forward(t -> {
                Tensor positive = Pointwise.map(x, DType.BOOL, e -> e > 0 ? 1 : 0);
                return Tangents.sum(Tangents.map(t[0], tx -> tx.mul(preluSlope(x, weight.reshape(perChannel), positive))),
                        Tangents.map(t[1], tw -> Masking.zeroWhere(tw.reshape(perChannel).mul(x), positive)));
            });
            SavedTensor self = ctx.save("self", x);
            SavedTensor sw = ctx.save("weight", weight);
            return g -> {
                Tensor v = self.get();
                Tensor w = sw.get().reshape(perChannel);
                Tensor positive = Pointwise.map(v, DType.BOOL, e -> e > 0 ? 1 : 0);
                return new Tensor[] {
                        ctx.needsGrad(0) ? g.mul(preluSlope(v, w, positive)) : null,
                        ctx.needsGrad(1) ? Masking.zeroWhere(g.mul(v), positive).sumToSize(w.shape())
                                .reshape(sw.get().shape()) : null};
            };
        });
    }

    /** prelu's derivative in x: 1 where x is positive, else the channel's weight. */
    private static Tensor preluSlope(Tensor x, Tensor w, Tensor positive) {
        return Masking.zeroWhere(w.expand(x.shape()), positive).add(Pointwise.map(positive, x.dtype(), e -> e));
    }

    /**
     * The gated linear unit: x split in halves a, b along {@code dim}, {@code a * sigmoid(b)}
     * ({@code GluBackward0}).
     */
    public static Tensor glu(Tensor x, int dim) {
        requireFloating(x, "glu_cpu");
        if (x.dim() == 0) {
            throw new IllegalArgumentException("glu does not support scalars because halving size must be even");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int n = x.size(d);
        if (n % 2 != 0) {
            throw new IllegalArgumentException("Halving dimension must be even, but dimension " + d + " is size " + n);
        }
        int h = n / 2;
        Tensor out;
        try (GradMode.Guard off = GradMode.set(false)) {
            out = x.slice(d, 0, h).mul(x.slice(d, h, n).sigmoid());
        }
        return Graph.record("GluBackward0", out, x, ctx -> {
            ctx.forward(t -> {
                Tensor s = x.slice(d, h, n).sigmoid();
                Tensor tb = t[0].slice(d, h, n);
                return t[0].slice(d, 0, h).mul(s).add(x.slice(d, 0, h).mul(s).mul(s.rsub(1L)).mul(tb));
            });
            SavedTensor self = ctx.save("self", x);
            return g -> {
                Tensor v = self.get();
                Tensor a = v.slice(d, 0, h);
                Tensor s = v.slice(d, h, n).sigmoid();
                Tensor ga = g.mul(s);
                Tensor gb = g.mul(a).mul(s).mul(s.rsub(1L));
                return new Tensor[] {Tensor.cat(java.util.List.of(ga, gb), d)};
            };
        });
    }

    /** {@code log(1 + exp(z))} without overflow. */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** Not {@code -softplus(-z)}: for large z that is -0, where PyTorch's {@code min(z, 0) - log1p(...)} is +0. */
    static double logSigmoid(double z) {
        return Math.min(z, 0) - Math.log1p(Math.exp(-Math.abs(z)));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
