package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.Where;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.StridedLoop;

/** Choosing each element from one of two sources by a bool condition: {@code where} and {@code masked_fill}. */
public final class Selecting {
    private Selecting() {
    }

    /**
     * {@code torch.where(cond, a, b)}: {@code a} where cond is true, else {@code b}, all three broadcast
     * together and a, b promoted to a common dtype (node {@code WhereBackward0}).
     */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        if (cond.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("where expected condition to be a boolean tensor, but got a tensor with "
                    + "dtype " + cond.dtype().scalarTypeName());
        }
        DType type = Promotion.resultType(a, b);
        int[] shape = Shapes.broadcast(rawShape(cond), Shapes.broadcast(rawShape(a), rawShape(b)));
        Tensor out = Creation.empty(shape, type);
        choose(cond, a.dtype() == type ? a : Copying.convert(a, type), b.dtype() == type ? b : Copying.convert(b, type),
                out);
        return Graph.record("WhereBackward0", out, a, b, ctx -> {
            ctx.forward(t -> where(cond, t[0] == null ? TensorAccess.wrap(0.0) : t[0],
                    t[1] == null ? TensorAccess.wrap(0.0) : t[1]));
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? where(cond, g, TensorAccess.wrap(0.0)) : null,
                    ctx.needsGrad(1) ? where(cond, TensorAccess.wrap(0.0), g) : null};
        });
    }

    /** {@code out[i] = cond[i] ? a[i] : b[i]}; a, b and out share a dtype, inputs broadcast to out's shape. */
    private static void choose(Tensor cond, Tensor a, Tensor b, Tensor out) {
        StridedLoop loop = Broadcast.loop(out, cond, a, b);
        int os = loop.innerStride(0);
        int cs = loop.innerStride(1);
        int as = loop.innerStride(2);
        int bs = loop.innerStride(3);
        boolean[] c = storage(cond).bools();
        Object sa = storage(a).array();
        Object sb = storage(b).array();
        Object so = storage(out).array();
        int[] base = {out.storageOffset(), cond.storageOffset(), a.storageOffset(), b.storageOffset()};
        loop.forEach(base, (n, off) -> Where.choose(n, c, off[1], cs, sa, off[2], as, sb, off[3], bs, so, off[0], os));
    }

    /** {@code x.masked_fill(mask, value)}: x (broadcast with mask) with {@code value} where mask is true (node {@code MaskedFillBackward0}). */
    public static Tensor maskedFill(Tensor x, Tensor mask, double value) {
        Tensor m = boolMask(mask);
        Tensor out = fill(x, m, Tensor.full(new int[0], value, x.dtype()));
        return Graph.record("MaskedFillBackward0", out, x, ctx -> {
            ctx.forward(t -> maskedFill(t[0], m, 0));
            return g -> new Tensor[] {maskedFill(g, m, 0)};
        });
    }

    /** {@code x.masked_fill(mask, value)} with a 0-d tensor value, differentiable in both (node {@code MaskedFillBackward1}). */
    public static Tensor maskedFill(Tensor x, Tensor mask, Tensor value) {
        if (value.dim() != 0) {
            throw new IllegalArgumentException("masked_fill_ only supports a 0-dimensional value tensor, but got tensor "
                    + "with " + value.dim() + " dimension(s).");
        }
        Tensor m = boolMask(mask);
        Tensor out = fill(x, m, value);
        return Graph.record("MaskedFillBackward1", out, x, value, ctx -> {
            ctx.forward(t -> where(m, t[1] == null ? TensorAccess.wrap(0.0) : t[1],
                    t[0] == null ? TensorAccess.wrap(0.0) : t[0]));
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? maskedFill(g, m, 0) : null,
                    ctx.needsGrad(1) ? where(m, g, TensorAccess.wrap(0.0)).sum() : null};
        });
    }

    /** {@code x.masked_fill_(mask, value)}: {@link #maskedFill} in place. */
    public static Tensor maskedFill_(Tensor x, Tensor mask, double value) {
        return InPlace.apply(x, self -> maskedFill(self, mask, value), Selecting::checkMaskedFillTarget);
    }

    /** {@code x.masked_fill_(mask, value)} with a 0-d tensor value: {@link #maskedFill} in place. */
    public static Tensor maskedFill_(Tensor x, Tensor mask, Tensor value) {
        return InPlace.apply(x, value, (self, v) -> maskedFill(self, mask, v), Selecting::checkMaskedFillTarget);
    }

    /** {@code masked_fill_}'s check of the tensor it writes: refused if expanded (PyTorch warns and writes). */
    private static void checkMaskedFillTarget(Tensor target) {
        InPlace.refuseExpandedTarget(target, "masked_fill_", "tensor[mask] = scalar");
    }

    private static Tensor fill(Tensor x, Tensor mask, Tensor value) {
        int[] shape = Shapes.broadcast(rawShape(x), rawShape(mask));
        Tensor out = Creation.empty(shape, x.dtype());
        choose(mask, Copying.convert(value, x.dtype()), x, out);
        return out;
    }

    /** The mask must be bool, as PyTorch 2 requires (1.13 misread a float mask without a word). */
    private static Tensor boolMask(Tensor mask) {
        if (mask.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("masked_fill_ only supports boolean masks, but got mask with dtype "
                    + mask.dtype().scalarTypeName().toLowerCase(java.util.Locale.ROOT));
        }
        return mask;
    }
}
