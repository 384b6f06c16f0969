package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.ops.Views;

/**
 * A view's tangent is a view of its base's tangent, as PyTorch's forward grad of a view: looked up
 * when asked for, so a view taken before its base got a tangent, or before a write into another
 * view of the base replaced the base's tangent, sees the base's current one.
 *
 * <p>It is derived when the base's tangent is laid out like the base (the layout every write
 * gives it), so the view's strides and offset locate its part; it is a view op of the base's tangent
 * ({@code AsStridedBackward0} when that has history, as PyTorch's), so reverse mode over a view's tangent
 * reaches the writes that made the base's. A tensor whose tangent is its own ({@code makeDual}'s result,
 * {@code unpackDual}'s primal) never derives one.
 */
final class ViewTangents {
    private ViewTangents() {
    }

    /** The tangent of {@code t} at {@code level}: its base's, viewed, or its own. */
    static Tensor of(Tensor t, ForwardLevel level) {
        Tensor own = TensorAccess.tangent(t, level);
        Tensor base = t.base();
        Tensor baseTangent = base == null ? null : TensorAccess.tangent(base, level);
        if (baseTangent == null || !isLaidOutLike(baseTangent, base) || t.dtype() != base.dtype()
                || level.ownsTangent(t)) {
            return own;
        }
        int offset = baseTangent.storageOffset() + t.storageOffset() - base.storageOffset();
        boolean current = own != null && isAt(own, baseTangent, offset, t)
                && (own.requiresGrad() || !needsHistory(baseTangent, level));
        if (current) {
            return own; // already that view (the view op's formula made it, or an earlier lookup)
        }
        Tensor view = viewOf(baseTangent, t, offset, level);
        TensorAccess.setTangent(t, level, view);
        return view;
    }

    /**
     * The part of {@code baseTangent} that {@code t} is, as a view op of it (PyTorch's {@code as_strided}),
     * recorded as forward formulas are: so reverse mode over the view's tangent reaches the base tangent's
     * history (the writes into views of the base that made it).
     */
    private static Tensor viewOf(Tensor baseTangent, Tensor t, int offset, ForwardLevel level) {
        try (ForwardLevel.Suspension s = ForwardLevel.suspend();
             GradMode.Guard g = level.differentiableTangents() ? null : GradMode.set(false)) {
            return Views.asStrided(baseTangent, rawShape(t), rawStrides(t), offset);
        }
    }

    /** Whether a view of {@code baseTangent} derived now would record a node (see {@link #viewOf}). */
    private static boolean needsHistory(Tensor baseTangent, ForwardLevel level) {
        return baseTangent.requiresGrad() && GradMode.isEnabled() && level.differentiableTangents();
    }

    /** Whether {@code tangent} has {@code t}'s strides, so a view of t locates the same elements in it. */
    static boolean isLaidOutLike(Tensor tangent, Tensor t) {
        return Arrays.equals(rawStrides(tangent), rawStrides(t));
    }

    /** Whether {@code own} is the part of {@code baseTangent} at {@code offset} with {@code view}'s strides. */
    private static boolean isAt(Tensor own, Tensor baseTangent, int offset, Tensor view) {
        return storage(own) == storage(baseTangent) && own.storageOffset() == offset
                && Arrays.equals(rawStrides(own), rawStrides(view));
    }
}
