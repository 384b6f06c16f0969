package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.isWrappedNumber;
import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.function.LongBinaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.kernels.IntegerRuns;
import org.autograd4j.kernels.UnaryOp;
import org.autograd4j.tensor.Shapes;

/**
 * The arithmetic operators ({@code + - * / ** %}, their scaled, reversed and rounding forms, and
 * lerp/addcmul/addcdiv), each with its backward formula beside it (as in PyTorch's
 * derivatives.yaml). Gradients are returned at the output's shape; the engine sums broadcast
 * dimensions back to each input's shape.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    // ------------------------------------------------------------------ add and sub

    public static Tensor add(Tensor a, Tensor b) {
        return recordAdd(Pointwise.binary(BinaryOp.ADD, a, b), a, b, 1);
    }

    /** {@code a + alpha * b} ({@code AddBackward0}; b's gradient is {@code alpha * g}). */
    public static Tensor add(Tensor a, Tensor b, Tensor alpha) {
        Tensor out = Pointwise.binary(BinaryOp.ADD, a, scaled(a, b, alpha));
        return recordAdd(out, a, b, alpha.item());
    }

    private static Tensor recordAdd(Tensor out, Tensor a, Tensor b, double alpha) {
        return Graph.record("AddBackward0", out, a, b, ctx -> {
            ctx.forward(t -> Tangents.sum(t[0], Tangents.map(t[1], tb -> alpha == 1 ? tb : tb.mul(alpha))));
            return g -> new Tensor[] {g, ctx.needsGrad(1) ? (alpha == 1 ? g : g.mul(alpha)) : null};
        });
    }

    public static Tensor sub(Tensor a, Tensor b) {
        return recordSub(Pointwise.binary(BinaryOp.SUB, a, b), a, b, 1);
    }

    /** {@code a - alpha * b} ({@code SubBackward0}). */
    public static Tensor sub(Tensor a, Tensor b, Tensor alpha) {
        checkNotBool(a, b);
        Tensor out = Pointwise.binary(BinaryOp.SUB, a, scaled(a, b, alpha));
        return recordSub(out, a, b, alpha.item());
    }

    private static Tensor recordSub(Tensor out, Tensor a, Tensor b, double alpha) {
        return Graph.record("SubBackward0", out, a, b, ctx -> {
            ctx.forward(t -> Tangents.sum(t[0], Tangents.map(t[1], tb -> alpha == 1 ? tb.neg() : tb.mul(-alpha))));
            return g -> new Tensor[] {g, ctx.needsGrad(1) ? (alpha == 1 ? g.neg() : g.mul(-alpha)) : null};
        });
    }

    /**
     * PyTorch's {@code rsub(a, b, alpha)}: {@code b - alpha * a}. A Java number b records
     * {@code RsubBackward1} (as {@code 2 - x}), a tensor {@code RsubBackward0}.
     */
    public static Tensor rsub(Tensor a, Tensor b, Tensor alpha) {
        checkNotBool(a, b);
        Tensor out = Pointwise.binary(BinaryOp.SUB, b, scaled(b, a, alpha));
        double s = alpha.item();
        if (isWrappedNumber(b)) {
            return Graph.record("RsubBackward1", out, a, ctx -> {
                ctx.forward(t -> t[0].mul(-s));
                return g -> new Tensor[] {g.mul(-s)};
            });
        }
        return Graph.record("RsubBackward0", out, a, b, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ta -> ta.mul(-s)), t[1]));
            return g -> new Tensor[] {g.mul(-s), g};
        });
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
        Tensor out = Creation.empty(rawShape(b), type);
        Pointwise.binaryInto(BinaryOp.MUL, b, factor, out);
        return out;
    }

    private static void checkNotBool(Tensor a, Tensor b) {
        if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("Subtraction, the `-` operator, with a bool tensor is not supported. "
                    + "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
    }

    // ------------------------------------------------------------------ mul, div, neg

    public static Tensor mul(Tensor a, Tensor b) {
        return recordMul(Pointwise.binary(BinaryOp.MUL, a, b), a, b);
    }

    /** Records {@code out = a * b}, already computed (also by products that treat 0 * inf as 0). */
    static Tensor recordMul(Tensor out, Tensor a, Tensor b) {
        return Graph.record("MulBackward0", out, a, b, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ta -> ta.mul(b)), Tangents.map(t[1], tb -> tb.mul(a))));
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save("self", a) : null;
            SavedTensor sb = ctx.needsGrad(0) ? ctx.save("other", b) : null;
            return g -> new Tensor[] {sb == null ? null : g.mul(sb.get()), sa == null ? null : g.mul(sa.get())};
        });
    }

    public static Tensor div(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(BinaryOp.DIV, a, b);
        return Graph.record("DivBackward0", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save("self", a) : null;
            SavedTensor sb = ctx.save("other", b);
            return g -> {
                Tensor y = sb.get();
                // d(a/b)/db = -a / b^2
                return new Tensor[] {ctx.needsGrad(0) ? g.div(y) : null,
                        sa == null ? null : g.neg().mul(sa.get()).div(y.mul(y))};
            };
        });
    }

    public static Tensor neg(Tensor a) {
        Tensor out = Pointwise.unary(UnaryOp.NEG, a);
        return Graph.record("NegBackward0", out, a, ctx -> {
            ctx.forward(t -> t[0].neg());
            return g -> new Tensor[] {g.neg()};
        });
    }

    /** {@code x * s} for a C++ scalar (node {@code MulBackward1}, as {@code at::mul(Tensor, Scalar)}). */
    public static Tensor mulScalar(Tensor x, double s) {
        Tensor out = Prims.noGrad(() -> x.mul(s));
        return Graph.record("MulBackward1", out, x, ctx -> {
            ctx.forward(t -> t[0].mul(s));
            return g -> new Tensor[] {g.mul(s)};
        });
    }

    /** {@code x / s} for a C++ scalar (node {@code DivBackward1}). */
    public static Tensor divScalar(Tensor x, double s) {
        Tensor out = Prims.noGrad(() -> x.div(s));
        return Graph.record("DivBackward1", out, x, ctx -> {
            ctx.forward(t -> t[0].div(s));
            return g -> new Tensor[] {g.div(s)};
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
        Tensor out = Creation.empty(Shapes.broadcast(rawShape(a), rawShape(b)), type);
        Tensor x = PointwiseGrad.as(a, type);
        Tensor y = PointwiseGrad.as(b, type);
        if (type == DType.INT64) {
            divideIntegers(x, y, out, trunc ? (p, q) -> p / q : Math::floorDiv);
            return out;
        }
        boolean single = type == DType.FLOAT32;
        Pointwise.map2Into(x, y, out, trunc
                ? (p, q) -> Rounding.trunc(SpecialFunctions.round(p / q, single))
                : (p, q) -> SpecialFunctions.floorDivide(p, q, single));
        return Graph.record("DivBackward2", out, a, b, ctx -> {
            ctx.forward(t -> Tensor.zerosLike(out));
            return g -> new Tensor[] {Tensor.zerosLike(g), ctx.needsGrad(1) ? Tensor.zerosLike(g) : null};
        });
    }

    /** {@code out = op(x, y)} on int64 values broadcast to out's shape; a zero divisor raises. */
    private static void divideIntegers(Tensor x, Tensor y, Tensor out, LongBinaryOperator op) {
        long[] num = x.expand(rawShape(out)).toLongArray();
        long[] den = y.expand(rawShape(out)).toLongArray();
        try {
            IntegerRuns.apply(num, den, storage(out).longs(), op);
        } catch (ArithmeticException zeroDivisor) { // Java's integer division by zero, PyTorch's message
            throw new IllegalArgumentException("ZeroDivisionError");
        }
    }

    // ------------------------------------------------------------------ powers

    /**
     * {@code a ** b}. A wrapped Java number as exponent records {@code PowBackward0}
     * ({@code grad * b * a^(b-1)}, zero for b = 0); a tensor exponent records {@code PowBackward1}.
     */
    public static Tensor pow(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(BinaryOp.POW, a, b);
        if (isWrappedNumber(b)) {
            double e = b.item();
            return Graph.record("PowBackward0", out, a, ctx -> {
                ctx.elementwise();
                SavedTensor sa = ctx.save("self", a);
                ctx.attribute("exponent", e);
                return g -> new Tensor[] {e == 0 ? Tensor.zerosLike(g) : g.mul(sa.get().pow(e - 1).mul(e))};
            });
        }
        return Graph.record("PowBackward1", out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.save("self", a);
            SavedTensor sb = ctx.save("exponent", b);
            SavedTensor result = ctx.needsGrad(1) ? ctx.save("result", out) : null;
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? powGradBase(g, sa.get(), sb.get()) : null,
                    result == null ? null : powGradExponent(g, sa.get(), sb.get(), result.get())};
        });
    }

    /** grad * b * a^(b-1), and 0 where b == 0 (so 0^0 has zero gradient, as in PyTorch). */
    private static Tensor powGradBase(Tensor g, Tensor a, Tensor b) {
        Tensor grad = g.mul(b.mul(a.pow(b.sub(1))));
        return Masking.zeroWhere(grad, Pointwise.map(b, DType.BOOL, v -> v == 0 ? 1 : 0));
    }

    /** grad * a^b * log(a), and 0 where a == 0 and b >= 0 (the limit PyTorch uses). */
    private static Tensor powGradExponent(Tensor g, Tensor a, Tensor b, Tensor result) {
        Tensor grad = g.mul(result.mul(a.log()));
        Tensor mask = Pointwise.map2(a, b, DType.BOOL, (x, y) -> x == 0 && y >= 0 ? 1 : 0);
        return Masking.zeroWhere(grad, mask);
    }

    /**
     * {@code base ** x} for a Java number base (PyTorch's {@code torch.pow(base, x)},
     * {@code PowBackward2}); the gradient is {@code g * base^x * log(base)}, 0 where base is 0 and
     * x &gt;= 0.
     */
    public static Tensor rpow(Tensor x, Tensor base) {
        Tensor out = Pointwise.binary(BinaryOp.POW, base, x);
        double b = base.item();
        return Graph.record("PowBackward2", out, x, ctx -> {
            ctx.elementwise();
            ctx.attribute("self", b);
            SavedTensor result = ctx.save("result", out);
            SavedTensor exponent = b == 0 ? ctx.save("exponent", x) : null;
            return g -> {
                Tensor grad = g.mul(result.get().mul(Math.log(b)));
                return new Tensor[] {exponent == null ? grad
                        : Masking.zeroWhere(grad, Pointwise.map(exponent.get(), DType.BOOL, v -> v >= 0 ? 1 : 0))};
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
        return remainderOp(a, b, Remainder.FMOD, (p, q) -> p % q, (p, q, single) -> p % q);
    }

    /**
     * Python's {@code %}: the remainder with the sign of the divisor ({@code RemainderBackward0/1};
     * the divisor's gradient is {@code -g * floor(a / b)}).
     */
    public static Tensor remainder(Tensor a, Tensor b) {
        return remainderOp(a, b, Remainder.REMAINDER, Math::floorMod, (p, q, single) -> {
            double m = p % q;
            return m != 0 && (q < 0) != (m < 0) ? SpecialFunctions.round(m + q, single) : m;
        });
    }

    /** The two remainders: PyTorch's kernel name, how the quotient rounds, and the nodes for a number and a tensor divisor. */
    private enum Remainder {
        FMOD("fmod", "trunc", "FmodBackward0", "FmodBackward1"),
        REMAINDER("remainder", "floor", "RemainderBackward0", "RemainderBackward1");

        final String kernel;
        final String rounding;
        final String scalarNode;
        final String tensorNode;

        Remainder(String kernel, String rounding, String scalarNode, String tensorNode) {
            this.kernel = kernel;
            this.rounding = rounding;
            this.scalarNode = scalarNode;
            this.tensorNode = tensorNode;
        }
    }

    /** A double operation that knows whether its result is stored as float32. */
    @FunctionalInterface
    private interface Rounded {
        double apply(double p, double q, boolean single);
    }

    private static Tensor remainderOp(Tensor a, Tensor b, Remainder kind, LongBinaryOperator integral,
                                      Rounded floating) {
        DType type = Promotion.resultType(a, b);
        if (type == DType.BOOL) {
            throw new IllegalArgumentException("\"" + kind.kernel + "_cpu\" not implemented for 'Bool'");
        }
        Tensor out = Creation.empty(Shapes.broadcast(rawShape(a), rawShape(b)), type);
        Tensor x = PointwiseGrad.as(a, type);
        Tensor y = PointwiseGrad.as(b, type);
        if (type == DType.INT64) {
            divideIntegers(x, y, out, integral);
            return out;
        }
        boolean single = type == DType.FLOAT32;
        Pointwise.map2Into(x, y, out, (p, q) -> floating.apply(p, q, single));
        if (isWrappedNumber(b)) {
            return Graph.record(kind.scalarNode, out, a, ctx -> {
                ctx.forward(t -> t[0]);
                return g -> new Tensor[] {g};
            });
        }
        return Graph.record(kind.tensorNode, out, a, b, ctx -> {
            ctx.elementwise();
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save("self", a) : null;
            SavedTensor sb = ctx.needsGrad(1) ? ctx.save("other", b) : null;
            return g -> new Tensor[] {g, sa == null ? null : g.mul(div(sa.get(), sb.get(), kind.rounding)).neg()};
        });
    }

    // ------------------------------------------------------------------ lerp, addcmul, addcdiv

    /**
     * {@code start + weight * (end - start)}, computed from the nearer end as PyTorch does
     * ({@code LerpBackward0} for a Java number weight, {@code LerpBackward1} for a tensor).
     * All tensors must share one floating dtype.
     */
    public static Tensor lerp(Tensor start, Tensor end, Tensor weight) {
        checkLerpTypes(start, end, weight);
        boolean scalar = isWrappedNumber(weight);
        Tensor out = Pointwise.map3(start, end, weight, start.dtype(),
                (s0, e, w) -> Math.abs(w) < 0.5 ? s0 + w * (e - s0) : e - (e - s0) * (1 - w));
        if (scalar) {
            double wv = weight.item();
            return Graph.record("LerpBackward0", out, start, end, ctx -> {
                ctx.elementwise();
                return g -> new Tensor[] {ctx.needsGrad(0) ? g.mul(1 - wv) : null, ctx.needsGrad(1) ? g.mul(wv) : null};
            });
        }
        return Graph.record("LerpBackward1", out, new Tensor[] {start, end, weight}, ctx -> {
            ctx.elementwise();
            SavedTensor ss = ctx.needsGrad(2) ? ctx.save("self", start) : null;
            SavedTensor se = ctx.needsGrad(2) ? ctx.save("end", end) : null;
            SavedTensor sw = ctx.save("weight", weight);
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? g.mul(sw.get().rsub(1L)) : null,
                    ctx.needsGrad(1) ? g.mul(sw.get()) : null,
                    ss == null ? null : g.mul(se.get().sub(ss.get()))};
        });
    }

    private static void checkLerpTypes(Tensor start, Tensor end, Tensor weight) {
        if (!start.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"lerp_kernel_" + (isWrappedNumber(weight) ? "scalar" : "tensor")
                    + "\" not implemented for '" + start.dtype().scalarTypeName() + "'");
        }
        if (end.dtype() != start.dtype()) {
            throw new IllegalArgumentException("expected dtype " + cppName(start.dtype()) + " for `end` but got dtype "
                    + cppName(end.dtype()));
        }
        if (!isWrappedNumber(weight) && weight.dtype() != start.dtype()) {
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
        Tensor factor = type.isFloatingPoint() ? value : TensorAccess.wrap((long) value.item());
        Tensor out = Pointwise.binary(BinaryOp.ADD, input, times(product, factor, type));
        double v = value.item();
        return Graph.record("AddcmulBackward0", out, new Tensor[] {input, t1, t2}, ctx -> {
            ctx.elementwise();
            SavedTensor s1 = ctx.needsGrad(2) ? ctx.save("tensor1", t1) : null;
            SavedTensor s2 = ctx.needsGrad(1) ? ctx.save("tensor2", t2) : null;
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
            ctx.elementwise();
            SavedTensor s1 = ctx.needsGrad(2) ? ctx.save("tensor1", t1) : null;
            SavedTensor s2 = ctx.save("tensor2", t2);
            return g -> new Tensor[] {g,
                    ctx.needsGrad(1) ? g.mul(v).div(s2.get()) : null,
                    s1 == null ? null : g.mul(-v).mul(s1.get()).div(s2.get().square())};
        });
    }
}
