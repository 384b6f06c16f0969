package org.autograd4j.ops;

import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;
import org.autograd4j.tensor.StridedLoop;

/**
 * Binary (and ternary) elementwise ops beyond the four arithmetic operators: scaled add/sub,
 * reversed forms, rounding division and remainders, maximum/minimum, atan2, hypot, logaddexp,
 * xlogy, copysign, lerp, addcmul/addcdiv. All broadcast and promote like {@link Arithmetic}.
 */
public final class BinaryFunctions {
    private BinaryFunctions() {
    }

    // ------------------------------------------------------------------ add and sub with alpha

    /** {@code a + alpha * b} ({@code AddBackward0}; b's gradient is {@code alpha * g}). */
    public static Tensor add(Tensor a, Tensor b, Tensor alpha) {
        Tensor out = Pointwise.binary(BinaryOp.ADD, a, scaled(a, b, alpha));
        double s = alpha.item();
        return Graph.record("AddBackward0", out, a, b, ctx -> g -> new Tensor[] {g, ctx.needsGrad(1) ? g.mul(s) : null});
    }

    /** {@code a - alpha * b} ({@code SubBackward0}). */
    public static Tensor sub(Tensor a, Tensor b, Tensor alpha) {
        checkNotBool(a, b);
        Tensor out = Pointwise.binary(BinaryOp.SUB, a, scaled(a, b, alpha));
        double s = alpha.item();
        return Graph.record("SubBackward0", out, a, b,
                ctx -> g -> new Tensor[] {g, ctx.needsGrad(1) ? g.mul(-s) : null});
    }

    /**
     * PyTorch's {@code rsub(a, b, alpha)}: {@code b - alpha * a}. A Java number b records
     * {@code RsubBackward1} (as {@code 2 - x}), a tensor {@code RsubBackward0}.
     */
    public static Tensor rsub(Tensor a, Tensor b, Tensor alpha) {
        checkNotBool(a, b);
        Tensor out = Pointwise.binary(BinaryOp.SUB, b, scaled(b, a, alpha));
        double s = alpha.item();
        if (b.isWrappedNumber()) {
            return Graph.record("RsubBackward1", out, a, ctx -> g -> new Tensor[] {g.mul(-s)});
        }
        return Graph.record("RsubBackward0", out, a, b, ctx -> g -> new Tensor[] {g.mul(-s), g});
    }

    /**
     * {@code alpha * b}, in the result dtype of {@code (a, b)}, unrecorded. An integral result
     * needs an integral alpha, as in PyTorch.
     */
    private static Tensor scaled(Tensor a, Tensor b, Tensor alpha) {
        DType type = Promotion.resultType(a, b);
        if (!type.isFloatingPoint() && alpha.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("For integral input tensors, argument alpha must not be a floating "
                    + "point number.");
        }
        return times(b, alpha, type);
    }

    /** {@code factor * b} in {@code type}, unrecorded ({@code b} itself for a factor of 1). */
    private static Tensor times(Tensor b, Tensor factor, DType type) {
        if (factor.item() == 1 && b.dtype() == type) {
            return b;
        }
        Tensor out = Creation.empty(b.rawShape(), type);
        Pointwise.binaryInto(BinaryOp.MUL, b, factor, out);
        return out;
    }

    private static void checkNotBool(Tensor a, Tensor b) {
        if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("Subtraction, the `-` operator, with a bool tensor is not supported. "
                    + "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
    }

    // ------------------------------------------------------------------ reversed scalar forms

    /**
     * {@code base ** x} for a Java number base (PyTorch's {@code torch.pow(base, x)},
     * {@code PowBackward2}); the gradient is {@code g * base^x * log(base)}, 0 where base is 0 and
     * x &gt;= 0.
     */
    public static Tensor rpow(Tensor x, Tensor base) {
        Tensor out = Pointwise.binary(BinaryOp.POW, base, x);
        double b = base.item();
        return Graph.record("PowBackward2", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            SavedTensor self = b == 0 ? ctx.save(x) : null;
            return g -> {
                Tensor grad = g.mul(result.get().mul(Math.log(b)));
                return new Tensor[] {self == null ? grad
                        : Masking.zeroWhere(grad, Pointwise.map(self.get(), DType.BOOL, v -> v >= 0 ? 1 : 0))};
            };
        });
    }

    // ------------------------------------------------------------------ division with rounding

    /**
     * {@code a / b} rounded as {@code roundingMode} says: null for true division (the plain
     * {@link Arithmetic#div}), "trunc" toward zero, "floor" toward -inf (Python's {@code //}).
     * Rounded division keeps integer dtypes and has zero gradient ({@code DivBackward2}).
     */
    public static Tensor div(Tensor a, Tensor b, String roundingMode) {
        if (roundingMode == null) {
            return Arithmetic.div(a, b);
        }
        boolean trunc = "trunc".equals(roundingMode);
        if (!trunc && !"floor".equals(roundingMode)) {
            throw new IllegalArgumentException("div expected rounding_mode to be one of None, 'trunc', or 'floor' but "
                    + "found '" + roundingMode + "'");
        }
        DType type = Promotion.resultType(a, b);
        if (type == DType.BOOL) {
            throw new IllegalArgumentException("\"div_" + roundingMode + "_cpu\" not implemented for 'Bool'");
        }
        Tensor out = Creation.empty(Shapes.broadcast(a.rawShape(), b.rawShape()), type);
        Tensor x = PointwiseGrad.as(a, type);
        Tensor y = PointwiseGrad.as(b, type);
        if (type == DType.INT64) {
            divideIntegers(x, y, out, trunc ? (p, q) -> p / q : Math::floorDiv);
            return out;
        }
        boolean single = type == DType.FLOAT32;
        Pointwise.map2Into(x, y, out, trunc
                ? (p, q) -> UnaryFunctions.trunc(SpecialFunctions.round(p / q, single))
                : (p, q) -> SpecialFunctions.floorDivide(p, q, single));
        return Graph.record("DivBackward2", out, a, b,
                ctx -> g -> new Tensor[] {Tensor.zerosLike(g), ctx.needsGrad(1) ? Tensor.zerosLike(g) : null});
    }

    /** {@code out = op(x, y)} on int64 values broadcast to out's shape; a zero divisor raises. */
    private static void divideIntegers(Tensor x, Tensor y, Tensor out, LongBinaryOperator op) {
        long[] num = x.expand(out.rawShape()).toLongArray();
        long[] den = y.expand(out.rawShape()).toLongArray();
        long[] o = out.storage().longs();
        for (int i = 0; i < o.length; i++) {
            if (den[i] == 0) {
                throw new IllegalArgumentException("ZeroDivisionError");
            }
            o[i] = op.applyAsLong(num[i], den[i]);
        }
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

    // ------------------------------------------------------------------ remainders

    /**
     * C's {@code fmod}: the remainder with the sign of the dividend ({@code FmodBackward0} for a
     * Java number divisor, {@code FmodBackward1} for a tensor, whose gradient is
     * {@code -g * trunc(a / b)}).
     */
    public static Tensor fmod(Tensor a, Tensor b) {
        return remainderOp(a, b, "Fmod", "trunc", (p, q) -> p % q, (p, q, single) -> p % q);
    }

    /**
     * Python's {@code %}: the remainder with the sign of the divisor ({@code RemainderBackward0/1};
     * the divisor's gradient is {@code -g * floor(a / b)}).
     */
    public static Tensor remainder(Tensor a, Tensor b) {
        return remainderOp(a, b, "Remainder", "floor", Math::floorMod, (p, q, single) -> {
            double m = p % q;
            return m != 0 && (q < 0) != (m < 0) ? SpecialFunctions.round(m + q, single) : m;
        });
    }

    /** A double operation that knows whether its result is stored as float32. */
    @FunctionalInterface
    private interface Rounded {
        double apply(double p, double q, boolean single);
    }

    private static Tensor remainderOp(Tensor a, Tensor b, String name, String rounding, LongBinaryOperator integral,
                                      Rounded floating) {
        DType type = Promotion.resultType(a, b);
        if (type == DType.BOOL) {
            throw new IllegalArgumentException("\"" + name.toLowerCase() + "_cpu\" not implemented for 'Bool'");
        }
        Tensor out = Creation.empty(Shapes.broadcast(a.rawShape(), b.rawShape()), type);
        Tensor x = PointwiseGrad.as(a, type);
        Tensor y = PointwiseGrad.as(b, type);
        if (type == DType.INT64) {
            divideIntegers(x, y, out, integral);
            return out;
        }
        boolean single = type == DType.FLOAT32;
        Pointwise.map2Into(x, y, out, (p, q) -> floating.apply(p, q, single));
        if (b.isWrappedNumber()) {
            return Graph.record(name + "Backward0", out, a, ctx -> g -> new Tensor[] {g});
        }
        return Graph.record(name + "Backward1", out, a, b, ctx -> {
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save(a) : null;
            SavedTensor sb = ctx.needsGrad(1) ? ctx.save(b) : null;
            return g -> new Tensor[] {g, sa == null ? null : g.mul(div(sa.get(), sb.get(), rounding)).neg()};
        });
    }

    // ------------------------------------------------------------------ hypot, logaddexp, xlogy, copysign

    /** {@code sqrt(a^2 + b^2)} without overflow ({@code HypotBackward0}); floating inputs only. */
    public static Tensor hypot(Tensor a, Tensor b) {
        Tensor out = floatingOnly(a, b, "hypot_cpu", Math::hypot);
        return Graph.record("HypotBackward0", out, a, b, ctx -> {
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
        if (b.isWrappedNumber()) {
            double q = b.item();
            return Graph.record("XlogyBackward2", out, a, ctx -> {
                SavedTensor sa = ctx.save(a);
                return g -> new Tensor[] {xlogyGradSelf(g, sa.get(), b, q <= 0)};
            });
        }
        return Graph.record("XlogyBackward0", out, a, b, ctx -> {
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
        Tensor mask = b.isWrappedNumber()
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
        if (b.isWrappedNumber()) {
            return Graph.record("CopysignBackward1", out, a, ctx -> {
                SavedTensor sa = ctx.save(a);
                SavedTensor result = ctx.save(out);
                return g -> new Tensor[] {copysignGrad(g, sa.get(), result.get())};
            });
        }
        return Graph.record("CopysignBackward0", out, a, b, ctx -> {
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

    // ------------------------------------------------------------------ lerp, addcmul, addcdiv

    /**
     * {@code start + weight * (end - start)}, computed from the nearer end as PyTorch does
     * ({@code LerpBackward0} for a Java number weight, {@code LerpBackward1} for a tensor).
     * All tensors must share one floating dtype.
     */
    public static Tensor lerp(Tensor start, Tensor end, Tensor weight) {
        checkLerpTypes(start, end, weight);
        boolean scalar = weight.isWrappedNumber();
        Tensor out = map3(start, end, weight, start.dtype(),
                (s0, e, w) -> Math.abs(w) < 0.5 ? s0 + w * (e - s0) : e - (e - s0) * (1 - w));
        if (scalar) {
            double wv = weight.item();
            return Graph.record("LerpBackward0", out, start, end, ctx -> g -> new Tensor[] {
                    ctx.needsGrad(0) ? g.mul(1 - wv) : null, ctx.needsGrad(1) ? g.mul(wv) : null});
        }
        return Graph.record("LerpBackward1", out, new Tensor[] {start, end, weight}, ctx -> {
            SavedTensor ss = ctx.needsGrad(2) ? ctx.save(start) : null;
            SavedTensor se = ctx.needsGrad(2) ? ctx.save(end) : null;
            SavedTensor sw = ctx.save(weight);
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? g.mul(sw.get().rsub(1L)) : null,
                    ctx.needsGrad(1) ? g.mul(sw.get()) : null,
                    ss == null ? null : g.mul(se.get().sub(ss.get()))};
        });
    }

    /** A function of three doubles. */
    @FunctionalInterface
    private interface DoubleTernaryOperator {
        double apply(double a, double b, double c);
    }

    /** {@code f(a, b, c)} with the three broadcast together, computed in double, into a new tensor of {@code type}. */
    private static Tensor map3(Tensor a, Tensor b, Tensor c, DType type, DoubleTernaryOperator f) {
        int[] shape = Shapes.broadcast(Shapes.broadcast(a.rawShape(), b.rawShape()), c.rawShape());
        Tensor out = Creation.empty(shape, type);
        StridedLoop loop = Broadcast.loop(out, a, b, c);
        int os = loop.innerStride(0);
        int as = loop.innerStride(1);
        int bs = loop.innerStride(2);
        int cs = loop.innerStride(3);
        Storage sa = a.storage();
        Storage sb = b.storage();
        Storage sc = c.storage();
        Storage dst = out.storage();
        loop.forEach(new int[] {0, a.storageOffset(), b.storageOffset(), c.storageOffset()}, (n, off) -> {
            for (int i = 0; i < n; i++) {
                dst.setDouble(off[0] + i * os, f.apply(sa.getDouble(off[1] + i * as), sb.getDouble(off[2] + i * bs),
                        sc.getDouble(off[3] + i * cs)));
            }
        });
        return out;
    }

    private static void checkLerpTypes(Tensor start, Tensor end, Tensor weight) {
        if (!start.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"lerp_kernel_" + (weight.isWrappedNumber() ? "scalar" : "tensor")
                    + "\" not implemented for '" + start.dtype().scalarTypeName() + "'");
        }
        if (end.dtype() != start.dtype()) {
            throw new IllegalArgumentException("expected dtype " + cppName(start.dtype()) + " for `end` but got dtype "
                    + cppName(end.dtype()));
        }
        if (!weight.isWrappedNumber() && weight.dtype() != start.dtype()) {
            throw new IllegalArgumentException("expected dtype " + cppName(start.dtype())
                    + " for `weight` but got dtype " + cppName(weight.dtype()));
        }
    }

    private static String cppName(DType d) {
        switch (d) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            default: return "bool";
        }
    }

    /**
     * {@code input + value * t1 * t2} ({@code AddcmulBackward0}); for an integral result the value
     * is truncated to an integer first, as PyTorch casts it.
     */
    public static Tensor addcmul(Tensor input, Tensor t1, Tensor t2, Tensor value) {
        Tensor product = Pointwise.binary(BinaryOp.MUL, t1, t2);
        DType type = Promotion.resultType(input, product);
        Tensor factor = type.isFloatingPoint() ? value : Tensor.wrap((long) value.item());
        Tensor out = Pointwise.binary(BinaryOp.ADD, input, times(product, factor, type));
        double v = value.item();
        return Graph.record("AddcmulBackward0", out, new Tensor[] {input, t1, t2}, ctx -> {
            SavedTensor s1 = ctx.needsGrad(2) ? ctx.save(t1) : null;
            SavedTensor s2 = ctx.needsGrad(1) ? ctx.save(t2) : null;
            return g -> new Tensor[] {g,
                    s2 == null ? null : g.mul(s2.get()).mul(v),
                    s1 == null ? null : g.mul(s1.get()).mul(v)};
        });
    }

    /** {@code input + value * t1 / t2} ({@code AddcdivBackward0}); integer t1 and t2 raise, as PyTorch. */
    public static Tensor addcdiv(Tensor input, Tensor t1, Tensor t2, Tensor value) {
        if (!t1.dtype().isFloatingPoint() && !t2.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("Integer division with addcdiv is no longer supported, and in a future  "
                    + "release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior "
                    + "can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer "
                    + "inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is "
                    + "just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes.");
        }
        Tensor quotient = Pointwise.binary(BinaryOp.DIV, t1, t2);
        Tensor out = Pointwise.binary(BinaryOp.ADD, input, times(quotient, value, Promotion.resultType(input, quotient)));
        double v = value.item();
        return Graph.record("AddcdivBackward0", out, new Tensor[] {input, t1, t2}, ctx -> {
            SavedTensor s1 = ctx.needsGrad(2) ? ctx.save(t1) : null;
            SavedTensor s2 = ctx.save(t2);
            return g -> new Tensor[] {g,
                    ctx.needsGrad(1) ? g.mul(v).div(s2.get()) : null,
                    s1 == null ? null : g.mul(-v).mul(s1.get()).div(s2.get().square())};
        });
    }
}
