package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.rawShape;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Shapes;

/**
 * A forward-mode AD level as the machinery sees it ({@code autograd.DualLevel} is the user's handle
 * on it): the open level, whose tangents ops compute with their forward (JVP) formulas, and the
 * operations on tangents that {@code ops}, {@code ForwardAD} and {@code jvp}/{@code hvp} need. As in
 * PyTorch 1.13 there is one level at a time, for the whole process.
 *
 * <p>Tangents are stored on the tensor with the level they belong to, so closing a level costs
 * nothing: a tangent whose level is not the open one is simply not there any more. Ops pay one
 * read of {@link #isActive()} when no level is open. This package is not exported, so none of this
 * is API.
 */
public final class ForwardLevel implements AutoCloseable {
    /** The open level, or null: what ops check first. */
    private static volatile ForwardLevel current;
    /** Per thread: how many scopes are computing tangents, during which ops must not compute tangents of tangents. */
    private static final ThreadLocal<int[]> SUSPENDED = ThreadLocal.withInitial(() -> new int[1]);

    /** Whether forward formulas run in grad mode as it is, so tangents are differentiable (reverse over forward). */
    private final boolean differentiableTangents;
    /** The tensors whose tangent is their own, not their base's (Tensor compares by identity). */
    private final Set<Tensor> ownTangents = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    /** The tangents that writes created, by tensor ({@link #markWrittenTangent}): weak keys, as tangents. */
    private final Map<Tensor, Tensor> writtenTangents = Collections.synchronizedMap(new WeakHashMap<>());

    private ForwardLevel(boolean differentiableTangents) {
        this.differentiableTangents = differentiableTangents;
    }

    /** Opens the level ({@code forward_ad.enter_dual_level}, through {@code DualLevel.enter}). */
    public static ForwardLevel enter() {
        return open(true);
    }

    /**
     * Opens a level whose tangents are computed unrecorded, with no {@code grad_fn}: for callers that
     * never differentiate a tangent in reverse mode, such as {@code jvp} and forward-over-reverse
     * {@code hvp}, which then record no graph of the forward formulas. Primal ops record as usual.
     */
    public static ForwardLevel enterWithUndifferentiableTangents() {
        return open(false);
    }

    private static synchronized ForwardLevel open(boolean differentiableTangents) {
        if (current != null) {
            throw new IllegalStateException("Nested forward mode AD is not supported at the moment");
        }
        current = new ForwardLevel(differentiableTangents);
        return current;
    }

    /** Whether forward formulas at the open level record their graph (grad mode permitting). */
    public static boolean tangentsDifferentiable() {
        ForwardLevel level = current;
        return level == null || level.differentiableTangents;
    }

    /** Whether this level's forward formulas record their graph (it was not opened without differentiable tangents). */
    boolean differentiableTangents() {
        return differentiableTangents;
    }

    /** Closes the level, dropping its tangents ({@code exit_dual_level}); closing it again does nothing. */
    @Override
    public void close() {
        synchronized (ForwardLevel.class) {
            if (current == this) {
                current = null;
            }
        }
    }

    /** Whether a level is open: the one check ops make when they run. */
    public static boolean isActive() {
        return current != null;
    }

    /** The level whose tangents ops must propagate on this thread now, or null. */
    static ForwardLevel propagating() {
        ForwardLevel level = current;
        return level == null || SUSPENDED.get()[0] > 0 ? null : level;
    }

    /** Whether ops on this thread compute tangents now: a level is open and no formula is running. */
    public static boolean isPropagating() {
        return propagating() != null;
    }

    /**
     * Stops ops on this thread from computing tangents until the guard is closed: for the forward
     * formulas themselves (whose inputs are primal values, as PyTorch's {@code self_p}), and for
     * forward computations whose tangent their op gives by its own formula.
     */
    public static Suspension suspend() {
        int[] depth = SUSPENDED.get();
        depth[0]++;
        return new Suspension(depth);
    }

    /** Ends a {@link #suspend()}. */
    public static final class Suspension implements AutoCloseable {
        private final int[] depth;

        private Suspension(int[] depth) {
            this.depth = depth;
        }

        @Override
        public void close() {
            depth[0]--;
        }
    }

    /**
     * The tangent of {@code t} at the open level, or null ({@code unpack_dual(t).tangent}); a view's
     * is a view of its base's when the base has one ({@link ViewTangents}).
     */
    public static Tensor tangentOf(Tensor t) {
        ForwardLevel level = current;
        return level == null ? null : ViewTangents.of(t, level);
    }

    /**
     * Marks {@code t}'s tangent at the open level as its own, never its base's: {@code makeDual}'s
     * result and {@code unpackDual}'s primal (PyTorch's views that are not forward views).
     */
    public static void ownTangent(Tensor t) {
        ForwardLevel level = current;
        if (level != null) {
            level.ownTangents.add(t);
        }
    }

    /**
     * After a write into the view {@code t} gave its base a new tangent: drops the tangent t was given
     * (a copy of its part), so that it is a view of the base's again, if the base's can be viewed.
     */
    public static void shareBaseTangent(Tensor t) {
        ForwardLevel level = current;
        Tensor baseTangent = level == null ? null : TensorAccess.tangent(t.base(), level);
        if (baseTangent != null && ViewTangents.isLaidOutLike(baseTangent, t.base()) && !level.ownsTangent(t)) {
            TensorAccess.setTangent(t, level, null);
        }
    }

    /**
     * A view of a tensor whose tangent is its own has its own too: it is a view of that tensor's
     * tangent (made by the view op's formula), not of the root base's.
     */
    public static void inheritOwnTangent(Tensor source, Tensor view) {
        ForwardLevel level = current;
        if (level != null && level.ownsTangent(source)) {
            level.ownTangents.add(view);
        }
    }

    /** Whether {@code t}'s tangent at the open level is its own, never its base's ({@link #ownTangent}). */
    public static boolean hasOwnTangent(Tensor t) {
        ForwardLevel level = current;
        return level != null && level.ownsTangent(t);
    }

    /**
     * After a write gave {@code t} a new tangent in storage of its own, laid out like t: later writes update
     * that tangent in place ({@link #hasWrittenTangent}), as PyTorch's, so a tangent read before them sees them.
     */
    public static void markWrittenTangent(Tensor t) {
        ForwardLevel level = current;
        if (level != null) {
            level.writtenTangents.put(t, TensorAccess.tangent(t, level));
        }
    }

    /**
     * Whether {@code t}'s tangent is the one a write gave it ({@link #markWrittenTangent}) and no other has
     * replaced it: a tangent an op's formula made may be another tensor's, which a write must not change.
     */
    public static boolean hasWrittenTangent(Tensor t) {
        ForwardLevel level = current;
        if (level == null) {
            return false;
        }
        Tensor tangent = TensorAccess.tangent(t, level);
        return tangent != null && level.writtenTangents.get(t) == tangent;
    }

    boolean ownsTangent(Tensor t) {
        return ownTangents.contains(t);
    }

    /** Refuses a tangent of another size than its tensor's, with PyTorch's message. */
    public static void checkSize(Tensor t, Tensor tangent) {
        if (!Arrays.equals(rawShape(t), rawShape(tangent))) {
            throw new IllegalArgumentException("Trying to set a forward gradient that has a different size than that of "
                    + "the original Tensor, this is not supported. Tensor is of size " + Shapes.str(rawShape(t))
                    + " while the given forward gradient is of size " + Shapes.str(rawShape(tangent)) + ".");
        }
    }

    /**
     * Gives {@code t} the tangent {@code tangent} at the open level (null removes it), refusing one
     * of another size with PyTorch's message. The tangent is converted to t's dtype.
     */
    public static void setTangent(Tensor t, Tensor tangent) {
        ForwardLevel level = current;
        if (level == null) {
            throw new IllegalStateException("Trying to create a dual Tensor for forward AD but no level exists, make "
                    + "sure to enter_dual_level() first.");
        }
        if (tangent != null) {
            checkSize(t, tangent);
        }
        TensorAccess.setTangent(t, level, tangent == null || tangent.dtype() == t.dtype() ? tangent
                : tangent.to(t.dtype()));
    }
}
