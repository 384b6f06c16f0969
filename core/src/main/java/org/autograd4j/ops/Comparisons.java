package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.IntegerRuns;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.StridedLoop;

/**
 * Comparisons, logical operators and value tests. All return bool tensors and record nothing.
 * Comparisons first promote both sides to their common dtype, as PyTorch does (so an int64 tensor
 * compared with a Java double compares in float32); int64 values compare exactly.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** The six comparison operators. */
    public enum Comparison {
        EQ, NE, LT, LE, GT, GE;

        /** IEEE comparison: NaN is unordered, so only NE holds for it. */
        boolean test(double a, double b) {
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return this == NE;
            }
            return holdsFor(a < b ? -1 : a > b ? 1 : 0);
        }

        /** Whether the operator holds for operands in this order: negative, zero or positive as a < b, a == b, a > b. */
        private boolean holdsFor(int order) {
            switch (this) {
                case EQ: return order == 0;
                case NE: return order != 0;
                case LT: return order < 0;
                case LE: return order <= 0;
                case GT: return order > 0;
                default: return order >= 0;
            }
        }
    }

    /** {@code a <op> b} elementwise with broadcasting, in the promoted dtype of a and b. */
    public static Tensor compare(Comparison op, Tensor a, Tensor b) {
        DType type = Promotion.resultType(a, b);
        Tensor out = Creation.empty(Shapes.broadcast(rawShape(a), rawShape(b)), DType.BOOL);
        if (type.isFloatingPoint()) {
            Pointwise.map2Into(PointwiseGrad.as(a, type), PointwiseGrad.as(b, type), out,
                    (p, q) -> op.test(p, q) ? 1 : 0);
            return out;
        }
        Tensor x = PointwiseGrad.as(a, DType.INT64); // bools compare as 0 and 1
        Tensor y = PointwiseGrad.as(b, DType.INT64);
        StridedLoop loop = Broadcast.loop(out, x, y);
        int os = loop.innerStride(0);
        int xs = loop.innerStride(1);
        int ys = loop.innerStride(2);
        boolean[] o = storage(out).bools();
        long[] xa = storage(x).longs();
        long[] ya = storage(y).longs();
        loop.forEach(new int[] {0, x.storageOffset(), y.storageOffset()},
                (n, off) -> IntegerRuns.compare(n, xa, off[1], xs, ya, off[2], ys, o, off[0], os, op::holdsFor));
        return out;
    }

    // ------------------------------------------------------------------ logical operators (nonzero is true)

    public static Tensor logicalAnd(Tensor a, Tensor b) {
        return Pointwise.map2(a, b, DType.BOOL, (p, q) -> p != 0 && q != 0 ? 1 : 0);
    }

    public static Tensor logicalOr(Tensor a, Tensor b) {
        return Pointwise.map2(a, b, DType.BOOL, (p, q) -> p != 0 || q != 0 ? 1 : 0);
    }

    public static Tensor logicalXor(Tensor a, Tensor b) {
        return Pointwise.map2(a, b, DType.BOOL, (p, q) -> (p != 0) != (q != 0) ? 1 : 0);
    }

    public static Tensor logicalNot(Tensor a) {
        return Pointwise.map(a, DType.BOOL, p -> p != 0 ? 0 : 1);
    }

    // ------------------------------------------------------------------ value tests

    public static Tensor isnan(Tensor x) {
        return Pointwise.map(x, DType.BOOL, v -> Double.isNaN(v) ? 1 : 0);
    }

    public static Tensor isinf(Tensor x) {
        return Pointwise.map(x, DType.BOOL, v -> Double.isInfinite(v) ? 1 : 0);
    }

    public static Tensor isposinf(Tensor x) {
        return Pointwise.map(x, DType.BOOL, v -> v == Double.POSITIVE_INFINITY ? 1 : 0);
    }

    public static Tensor isneginf(Tensor x) {
        return Pointwise.map(x, DType.BOOL, v -> v == Double.NEGATIVE_INFINITY ? 1 : 0);
    }

    public static Tensor isfinite(Tensor x) {
        return Pointwise.map(x, DType.BOOL, v -> Double.isFinite(v) ? 1 : 0);
    }

    /**
     * {@code |a - b| <= atol + rtol * |b|}, or a == b (which covers equal infinities); nan equals
     * nan only with {@code equalNan}. Both tensors must have the same dtype, as in PyTorch.
     */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(a.dtype().scalarTypeName() + " did not match "
                    + b.dtype().scalarTypeName());
        }
        if (rtol < 0) {
            throw new IllegalArgumentException("rtol must be greater than or equal to zero, but got "
                    + PointwiseGrad.cpp(rtol));
        }
        if (atol < 0) {
            throw new IllegalArgumentException("atol must be greater than or equal to zero, but got "
                    + PointwiseGrad.cpp(atol));
        }
        return Pointwise.map2(a, b, DType.BOOL, (p, q) -> {
            if (p == q || (equalNan && Double.isNaN(p) && Double.isNaN(q))) {
                return 1;
            }
            return Double.isFinite(p) && Double.isFinite(q) && Math.abs(p - q) <= atol + rtol * Math.abs(q) ? 1 : 0;
        });
    }
}
