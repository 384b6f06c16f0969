package org.autograd4j.ops;

import static org.autograd4j.ops.Comparisons.Comparison.GE;
import static org.autograd4j.ops.Comparisons.Comparison.GT;
import static org.autograd4j.ops.Comparisons.Comparison.LE;
import static org.autograd4j.ops.Comparisons.Comparison.LT;
import static org.autograd4j.ops.Comparisons.compare;
import static org.autograd4j.ops.Comparisons.logicalAnd;
import static org.autograd4j.ops.Comparisons.logicalOr;
import static org.autograd4j.ops.PointwiseGrad.record;
import static org.autograd4j.ops.PointwiseGrad.unary;
import static org.autograd4j.ops.PointwiseGrad.zeroGrad;
import static org.autograd4j.ops.SpecialFunctions.INV_SQRT_2PI;
import static org.autograd4j.ops.SpecialFunctions.LN10;
import static org.autograd4j.ops.SpecialFunctions.LN2;
import static org.autograd4j.ops.SpecialFunctions.SQRT_PI;
import static org.autograd4j.ops.SpecialFunctions.TWO_OVER_SQRT_PI;

import java.util.function.DoubleUnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.kernels.UnaryOp;

/**
 * Elementwise math without a dedicated kernel: each op gives its value, its derivative and (as a
 * tensor expression) its second derivative, in PyTorch's derivatives.yaml order. Ops on integer
 * inputs compute in float32 unless they keep the dtype (abs, sign, rounding, clamp), as PyTorch.
 */
public final class UnaryFunctions {
    private UnaryFunctions() {
    }

    private static DType floating(Tensor x) {
        return Promotion.floating(x.dtype());
    }

    // ------------------------------------------------------------------ sign and magnitude

    /** |x| (node {@code AbsBackward0}); the gradient is {@code g * sign(x)}, 0 at 0 and at nan. */
    public static Tensor abs(Tensor x) {
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"abs_cpu\" not implemented for 'Bool'");
        }
        return record("AbsBackward0", Pointwise.unary(UnaryOp.ABS, x), x, UnaryFunctions::sign, PointwiseGrad.ZERO);
    }

    /** -1, 0 or 1 in x's dtype (0 for nan, as PyTorch); zero gradient ({@code SignBackward0}). */
    public static Tensor sign(Tensor x) {
        return zeroGrad("SignBackward0", Pointwise.map(x, x.dtype(), UnaryFunctions::sign), x);
    }

    private static double sign(double v) {
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    /** x * x, recorded as PyTorch records it: {@code pow(x, 2)} ({@code PowBackward0}). */
    public static Tensor square(Tensor x) {
        return Arithmetic.pow(x, Tensor.wrap(2L));
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
        return unary("Log2Backward0", x, floating(x), UnaryFunctions::log2, v -> 1 / (v * LN2),
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
        double lo = eps == null ? 0 : in(type, eps);
        double hi = eps == null ? 1 : in(type, 1 - lo);
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

    public static Tensor sinh(Tensor x) {
        return unary("SinhBackward0", x, floating(x), Math::sinh, Math::cosh, Tensor::sinh);
    }

    public static Tensor cosh(Tensor x) {
        return unary("CoshBackward0", x, floating(x), Math::cosh, Math::sinh, Tensor::cosh);
    }

    public static Tensor asinh(Tensor x) {
        return unary("AsinhBackward0", x, floating(x), UnaryFunctions::asinh, v -> 1 / Math.hypot(v, 1),
                t -> t.neg().mul(t.square().add(1L).pow(-1.5)));
    }

    public static Tensor acosh(Tensor x) {
        return unary("AcoshBackward0", x, floating(x), UnaryFunctions::acosh, v -> 1 / Math.sqrt((v - 1) * (v + 1)),
                t -> t.neg().mul(t.square().sub(1L).pow(-1.5)));
    }

    public static Tensor atanh(Tensor x) {
        return unary("AtanhBackward0", x, floating(x), UnaryFunctions::atanh, v -> 1 / (1 - v * v),
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
        return Graph.record("ErfinvBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> new Tensor[] {g.mul(result.get().square().exp().mul(SQRT_PI / 2))};
        });
    }

    // ------------------------------------------------------------------ rounding

    /** Rounds down; integer inputs are returned as a copy ({@code FloorBackward0}, zero gradient). */
    public static Tensor floor(Tensor x) {
        return rounding("FloorBackward0", "floor", x, Math::floor);
    }

    public static Tensor ceil(Tensor x) {
        return rounding("CeilBackward0", "ceil", x, Math::ceil);
    }

    /** Rounds half to even, as PyTorch ({@code RoundBackward0}). */
    public static Tensor round(Tensor x) {
        return rounding("RoundBackward0", "round", x, Math::rint);
    }

    /** Rounds toward zero ({@code TruncBackward0}); PyTorch's {@code fix} is the same op. */
    public static Tensor trunc(Tensor x) {
        return rounding("TruncBackward0", "trunc", x, UnaryFunctions::trunc);
    }

    static double trunc(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    private static Tensor rounding(String node, String kernel, Tensor x, DoubleUnaryOperator f) {
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"" + kernel + "_vml_cpu\" not implemented for 'Bool'");
        }
        if (x.dtype() == DType.INT64) {
            return Copying.convert(x, x.dtype());
        }
        return zeroGrad(node, Pointwise.map(x, x.dtype(), f), x);
    }

    /**
     * Rounds to {@code decimals} decimal places (negative: to tens, hundreds, ...) as PyTorch does:
     * scale by 10^|decimals|, round half to even, scale back, in the tensor's precision
     * ({@code RoundBackward1}).
     */
    public static Tensor round(Tensor x, int decimals) {
        PointwiseGrad.requireFloating(x, "round_cpu");
        boolean single = x.dtype() == DType.FLOAT32;
        return zeroGrad("RoundBackward1",
                Pointwise.map(x, x.dtype(), v -> SpecialFunctions.roundDecimals(v, decimals, single)), x);
    }

    /** x - trunc(x), keeping the sign of x; the gradient passes unchanged ({@code FracBackward0}). */
    public static Tensor frac(Tensor x) {
        PointwiseGrad.requireFloating(x, "frac_cpu");
        return record("FracBackward0", Pointwise.map(x, x.dtype(), v -> v - trunc(v)), x, v -> 1, null);
    }

    // ------------------------------------------------------------------ clamping

    /**
     * min(max(x, min), max) with either bound null (not both); nan stays nan. The result dtype
     * promotes x with the bounds like Java numbers ({@code ClampBackward1}); the gradient passes
     * where {@code min <= x <= max}.
     */
    public static Tensor clamp(Tensor x, Tensor min, Tensor max) {
        if (min == null && max == null) {
            throw new IllegalArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        boolean wrapped = (min == null || min.isWrappedNumber()) && (max == null || max.isWrappedNumber());
        Tensor out = bound(bound(x, min, BinaryOp.MAX), max, BinaryOp.MIN);
        if (wrapped) {
            double lo = min == null ? Double.NEGATIVE_INFINITY : in(out.dtype(), min.item());
            double hi = max == null ? Double.POSITIVE_INFINITY : in(out.dtype(), max.item());
            return record("ClampBackward1", out, x, v -> v >= lo && v <= hi ? 1 : 0, null);
        }
        return Graph.record("ClampBackward0", out, new Tensor[] {x, min, max}, ctx -> {
            SavedTensor self = ctx.save(x);
            SavedTensor lo = min == null ? null : ctx.save(min);
            SavedTensor hi = max == null ? null : ctx.save(max);
            return g -> {
                Tensor v = self.get();
                Tensor a = lo == null ? null : lo.get();
                Tensor b = hi == null ? null : hi.get();
                Tensor inside = a == null ? compare(LE, v, b)
                        : b == null ? compare(GE, v, a)
                        : logicalAnd(compare(GE, v, a), compare(LE, v, b));
                Tensor belowMin = a == null ? null : compare(LT, v, a);
                Tensor aboveMax = b == null ? null : compare(GT, v, b);
                if (a != null && b != null) {
                    // min > max makes max the result everywhere: only max gets the gradient
                    belowMin = logicalAnd(belowMin, compare(LT, a, b));
                    aboveMax = logicalOr(aboveMax, compare(LT, b, a));
                }
                return new Tensor[] {
                        PointwiseGrad.scale(g, inside),
                        ctx.needsGrad(1) ? PointwiseGrad.scale(g, belowMin) : null,
                        ctx.needsGrad(2) ? PointwiseGrad.scale(g, aboveMax) : null};
            };
        });
    }

    /** max(x, min) ({@code ClampMinBackward0} with a Java number, {@code ClampMinBackward1} with a tensor). */
    public static Tensor clampMin(Tensor x, Tensor min) {
        Tensor out = bound(x, min, BinaryOp.MAX);
        if (min.isWrappedNumber()) {
            double lo = in(out.dtype(), min.item());
            return record("ClampMinBackward0", out, x, v -> v >= lo ? 1 : 0, null);
        }
        return Graph.record("ClampMinBackward1", out, x, min, ctx -> {
            SavedTensor self = ctx.save(x);
            SavedTensor lo = ctx.save(min);
            return g -> new Tensor[] {
                    PointwiseGrad.scale(g, compare(GE, self.get(), lo.get())),
                    ctx.needsGrad(1) ? PointwiseGrad.scale(g, compare(LT, self.get(), lo.get())) : null};
        });
    }

    /** min(x, max) ({@code ClampMaxBackward0} with a Java number, {@code ClampMaxBackward1} with a tensor). */
    public static Tensor clampMax(Tensor x, Tensor max) {
        Tensor out = bound(x, max, BinaryOp.MIN);
        if (max.isWrappedNumber()) {
            double hi = in(out.dtype(), max.item());
            return record("ClampMaxBackward0", out, x, v -> v <= hi ? 1 : 0, null);
        }
        return Graph.record("ClampMaxBackward1", out, x, max, ctx -> {
            SavedTensor self = ctx.save(x);
            SavedTensor hi = ctx.save(max);
            return g -> new Tensor[] {
                    PointwiseGrad.scale(g, compare(LE, self.get(), hi.get())),
                    ctx.needsGrad(1) ? PointwiseGrad.scale(g, compare(GT, self.get(), hi.get())) : null};
        });
    }

    /** A Java number as the kernel of a {@code dtype} tensor sees it (rounded to float for float32). */
    static double in(DType dtype, double v) {
        return dtype == DType.FLOAT32 ? (float) v : v;
    }

    /** max or min against a bound (unrecorded; null bound: x itself). */
    private static Tensor bound(Tensor x, Tensor bound, BinaryOp op) {
        return bound == null ? x : Pointwise.binary(op, x, bound);
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
