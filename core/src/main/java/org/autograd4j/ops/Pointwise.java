package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.kernels.ElementwiseKernels;
import org.autograd4j.kernels.IntegerRuns;
import org.autograd4j.kernels.Kernels;
import org.autograd4j.kernels.MappedRuns;
import org.autograd4j.kernels.UnaryOp;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.StridedLoop;

/**
 * Elementwise forward computation (no autograd): type promotion, broadcasting and strided
 * iteration, handing each innermost run to the {@link ElementwiseKernels} provider for floating
 * types; int64 and bool tensors take {@code kernels.IntegerRuns} (never on a hot path), and functions
 * without a kernel of their own {@code kernels.MappedRuns}.
 */
public final class Pointwise {
    private Pointwise() {
    }

    /** {@code op(a, b)} with PyTorch's promotion and broadcasting, into a new tensor. */
    public static Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        DType type = Promotion.resultType(a, b);
        if (op == BinaryOp.DIV) {
            type = Promotion.floating(type);
        }
        Tensor out = Creation.emptyWithShape(broadcastShape(a, b), type);
        binaryInto(op, a, b, out);
        return out;
    }

    /** The broadcast shape, without allocating in the common tensor-with-scalar and same-shape cases. */
    private static int[] broadcastShape(Tensor a, Tensor b) {
        if (b.dim() == 0) {
            return rawShape(a);
        }
        if (a.dim() == 0) {
            return rawShape(b);
        }
        return Shapes.broadcast(rawShape(a), rawShape(b));
    }

    /** Whether {@code t} can be read as one contiguous run of {@code n} elements, or as a 0-d scalar (stride 0). */
    private static boolean isFlat(Tensor t, Tensor out) {
        return t.dim() == 0 || (t.dtype() == out.dtype() && t.isContiguous()
                && java.util.Arrays.equals(rawShape(t), rawShape(out)));
    }

    /** {@code out = op(a, b)}; {@code out} has the broadcast shape and the compute dtype (it may alias {@code a}). */
    public static void binaryInto(BinaryOp op, Tensor a, Tensor b, Tensor out) {
        DType type = out.dtype();
        if (type.isFloatingPoint() && out.isContiguous() && isFlat(a, out) && isFlat(b, out)) {
            binaryFlat(op, a, b, out);
            return;
        }
        Tensor x = a.dtype() == type ? a : Copying.convert(a, type);
        Tensor y = b.dtype() == type ? b : Copying.convert(b, type);
        StridedLoop loop = Broadcast.loop(out, x, y);
        int os = loop.innerStride(0);
        int xs = loop.innerStride(1);
        int ys = loop.innerStride(2);
        int[] base = {out.storageOffset(), x.storageOffset(), y.storageOffset()};
        ElementwiseKernels k = Kernels.elementwise();
        switch (type) {
            case FLOAT32: {
                float[] o = storage(out).floats();
                float[] xa = storage(x).floats();
                float[] ya = storage(y).floats();
                loop.forEach(base, (n, off) -> k.binary(op, n, xa, off[1], xs, ya, off[2], ys, o, off[0], os));
                break;
            }
            case FLOAT64: {
                double[] o = storage(out).doubles();
                double[] xa = storage(x).doubles();
                double[] ya = storage(y).doubles();
                loop.forEach(base, (n, off) -> k.binary(op, n, xa, off[1], xs, ya, off[2], ys, o, off[0], os));
                break;
            }
            case INT64: {
                long[] o = storage(out).longs();
                long[] xa = storage(x).longs();
                long[] ya = storage(y).longs();
                loop.forEach(base, (n, off) -> IntegerRuns.binary(op, n, xa, off[1], xs, ya, off[2], ys, o, off[0], os));
                break;
            }
            default: {
                boolean[] o = storage(out).bools();
                boolean[] xa = storage(x).bools();
                boolean[] ya = storage(y).bools();
                checkBoolOp(op);
                loop.forEach(base, (n, off) -> IntegerRuns.binary(op, n, xa, off[1], xs, ya, off[2], ys, o, off[0], os));
            }
        }
    }

    /**
     * The common case without a strided walk: contiguous operands, or a 0-d operand read with
     * stride 0. A 0-d operand of another dtype (a wrapped Java number, say) is converted into a
     * one-element array rather than a tensor.
     */
    private static void binaryFlat(BinaryOp op, Tensor x, Tensor y, Tensor out) {
        int n = out.numel();
        int xs = x.dim() == 0 ? 0 : 1;
        int ys = y.dim() == 0 ? 0 : 1;
        ElementwiseKernels k = Kernels.elementwise();
        if (out.dtype() == DType.FLOAT32) {
            k.binary(op, n, floats(x), offset(x, DType.FLOAT32), xs, floats(y), offset(y, DType.FLOAT32), ys,
                    storage(out).floats(), out.storageOffset(), 1);
        } else {
            k.binary(op, n, doubles(x), offset(x, DType.FLOAT64), xs, doubles(y), offset(y, DType.FLOAT64), ys,
                    storage(out).doubles(), out.storageOffset(), 1);
        }
    }

    /** t's float array, or for a 0-d tensor of another dtype its value in a new one-element array. */
    private static float[] floats(Tensor t) {
        return t.dtype() == DType.FLOAT32 ? storage(t).floats() : new float[] {(float) t.item()};
    }

    private static double[] doubles(Tensor t) {
        return t.dtype() == DType.FLOAT64 ? storage(t).doubles() : new double[] {t.item()};
    }

    /** Where t's data starts in the array {@link #floats}/{@link #doubles} returns for {@code type}. */
    private static int offset(Tensor t, DType type) {
        return t.dtype() == type ? t.storageOffset() : 0;
    }

    private static void checkBoolOp(BinaryOp op) {
        if (op == BinaryOp.SUB) {
            throw new IllegalArgumentException("Subtraction, the `-` operator, with two bool tensors is not supported. "
                    + "Use the `^` or `logical_xor()` operator instead.");
        }
    }

    /**
     * {@code op(x)} into a new tensor. Transcendental ops compute in the floating type of the
     * input (float32 for integer inputs, as PyTorch); NEG, ABS and RELU keep the input dtype.
     */
    public static Tensor unary(UnaryOp op, Tensor x) {
        boolean keepsType = op == UnaryOp.NEG || op == UnaryOp.ABS || op == UnaryOp.RELU;
        DType type = keepsType ? x.dtype() : Promotion.floating(x.dtype());
        if (type == DType.BOOL && op == UnaryOp.NEG) {
            throw new IllegalArgumentException("Negation, the `-` operator, on a bool tensor is not supported. If you are "
                    + "trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        Tensor out = Creation.emptyWithShape(rawShape(x), type);
        unaryInto(op, x, out);
        return out;
    }

    /** {@code out = op(x)}; {@code out} has x's shape (it may alias x). */
    public static void unaryInto(UnaryOp op, Tensor x, Tensor out) {
        DType type = out.dtype();
        if (!type.isFloatingPoint()) {
            map(x, out, v -> ScalarOps.unary(op, v));
            return;
        }
        Tensor in = x.dtype() == type ? x : Copying.convert(x, type);
        if (in.isContiguous() && out.isContiguous()) {
            unaryFlat(op, in, out);
            return;
        }
        StridedLoop loop = new StridedLoop(rawShape(out), rawStrides(out), rawStrides(in));
        int os = loop.innerStride(0);
        int is = loop.innerStride(1);
        int[] base = {out.storageOffset(), in.storageOffset()};
        ElementwiseKernels k = Kernels.elementwise();
        if (type == DType.FLOAT32) {
            float[] o = storage(out).floats();
            float[] xa = storage(in).floats();
            loop.forEach(base, (n, off) -> k.unary(op, n, xa, off[1], is, o, off[0], os));
        } else {
            double[] o = storage(out).doubles();
            double[] xa = storage(in).doubles();
            loop.forEach(base, (n, off) -> k.unary(op, n, xa, off[1], is, o, off[0], os));
        }
    }

    private static void unaryFlat(UnaryOp op, Tensor in, Tensor out) {
        int n = out.numel();
        ElementwiseKernels k = Kernels.elementwise();
        if (out.dtype() == DType.FLOAT32) {
            k.unary(op, n, storage(in).floats(), in.storageOffset(), 1, storage(out).floats(), out.storageOffset(), 1);
        } else {
            k.unary(op, n, storage(in).doubles(), in.storageOffset(), 1, storage(out).doubles(), out.storageOffset(), 1);
        }
    }

    /**
     * A general elementwise function, for ops without a dedicated kernel: {@code out[i] = f(x[i])},
     * computed in double and stored in {@code out}'s dtype.
     */
    public static void map(Tensor x, Tensor out, DoubleUnaryOperator f) {
        StridedLoop loop = Broadcast.loop(out, x);
        int os = loop.innerStride(0);
        int xs = loop.innerStride(1);
        Object src = storage(x).array();
        Object dst = storage(out).array();
        loop.forEach(new int[] {out.storageOffset(), x.storageOffset()},
                (n, off) -> MappedRuns.map(n, src, off[1], xs, dst, off[0], os, f));
    }

    /** {@code f(x)} into a new tensor of {@code type}. */
    public static Tensor map(Tensor x, DType type, DoubleUnaryOperator f) {
        Tensor out = Creation.empty(rawShape(x), type);
        map(x, out, f);
        return out;
    }

    /** {@code f(a, b)} with broadcasting into a new tensor of {@code type}, computed in double. */
    public static Tensor map2(Tensor a, Tensor b, DType type, DoubleBinaryOperator f) {
        Tensor out = Creation.empty(Shapes.broadcast(rawShape(a), rawShape(b)), type);
        map2Into(a, b, out, f);
        return out;
    }

    /** {@code out[i] = f(a[i], b[i])} with a and b broadcast to out's shape; out may alias a or b. */
    public static void map2Into(Tensor a, Tensor b, Tensor out, DoubleBinaryOperator f) {
        StridedLoop loop = Broadcast.loop(out, a, b);
        int os = loop.innerStride(0);
        int as = loop.innerStride(1);
        int bs = loop.innerStride(2);
        Object sa = storage(a).array();
        Object sb = storage(b).array();
        Object dst = storage(out).array();
        loop.forEach(new int[] {out.storageOffset(), a.storageOffset(), b.storageOffset()},
                (n, off) -> MappedRuns.map(n, sa, off[1], as, sb, off[2], bs, dst, off[0], os, f));
    }

    /** {@code f(a, b, c)} with the three broadcast together, computed in double, into a new tensor of {@code type}. */
    static Tensor map3(Tensor a, Tensor b, Tensor c, DType type, MappedRuns.DoubleTernaryOperator f) {
        int[] shape = Shapes.broadcast(Shapes.broadcast(rawShape(a), rawShape(b)), rawShape(c));
        Tensor out = Creation.empty(shape, type);
        StridedLoop loop = Broadcast.loop(out, a, b, c);
        int os = loop.innerStride(0);
        int as = loop.innerStride(1);
        int bs = loop.innerStride(2);
        int cs = loop.innerStride(3);
        Object sa = storage(a).array();
        Object sb = storage(b).array();
        Object sc = storage(c).array();
        Object dst = storage(out).array();
        loop.forEach(new int[] {0, a.storageOffset(), b.storageOffset(), c.storageOffset()},
                (n, off) -> MappedRuns.map(n, sa, off[1], as, sb, off[2], bs, sc, off[3], cs, dst, off[0], os, f));
        return out;
    }
}
