package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.tensor.Shapes;

/**
 * Binary elementwise ops beyond the four arithmetic operators: scaled add/sub, reversed forms,
 * rounding division, maximum/minimum and atan2. All broadcast and promote like {@link Arithmetic}.
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
        if (alpha.item() == 1) {
            return b;
        }
        Tensor out = Creation.empty(b.rawShape(), type);
        Pointwise.binaryInto(BinaryOp.MUL, b, alpha, out);
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
        Tensor x = a.dtype() == type ? a : Copying.convert(a, type);
        Tensor y = b.dtype() == type ? b : Copying.convert(b, type);
        if (type == DType.INT64) {
            divideIntegers(x, y, out, trunc);
            return out;
        }
        boolean single = type == DType.FLOAT32;
        Pointwise.map2Into(x, y, out, trunc
                ? (p, q) -> UnaryFunctions.trunc(SpecialFunctions.round(p / q, single))
                : (p, q) -> SpecialFunctions.floorDivide(p, q, single));
        return Graph.record("DivBackward2", out, a, b,
                ctx -> g -> new Tensor[] {Tensor.zerosLike(g), ctx.needsGrad(1) ? Tensor.zerosLike(g) : null});
    }

    private static void divideIntegers(Tensor x, Tensor y, Tensor out, boolean trunc) {
        long[] num = x.expand(out.rawShape()).toLongArray();
        long[] den = y.expand(out.rawShape()).toLongArray();
        long[] o = out.storage().longs();
        for (int i = 0; i < o.length; i++) {
            if (den[i] == 0) {
                throw new ArithmeticException("ZeroDivisionError");
            }
            o[i] = trunc ? num[i] / den[i] : Math.floorDiv(num[i], den[i]);
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
        Tensor x = a.dtype() == type ? a : Copying.convert(a, type);
        Tensor y = b.dtype() == type ? b : Copying.convert(b, type);
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
}
