package org.autograd4j.ops;

import static org.autograd4j.ops.PointwiseGrad.record;
import static org.autograd4j.ops.PointwiseGrad.recordFromResult;
import static org.autograd4j.ops.PointwiseGrad.unary;
import static org.autograd4j.ops.PointwiseGrad.zeroGrad;
import static org.autograd4j.ops.SpecialFunctions.INV_SQRT_2PI;
import static org.autograd4j.ops.SpecialFunctions.LN10;
import static org.autograd4j.ops.SpecialFunctions.LN2;
import static org.autograd4j.ops.SpecialFunctions.SQRT_PI;
import static org.autograd4j.ops.SpecialFunctions.TWO_OVER_SQRT_PI;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.UnaryOp;

/**
 * Elementwise math functions of one argument: powers and roots, exponentials and logarithms,
 * trigonometric and hyperbolic functions, the error function. The ones with a SIMD kernel (exp,
 * log, sqrt, tanh) save what their backward needs; the others give their value, derivative and
 * (as a tensor expression) second derivative through {@link PointwiseGrad#unary}, in PyTorch's
 * derivatives.yaml order. Ops on integer inputs compute in float32 unless they keep the dtype
 * (abs, sign), as PyTorch.
 */
public final class UnaryMath {
    private UnaryMath() {
    }

    private static DType floating(Tensor x) {
        return Promotion.floating(x.dtype());
    }

    // ------------------------------------------------------------------ magnitude, powers and roots

    /** |x| (node {@code AbsBackward0}); the gradient is {@code g * sign(x)}, 0 at 0 and at nan. */
    public static Tensor abs(Tensor x) {
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"abs_cpu\" not implemented for 'Bool'");
        }
        return record("AbsBackward0", Pointwise.unary(UnaryOp.ABS, x), x, UnaryMath::sign, PointwiseGrad.ZERO);
    }

    /** -1, 0 or 1 in x's dtype (0 for nan, as PyTorch); zero gradient ({@code SignBackward0}). */
    public static Tensor sign(Tensor x) {
        return zeroGrad("SignBackward0", Pointwise.map(x, x.dtype(), UnaryMath::sign), x);
    }

    private static double sign(double v) {
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    public static Tensor sqrt(Tensor x) {
        return recordSqrt(Pointwise.unary(UnaryOp.SQRT, x), x);
    }

    /**
     * {@code max(sqrt(x), eps)} recorded as {@code SqrtBackward0} whose saved result is the clamped
     * value, as PyTorch's cosine_similarity clamps the norms in place under no_grad.
     */
    public static Tensor sqrtClampedMin(Tensor x, double eps) {
        Tensor out = Pointwise.unary(UnaryOp.SQRT, x);
        Pointwise.map(out, out, v -> Double.isNaN(v) ? v : Math.max(v, eps));
        return recordSqrt(out, x);
    }

    private static Tensor recordSqrt(Tensor out, Tensor x) {
        return recordFromResult("SqrtBackward0", out, x, (g, y) -> g.div(y.mul(2)));
    }

    /** x * x, recorded as PyTorch records it: {@code pow(x, 2)} ({@code PowBackward0}). */
    public static Tensor square(Tensor x) {
        return Arithmetic.pow(x, TensorAccess.wrap(2L));
    }

    /** 1 / x ({@code ReciprocalBackward0}). */
    public static Tensor reciprocal(Tensor x) {
        return unary("ReciprocalBackward0", x, floating(x), v -> 1 / v, v -> -1 / (v * v),
                t -> t.pow(-3L).mul(2L));
    }

    /** 1 / sqrt(x) ({@code RsqrtBackward0}). */
    public static Tensor rsqrt(Tensor x) {
        return unary("RsqrtBackward0", x, floating(x), v -> 1 / Math.sqrt(v), v -> -0.5 / (v * Math.sqrt(v)),
                t -> t.pow(-2.5).mul(0.75));
    }

    // ------------------------------------------------------------------ exponentials and logarithms

    public static Tensor exp(Tensor x) {
        return recordFromResult("ExpBackward0", Pointwise.unary(UnaryOp.EXP, x), x, Tensor::mul);
    }

    public static Tensor log(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.LOG, x);
        return Graph.record("LogBackward0", out, x, ctx -> {
            ctx.elementwise();
            SavedTensor self = ctx.save("self", x);
            return g -> new Tensor[] {g.div(self.get())};
        });
    }

    /** 2^x ({@code Exp2Backward0}). */
    public static Tensor exp2(Tensor x) {
        return unary("Exp2Backward0", x, floating(x), v -> Math.pow(2, v), v -> Math.pow(2, v) * LN2,
                t -> exp2(t).mul(LN2 * LN2));
    }

    /** exp(x) - 1, accurate near 0 ({@code Expm1Backward0}). */
    public static Tensor expm1(Tensor x) {
        return unary("Expm1Backward0", x, floating(x), Math::expm1, Math::exp, Tensor::exp);
    }

    /** Base-2 logarithm, exact at powers of two ({@code Log2Backward0}). */
    public static Tensor log2(Tensor x) {
        return unary("Log2Backward0", x, floating(x), UnaryMath::log2, v -> 1 / (v * LN2),
                t -> t.pow(-2L).mul(-1 / LN2));
    }

    private static double log2(double v) {
        if (v >= Double.MIN_NORMAL && v < Double.POSITIVE_INFINITY) {
            int e = Math.getExponent(v);
            return e + Math.log(Math.scalb(v, -e)) / LN2;
        }
        return Math.log(v) / LN2;
    }

    /** Base-10 logarithm ({@code Log10Backward0}). */
    public static Tensor log10(Tensor x) {
        return unary("Log10Backward0", x, floating(x), Math::log10, v -> 1 / (v * LN10),
                t -> t.pow(-2L).mul(-1 / LN10));
    }

    /** log(1 + x), accurate near 0 ({@code Log1PBackward0}). */
    public static Tensor log1p(Tensor x) {
        return unary("Log1PBackward0", x, floating(x), Math::log1p, v -> 1 / (1 + v), t -> t.add(1L).pow(-2L).neg());
    }

    /**
     * log(x / (1 - x)) ({@code LogitBackward0}). With {@code eps}, x is first clamped to
     * [eps, 1 - eps] and the gradient is 0 outside (and at nan); without, the gradient is nan
     * outside [0, 1].
     */
    public static Tensor logit(Tensor x, Double eps) {
        DType type = floating(x);
        double lo = eps == null ? 0 : Promotion.roundTo(type, eps);
        double hi = eps == null ? 1 : Promotion.roundTo(type, 1 - lo);
        return unary("LogitBackward0", x, type, v -> {
            double z = eps == null ? v : v < lo ? lo : v > hi ? hi : v;
            return Math.log(z / (1 - z));
        }, v -> v >= lo && v <= hi ? 1 / (v * (1 - v)) : eps == null ? Double.NaN : 0, t -> {
            Tensor d2 = t.mul(2L).sub(1L).div(t.mul(t.rsub(1L)).square());
            return eps == null ? d2 : Masking.zeroWhere(d2, Pointwise.map(t, DType.BOOL, v -> v >= lo && v <= hi ? 0 : 1));
        });
    }

    // ------------------------------------------------------------------ trigonometric and hyperbolic

    public static Tensor sin(Tensor x) {
        return unary("SinBackward0", x, floating(x), Math::sin, Math::cos, t -> t.sin().neg());
    }

    public static Tensor cos(Tensor x) {
        return unary("CosBackward0", x, floating(x), Math::cos, v -> -Math.sin(v), t -> t.cos().neg());
    }

    public static Tensor tan(Tensor x) {
        return unary("TanBackward0", x, floating(x), Math::tan, v -> {
            double c = Math.cos(v);
            return 1 / (c * c);
        }, t -> {
            Tensor y = t.tan();
            return y.mul(y.square().add(1L)).mul(2L);
        });
    }

    public static Tensor asin(Tensor x) {
        return unary("AsinBackward0", x, floating(x), Math::asin, v -> 1 / Math.sqrt(1 - v * v),
                t -> t.mul(t.square().rsub(1L).pow(-1.5)));
    }

    public static Tensor acos(Tensor x) {
        return unary("AcosBackward0", x, floating(x), Math::acos, v -> -1 / Math.sqrt(1 - v * v),
                t -> t.mul(t.square().rsub(1L).pow(-1.5)).neg());
    }

    public static Tensor atan(Tensor x) {
        return unary("AtanBackward0", x, floating(x), Math::atan, v -> 1 / (1 + v * v),
                t -> t.mul(-2L).mul(t.square().add(1L).pow(-2L)));
    }

    public static Tensor tanh(Tensor x) {
        return recordFromResult("TanhBackward0", Pointwise.unary(UnaryOp.TANH, x), x, ActivationBackward::tanh);
    }

    public static Tensor sinh(Tensor x) {
        return unary("SinhBackward0", x, floating(x), Math::sinh, Math::cosh, Tensor::sinh);
    }

    public static Tensor cosh(Tensor x) {
        return unary("CoshBackward0", x, floating(x), Math::cosh, Math::sinh, Tensor::cosh);
    }

    public static Tensor asinh(Tensor x) {
        return unary("AsinhBackward0", x, floating(x), UnaryMath::asinh, v -> 1 / Math.hypot(v, 1),
                t -> t.neg().mul(t.square().add(1L).pow(-1.5)));
    }

    public static Tensor acosh(Tensor x) {
        return unary("AcoshBackward0", x, floating(x), UnaryMath::acosh, v -> 1 / Math.sqrt((v - 1) * (v + 1)),
                t -> t.neg().mul(t.square().sub(1L).pow(-1.5)));
    }

    public static Tensor atanh(Tensor x) {
        return unary("AtanhBackward0", x, floating(x), UnaryMath::atanh, v -> 1 / (1 - v * v),
                t -> t.mul(2L).mul(t.square().rsub(1L).pow(-2L)));
    }

    private static double asinh(double v) {
        double a = Math.abs(v);
        double r = a > 0x1p28 ? Math.log(a) + LN2 : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, v);
    }

    private static double acosh(double v) {
        if (v > 0x1p28) {
            return Math.log(v) + LN2;
        }
        double t = v - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double v) {
        double a = Math.abs(v);
        return Math.copySign(0.5 * Math.log1p(2 * a / (1 - a)), v);
    }

    // ------------------------------------------------------------------ error function

    /** The error function ({@code ErfBackward0}). */
    public static Tensor erf(Tensor x) {
        return unary("ErfBackward0", x, floating(x), SpecialFunctions::erf,
                v -> TWO_OVER_SQRT_PI * Math.exp(-v * v), t -> gaussian(t).mul(t).mul(-2 * TWO_OVER_SQRT_PI));
    }

    /** 1 - erf(x), accurate where erf is near 1 ({@code ErfcBackward0}). */
    public static Tensor erfc(Tensor x) {
        return unary("ErfcBackward0", x, floating(x), SpecialFunctions::erfc,
                v -> -TWO_OVER_SQRT_PI * Math.exp(-v * v), t -> gaussian(t).mul(t).mul(2 * TWO_OVER_SQRT_PI));
    }

    /** exp(-t^2), differentiable. */
    private static Tensor gaussian(Tensor t) {
        return t.square().neg().exp();
    }

    /** The standard normal density exp(-t^2/2) / sqrt(2 pi), differentiable. */
    static Tensor normalDensity(Tensor t) {
        return t.square().mul(-0.5).exp().mul(INV_SQRT_2PI);
    }

    /** The inverse error function ({@code ErfinvBackward0}): the gradient is {@code g * sqrt(pi)/2 * exp(erfinv(x)^2)}. */
    public static Tensor erfinv(Tensor x) {
        DType type = floating(x);
        Tensor in = PointwiseGrad.as(x, type);
        Tensor out = Pointwise.map(in, type, SpecialFunctions::erfinv);
        return recordFromResult("ErfinvBackward0", out, x, (g, y) -> g.mul(y.square().exp().mul(SQRT_PI / 2)));
    }

    // ------------------------------------------------------------------ non-finite values

    /**
     * nan, +inf and -inf replaced by {@code nan}, {@code posinf} and {@code neginf}; null infinities
     * become the largest and lowest finite values of the dtype. Integer tensors are copied
     * ({@code NanToNumBackward0}; the gradient passes where x is finite).
     */
    public static Tensor nanToNum(Tensor x, double nan, Double posinf, Double neginf) {
        if (!x.dtype().isFloatingPoint()) {
            return Copying.convert(x, x.dtype());
        }
        double max = x.dtype() == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        double pos = posinf == null ? max : posinf;
        double neg = neginf == null ? -max : neginf;
        Tensor out = Pointwise.map(x, x.dtype(), v -> Double.isNaN(v) ? nan : v == Double.POSITIVE_INFINITY ? pos
                : v == Double.NEGATIVE_INFINITY ? neg : v);
        return record("NanToNumBackward0", out, x, v -> Double.isFinite(v) ? 1 : 0, null);
    }
}
