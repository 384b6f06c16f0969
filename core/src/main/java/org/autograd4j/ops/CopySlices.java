package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.ElementOffsets;
import org.autograd4j.tensor.MemoryOverlap;
import org.autograd4j.tensor.Shapes;

/**
 * Rewrites history after an in-place write into a view, as PyTorch's {@code CopySlices}: the base
 * gets a new node that routes the gradient of the written region to the new values and the rest
 * to the base's old history, and the view becomes a view of the new base
 * ({@code AsStridedBackward0}).
 */
final class CopySlices {
    private CopySlices() {
    }

    static void rebase(Tensor base, Tensor view, Tensor newValues) {
        int[] region = regionIndices(base, view);
        int[] baseShape = base.shape();
        int[] viewShape = view.shape();
        Tensor written = writtenMask(baseShape, region);
        Tensor oldBase = Views.alias(base, false);
        if (base.gradFn() != null) {
            TensorAccess.setGradFn(oldBase, base.gradFn(), base.outputNr());
        } else {
            oldBase.requiresGrad(base.requiresGrad());
        }
        if (ForwardLevel.isActive()) {
            ForwardLevel.setTangent(oldBase, ForwardLevel.tangentOf(base));
        }
        Graph.record("CopySlices", base, oldBase, newValues, ctx -> {
            ctx.forward(t -> laidOutLike(baseTangent(t[0], t[1], written, region, viewShape), base));
            return g -> new Tensor[] {Masking.zeroWhere(g, written), Take.take(g, region, viewShape)};
        });
        viewOfNewBase(base, view, region);
    }

    /**
     * Makes {@code view} a view of its base's new value ({@code AsStridedBackward0}), after a write into
     * another view of the base: the view written itself, or a view that holds the written one.
     */
    static void viewOfNewBase(Tensor base, Tensor view) {
        viewOfNewBase(base, view, regionIndices(base, view));
    }

    private static void viewOfNewBase(Tensor base, Tensor view, int[] region) {
        recordAsStrided(base, view, region);
        ForwardLevel.shareBaseTangent(view); // a view of the base's tangent rather than the copy just made
    }

    /**
     * Records {@code view} as PyTorch's {@code as_strided} of {@code base} ({@code AsStridedBackward0}), when
     * grad mode and {@code base} ask for it: {@link Views#asStrided}, which finds the region only then.
     */
    static Tensor recordAsStrided(Tensor base, Tensor view) {
        return recordAsStrided(base, view, null);
    }

    /** {@code region}: the view's positions in the base ({@link #regionIndices}), or null to find them if needed. */
    private static Tensor recordAsStrided(Tensor base, Tensor view, int[] knownRegion) {
        int[] baseShape = base.shape();
        int[] viewShape = view.shape();
        return Graph.record("AsStridedBackward0", view, base, ctx -> {
            int[] region = knownRegion != null ? knownRegion : regionIndices(base, view);
            ctx.forward(t -> Take.take(t[0], region, viewShape));
            return g -> new Tensor[] {Take.put(g, region, baseShape)};
        });
    }

    /**
     * Forward mode's part of an in-place write into a tensor whose tangent is its own ({@code makeDual}'s
     * result or a view of it) or one a write gave it, or into a view of such a base: as PyTorch, the new
     * tangent is written into the old one in place, which updates it and the tangents that are views of it
     * (the tangent given to {@code makeDual} included, or one read before the write). Through aliases when
     * the tangent shares elements as t does: the write was allowed for t, so every alias gets one value.
     */
    static void writeOwnTangent(Tensor t, Tensor tangent) {
        Tensor old = ForwardLevel.tangentOf(t);
        try (ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            if (old == null || overlaps(old) && !isLaidOutLike(old, t)) {
                ForwardLevel.setTangent(t, tangent);
            } else {
                InPlace.copyThroughAliases(old, tangent == null ? Tensor.zerosLike(old) : tangent);
            }
        }
    }

    /**
     * Forward mode's part of a write into a tensor that is no view and has no tangent a write may update (none,
     * or one an op's formula made, which may be another tensor's): as PyTorch, it gets a new tangent in storage of
     * its own, which later writes update in place.
     */
    static void writeNewTangent(Tensor t, Tensor tangent) {
        try (ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            ForwardLevel.setTangent(t, tangent == null ? null : newTangent(t, tangent));
        }
        ForwardLevel.markWrittenTangent(t);
    }

    /**
     * Forward mode's part of a write into a view that does not own its tangent. As in PyTorch, where a view's tangent is a
     * view of its base's tangent: the view's part of its base's tangent is written in place, the base first
     * getting a new tangent of its own (zeros, or its old tangent) if it has none a write may update. A base that
     * such a tangent cannot be laid out like (it has gaps) instead gets a new tangent at each write, its old one
     * outside the region and the view's inside, and every view of the base sees its part of it.
     */
    static void writeTangent(Tensor base, Tensor view, Tensor viewTangent) {
        Tensor oldTangent = ForwardLevel.tangentOf(base);
        if (oldTangent == null && viewTangent == null) {
            return;
        }
        if (!ForwardLevel.hasWrittenTangent(base)) {
            Tensor fresh;
            try (ForwardLevel.Suspension s = ForwardLevel.suspend()) {
                fresh = newTangent(base, oldTangent);
            }
            if (isLaidOutLike(fresh, base)) {
                ForwardLevel.setTangent(base, fresh);
                ForwardLevel.markWrittenTangent(base);
            }
        }
        if (ForwardLevel.hasWrittenTangent(base) && isLaidOutLike(ForwardLevel.tangentOf(base), base)) {
            writeOwnTangent(view, viewTangent);
        } else {
            rebuildTangent(base, view, viewTangent);
        }
    }

    /** A tangent for {@code t} in storage of its own, laid out as PyTorch's empty_like(t): zeros, or {@code values}. */
    private static Tensor newTangent(Tensor t, Tensor values) {
        Tensor tangent = Sampling.emptyLike(t);
        if (values != null) {
            InPlace.copyThroughAliases(tangent, values);
        }
        return tangent;
    }

    private static void rebuildTangent(Tensor base, Tensor view, Tensor viewTangent) {
        Tensor oldTangent = ForwardLevel.tangentOf(base);
        try (ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            int[] region = regionIndices(base, view);
            Tensor written = writtenMask(base.shape(), region);
            Tensor tangent = laidOutLike(baseTangent(oldTangent, viewTangent, written, region, view.shape()), base);
            ForwardLevel.setTangent(base, tangent);
            ForwardLevel.setTangent(view, Take.take(tangent, region, view.shape()));
            ForwardLevel.shareBaseTangent(view);
        }
    }

    /** Whether {@code tangent} has {@code t}'s strides, so that a view of t locates its part of it. */
    private static boolean isLaidOutLike(Tensor tangent, Tensor t) {
        return Arrays.equals(rawStrides(tangent), rawStrides(t));
    }

    /**
     * {@code tangent} (t's shape) with t's strides, so that a view of t locates its part of it: a
     * copy when it is laid out otherwise (expanded from a broadcast, or contiguous for a permuted t).
     */
    private static Tensor laidOutLike(Tensor tangent, Tensor t) {
        if (tangent == null || isLaidOutLike(tangent, t)) {
            return tangent;
        }
        Tensor out = Sampling.emptyLike(t);
        Copying.copyInto(tangent, out);
        return out;
    }

    /** Whether writing into {@code t} would write some element twice (an expanded tensor). */
    private static boolean overlaps(Tensor t) {
        return MemoryOverlap.of(rawShape(t), rawStrides(t)) == MemoryOverlap.YES;
    }

    /** The base's tangent after the write: its old tangent outside the region, the view's new one inside. */
    private static Tensor baseTangent(Tensor oldTangent, Tensor viewTangent, Tensor written, int[] region,
            int[] viewShape) {
        int[] baseShape = written.shape();
        return Tangents.sum(Tangents.map(oldTangent, old -> Masking.zeroWhere(old, written)),
                Tangents.map(viewTangent, values -> Take.put(values.expand(viewShape), region, baseShape)));
    }

    private static Tensor writtenMask(int[] baseShape, int[] region) {
        // true at each written position: trues put into falses (adding bools is "or")
        return Take.put(Creation.full(new int[] {region.length}, 1, DType.BOOL), region, baseShape);
    }

    /** The row-major positions within {@code base} of each element of {@code view}. */
    private static int[] regionIndices(Tensor base, Tensor view) {
        int[] basePositions = Shapes.storagePositions(rawShape(base), rawStrides(base), base.storageOffset());
        int[] viewPositions = Shapes.storagePositions(rawShape(view), rawStrides(view), view.storageOffset());
        return ElementOffsets.positionsIn(basePositions, storage(base).length(), viewPositions);
    }
}
