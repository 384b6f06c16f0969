package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.kernels.UnaryOp;

/**
 * The arithmetic operators, each with its backward formula beside it (as in PyTorch's
 * derivatives.yaml). Gradients are returned at the output's shape; the engine sums broadcast
 * dimensions back to each input's shape.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static Tensor add(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(BinaryOp.ADD, a, b);
        return Graph.record("AddBackward0", out, a, b, ctx -> g -> new Tensor[] {g, g});
    }

    public static Tensor sub(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(BinaryOp.SUB, a, b);
        return Graph.record("SubBackward0", out, a, b, ctx -> g -> new Tensor[] {g, ctx.needsGrad(1) ? g.neg() : null});
    }

    public static Tensor mul(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(BinaryOp.MUL, a, b);
        return Graph.record("MulBackward0", out, a, b, ctx -> {
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save(a) : null;
            SavedTensor sb = ctx.needsGrad(0) ? ctx.save(b) : null;
            return g -> new Tensor[] {sb == null ? null : g.mul(sb.get()), sa == null ? null : g.mul(sa.get())};
        });
    }

    public static Tensor div(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(BinaryOp.DIV, a, b);
        return Graph.record("DivBackward0", out, a, b, ctx -> {
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save(a) : null;
            SavedTensor sb = ctx.save(b);
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
        return Graph.record("NegBackward0", out, a, ctx -> g -> new Tensor[] {g.neg()});
    }

    /**
     * {@code a ** b}. A wrapped Java number as exponent records {@code PowBackward0}
     * ({@code grad * b * a^(b-1)}, zero for b = 0); a tensor exponent records {@code PowBackward1}.
     */
    public static Tensor pow(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(BinaryOp.POW, a, b);
        if (b.isWrappedNumber()) {
            double e = b.item();
            return Graph.record("PowBackward0", out, a, ctx -> {
                SavedTensor sa = ctx.save(a);
                return g -> new Tensor[] {e == 0 ? Tensor.zerosLike(g) : g.mul(sa.get().pow(e - 1).mul(e))};
            });
        }
        return Graph.record("PowBackward1", out, a, b, ctx -> {
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            SavedTensor result = ctx.needsGrad(1) ? ctx.save(out) : null;
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
}
