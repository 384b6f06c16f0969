package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.isWrappedNumber;
import static org.autograd4j.ops.Comparisons.Comparison.GE;
import static org.autograd4j.ops.Comparisons.Comparison.GT;
import static org.autograd4j.ops.Comparisons.Comparison.LE;
import static org.autograd4j.ops.Comparisons.Comparison.LT;
import static org.autograd4j.ops.Comparisons.compare;
import static org.autograd4j.ops.Comparisons.logicalAnd;
import static org.autograd4j.ops.Comparisons.logicalOr;
import static org.autograd4j.ops.PointwiseGrad.record;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.BinaryOp;

/**
 * Clamping into bounds given as Java numbers or tensors ({@code clamp}, {@code clamp_min},
 * {@code clamp_max}); the gradient passes where the input lies inside the bounds.
 */
public final class Clamping {
    private Clamping() {
    }

    /**
     * min(max(x, min), max) with either bound null (not both); nan stays nan. The result dtype
     * promotes x with the bounds like Java numbers ({@code ClampBackward1}); the gradient passes
     * where {@code min <= x <= max}.
     */
    public static Tensor clamp(Tensor x, Tensor min, Tensor max) {
        if (min == null && max == null) {
            throw new IllegalArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        boolean wrapped = (min == null || isWrappedNumber(min)) && (max == null || isWrappedNumber(max));
        Tensor out = bound(bound(x, min, BinaryOp.MAX), max, BinaryOp.MIN);
        if (wrapped) {
            double lo = min == null ? Double.NEGATIVE_INFINITY : Promotion.roundTo(out.dtype(), min.item());
            double hi = max == null ? Double.POSITIVE_INFINITY : Promotion.roundTo(out.dtype(), max.item());
            return record("ClampBackward1", out, x, v -> v >= lo && v <= hi ? 1 : 0, null);
        }
        return Graph.record("ClampBackward0", out, new Tensor[] {x, min, max}, ctx -> {
            ctx.elementwise();
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
        if (isWrappedNumber(min)) {
            double lo = Promotion.roundTo(out.dtype(), min.item());
            return record("ClampMinBackward0", out, x, v -> v >= lo ? 1 : 0, null);
        }
        return Graph.record("ClampMinBackward1", out, x, min, ctx -> {
            ctx.elementwise();
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
        if (isWrappedNumber(max)) {
            double hi = Promotion.roundTo(out.dtype(), max.item());
            return record("ClampMaxBackward0", out, x, v -> v <= hi ? 1 : 0, null);
        }
        return Graph.record("ClampMaxBackward1", out, x, max, ctx -> {
            ctx.elementwise();
            SavedTensor self = ctx.save(x);
            SavedTensor hi = ctx.save(max);
            return g -> new Tensor[] {
                    PointwiseGrad.scale(g, compare(LE, self.get(), hi.get())),
                    ctx.needsGrad(1) ? PointwiseGrad.scale(g, compare(GT, self.get(), hi.get())) : null};
        });
    }


    /** max or min against a bound (unrecorded; null bound: x itself). */
    private static Tensor bound(Tensor x, Tensor bound, BinaryOp op) {
        return bound == null ? x : Pointwise.binary(op, x, bound);
    }
}
