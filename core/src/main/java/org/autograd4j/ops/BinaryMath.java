package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.isWrappedNumber;

import java.util.function.DoubleBinaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.BinaryOp;

/**
 * Elementwise functions of two arguments: maximum/minimum, atan2, hypot, logaddexp, xlogy and
 * copysign. All broadcast and promote like {@link Arithmetic}.
 */
public final class BinaryMath {
    private BinaryMath() {
    }

    // ------------------------------------------------------------------ maximum, minimum, atan2

    /**
     * The elementwise maximum, nan if either is nan ({@code MaximumBackward0}). Ties split the
     * gradient in half between the two inputs, as PyTorch.
     */
    public static Tensor maximum(Tensor a, Tensor b) {
        return extremum("MaximumBackward0", BinaryOp.MAX, a, b, 1);
    }

    /** The elementwise minimum ({@code MinimumBackward0}); ties split the gradient. */
    public static Tensor minimum(Tensor a, Tensor b) {
        return extremum("MinimumBackward0", BinaryOp.MIN, a, b, -1);
    }

    /** {@code sign} is 1 for maximum, -1 for minimum: an input gets the gradient where it wins or is nan. */
    private static Tensor extremum(String node, BinaryOp op, Tensor a, Tensor b, int sign) {
        Tensor out = Pointwise.binary(op, a, b);
        return Graph.record(node, out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            return g -> {
                Tensor x = sa.get();
                Tensor y = sb.get();
                return new Tensor[] {
                        ctx.needsGrad(0) ? PointwiseGrad.scale(g, share(x, y, sign, g.dtype())) : null,
                        ctx.needsGrad(1) ? PointwiseGrad.scale(g, share(y, x, sign, g.dtype())) : null};
            };
        });
    }

    /** 1 where {@code mine} beats {@code theirs} (or either is nan), 1/2 on ties, 0 where it loses. */
    private static Tensor share(Tensor mine, Tensor theirs, int sign, DType type) {
        return Pointwise.map2(mine, theirs, type, (p, q) -> p == q ? 0.5 : (sign > 0 ? p < q : p > q) ? 0 : 1);
    }

    /** The angle of the point (b, a), in (-pi, pi] ({@code Atan2Backward0}). */
    public static Tensor atan2(Tensor a, Tensor b) {
        DType type = Promotion.floating(Promotion.resultType(a, b));
        Tensor x = PointwiseGrad.as(a, type);
        Tensor y = PointwiseGrad.as(b, type);
        Tensor out = Pointwise.map2(x, y, type, Math::atan2);
        return Graph.record("Atan2Backward0", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            return g -> {
                Tensor p = sa.get();
                Tensor q = sb.get();
                Tensor scale = g.div(p.square().add(q.square()));
                return new Tensor[] {ctx.needsGrad(0) ? scale.mul(q) : null, ctx.needsGrad(1) ? scale.mul(p).neg() : null};
            };
        });
    }

    // ------------------------------------------------------------------ hypot, logaddexp, xlogy, copysign

    /** {@code sqrt(a^2 + b^2)} without overflow ({@code HypotBackward0}); floating inputs only. */
    public static Tensor hypot(Tensor a, Tensor b) {
        Tensor out = floatingOnly(a, b, "hypot_cpu", Math::hypot);
        return Graph.record("HypotBackward0", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            SavedTensor result = ctx.save(out);
            return g -> {
                Tensor scale = g.div(result.get());
                return new Tensor[] {ctx.needsGrad(0) ? scale.mul(sa.get()) : null,
                        ctx.needsGrad(1) ? scale.mul(sb.get()) : null};
            };
        });
    }

    /** {@code log(exp(a) + exp(b))} without overflow ({@code LogaddexpBackward0}); floating inputs only. */
    public static Tensor logaddexp(Tensor a, Tensor b) {
        Tensor out = floatingOnly(a, b, "logaddexp_cpu", (p, q) -> Double.isInfinite(p) && p == q ? p
                : Math.max(p, q) + Math.log1p(Math.exp(-Math.abs(p - q))));
        return Graph.record("LogaddexpBackward0", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            // d/da = exp(a) / (exp(a) + exp(b)) = sigmoid(a - b)
            return g -> new Tensor[] {ctx.needsGrad(0) ? g.mul(sa.get().sub(sb.get()).sigmoid()) : null,
                    ctx.needsGrad(1) ? g.mul(sb.get().sub(sa.get()).sigmoid()) : null};
        });
    }

    /** {@code log2(2^a + 2^b)} without overflow ({@code Logaddexp2Backward0}); floating inputs only. */
    public static Tensor logaddexp2(Tensor a, Tensor b) {
        Tensor out = floatingOnly(a, b, "logaddexp2_cpu", (p, q) -> Double.isInfinite(p) && p == q ? p
                : Math.max(p, q) + Math.log1p(Math.pow(2, -Math.abs(p - q))) / SpecialFunctions.LN2);
        return Graph.record("Logaddexp2Backward0", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? g.mul(sa.get().sub(sb.get()).mul(SpecialFunctions.LN2).sigmoid()) : null,
                    ctx.needsGrad(1) ? g.mul(sb.get().sub(sa.get()).mul(SpecialFunctions.LN2).sigmoid()) : null};
        });
    }

    /** {@code f(a, b)} in the floating result type, for ops PyTorch only implements for floating inputs. */
    private static Tensor floatingOnly(Tensor a, Tensor b, String kernel, DoubleBinaryOperator f) {
        DType type = Promotion.resultType(a, b);
        if (!type.isFloatingPoint()) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + type.scalarTypeName() + "'");
        }
        return Pointwise.map2(PointwiseGrad.as(a, type), PointwiseGrad.as(b, type), type, f);
    }

    /**
     * {@code a * log(b)}, 0 where a is 0 (unless b is nan), as {@code torch.xlogy}
     * ({@code XlogyBackward0}, or {@code XlogyBackward2} for a Java number b). Integer inputs give float32.
     */
    public static Tensor xlogy(Tensor a, Tensor b) {
        DType type = Promotion.floating(Promotion.resultType(a, b));
        Tensor out = Pointwise.map2(PointwiseGrad.as(a, type), PointwiseGrad.as(b, type), type,
                (p, q) -> Double.isNaN(q) ? q : p == 0 ? 0 : p * Math.log(q));
        if (isWrappedNumber(b)) {
            double q = b.item();
            return Graph.record("XlogyBackward2", out, a, ctx -> {
                ctx.elementwise();
                SavedTensor sa = ctx.save(a);
                return g -> new Tensor[] {xlogyGradSelf(g, sa.get(), b, q <= 0)};
            });
        }
        return Graph.record("XlogyBackward0", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? xlogyGradSelf(g, sa.get(), sb.get(), false) : null,
                    ctx.needsGrad(1) ? g.mul(sa.get()).div(sb.get()) : null};
        });
    }

    /** {@code xlogy(g, b)}, 0 where a is 0 and b &lt;= 0 (PyTorch's formula). */
    private static Tensor xlogyGradSelf(Tensor g, Tensor a, Tensor b, boolean scalarNonPositive) {
        Tensor grad = xlogy(g, b);
        Tensor mask = isWrappedNumber(b)
                ? Pointwise.map(a, DType.BOOL, p -> p == 0 && scalarNonPositive ? 1 : 0)
                : Pointwise.map2(a, b, DType.BOOL, (p, q) -> p == 0 && q <= 0 ? 1 : 0);
        return Masking.zeroWhere(grad, mask);
    }

    /**
     * |a| with the sign (bit) of b, as C's {@code copysign} ({@code CopysignBackward0}, or
     * {@code CopysignBackward1} for a Java number b). b gets a zero gradient; a gets
     * {@code g * result / a}, 0 where a is 0. Integer inputs give float32.
     */
    public static Tensor copysign(Tensor a, Tensor b) {
        DType type = Promotion.floating(Promotion.resultType(a, b));
        Tensor out = Pointwise.map2(PointwiseGrad.as(a, type), PointwiseGrad.as(b, type), type, Math::copySign);
        if (isWrappedNumber(b)) {
            return Graph.record("CopysignBackward1", out, a, ctx -> {
                ctx.elementwise();
                SavedTensor sa = ctx.save(a);
                SavedTensor result = ctx.save(out);
                return g -> new Tensor[] {copysignGrad(g, sa.get(), result.get())};
            });
        }
        return Graph.record("CopysignBackward0", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save(a);
            SavedTensor result = ctx.save(out);
            return g -> new Tensor[] {ctx.needsGrad(0) ? copysignGrad(g, sa.get(), result.get()) : null,
                    ctx.needsGrad(1) ? Tensor.zerosLike(g) : null};
        });
    }

    private static Tensor copysignGrad(Tensor g, Tensor a, Tensor result) {
        Tensor ratio = Pointwise.map2(result, a, result.dtype(), (r, p) -> p == 0 ? 0 : r / p);
        return PointwiseGrad.scale(g, ratio);
    }
}
