package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.versionCounter;

import java.util.Arrays;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.InferenceMode;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.MemoryOverlap;
import org.autograd4j.tensor.Shapes;

/**
 * In-place variants of out-of-place ops. The result is computed out of place and written back
 * into the target's storage, bumping its version counter so that any node that saved the old
 * value refuses to use it.
 *
 * <p>When the operation is recorded, the out-of-place op runs on a copy of the target that keeps
 * the target's history, so its backward sees the value from before the write (as PyTorch's
 * "original self"), and the target then takes over the new node as its {@code grad_fn}.
 */
public final class InPlace {
    private InPlace() {
    }

    /** {@code self.op_(other)}: refused if elements of {@code self} share memory, as PyTorch refuses it. */
    public static Tensor apply(Tensor self, Tensor other, BinaryOperator<Tensor> op) {
        return apply(self, other, op, InPlace::assertNoInternalOverlap);
    }

    /** {@code self.op_()}: refused if elements of {@code self} share memory, as PyTorch refuses it. */
    public static Tensor apply(Tensor self, UnaryOperator<Tensor> op) {
        return apply(self, op, InPlace::assertNoInternalOverlap);
    }

    /**
     * {@code self.op_(other)} without the check for elements sharing memory: for the writes PyTorch lets
     * through ({@code fill_}, {@code threshold_}, {@code x[i] = scalar}), which give every element sharing a
     * location the same value, and for a caller that checked the part it writes ({@code x[i] = tensor}).
     */
    public static Tensor applyThroughAliases(Tensor self, Tensor other, BinaryOperator<Tensor> op) {
        return apply(self, other, op, written -> { });
    }

    /** {@code self.op_()} without the check for elements sharing memory; see the binary form. */
    public static Tensor applyThroughAliases(Tensor self, UnaryOperator<Tensor> op) {
        return apply(self, op, written -> { });
    }

    /**
     * {@code self.op_(other)} with the op's own check of the tensor it writes ({@link #refuseExpandedTarget}),
     * made after autograd's checks, in PyTorch's order.
     */
    public static Tensor apply(Tensor self, Tensor other, BinaryOperator<Tensor> op, Consumer<Tensor> writeCheck) {
        checkTarget(self);
        writeCheck.accept(self);
        boolean recording = GradMode.isEnabled() && (historyRequiresGrad(self) || other.requiresGrad());
        boolean onCopy = recording || (ForwardLevel.isActive() && recordsTangents(self, other));
        Tensor result = op.apply(onCopy ? withHistory(self) : self, other);
        return writeBack(self, result, recording);
    }

    /** {@code self.op_()} with the op's own check of the tensor it writes; see the binary form. */
    public static Tensor apply(Tensor self, UnaryOperator<Tensor> op, Consumer<Tensor> writeCheck) {
        checkTarget(self);
        writeCheck.accept(self);
        boolean recording = GradMode.isEnabled() && historyRequiresGrad(self);
        boolean onCopy = recording || (ForwardLevel.isActive() && recordsTangents(self, null));
        return writeBack(self, op.apply(onCopy ? withHistory(self) : self), recording);
    }

    /**
     * Whether the op's forward formula is recorded (a tangent of its inputs requires grad): it may save the
     * target's value, which the write then changes, so the op runs on a copy, as PyTorch's formulas of in-place
     * ops read the original self.
     */
    private static boolean recordsTangents(Tensor self, Tensor other) {
        if (!GradMode.isEnabled() || !ForwardLevel.isPropagating() || !ForwardLevel.tangentsDifferentiable()) {
            return false;
        }
        return requiresGrad(ForwardLevel.tangentOf(self))
                || (other != null && requiresGrad(ForwardLevel.tangentOf(other)));
    }

    private static boolean requiresGrad(Tensor tangent) {
        return tangent != null && tangent.requiresGrad();
    }

    /**
     * PyTorch's {@code assert_no_internal_overlap} on the tensor an in-place op writes: an expanded
     * view is refused, since a result computed per element cannot be written back into fewer locations.
     */
    public static void assertNoInternalOverlap(Tensor written) {
        MemoryOverlap.assertNoInternalOverlap(rawShape(written), written.stride());
    }

    /**
     * The refusal of {@code index_put_} and {@code masked_fill_} (and {@code x[indices] = v}, which is
     * {@code index_put_}) on an expanded view. PyTorch warns that this is deprecated and writes the
     * selected elements' locations; here a result computed per element would be written back through
     * every alias, the unselected ones too, so the call is refused with PyTorch's warning as the message.
     */
    public static void refuseExpandedTarget(Tensor written, String op, String example) {
        if (MemoryOverlap.of(rawShape(written), written.stride()) == MemoryOverlap.YES) {
            throw new UnsupportedOperationException("Use of " + op + " on expanded tensors is deprecated. Please "
                    + "clone() the tensor before performing this operation. This also applies to advanced indexing "
                    + "e.g. " + example);
        }
    }

    /** Whether the target, or the base it is a view of, is part of a graph. */
    private static boolean historyRequiresGrad(Tensor self) {
        return self.requiresGrad() || (self.base() != null && self.base().requiresGrad());
    }

    /** {@code fill_(value)}; the gradient to the old value is zero ({@code FillBackward2}, PyTorch's name for fill_). */
    public static Tensor fill(Tensor self, double value) {
        return overwrite(self, value, "FillBackward2");
    }

    /** {@code zero_()}, which PyTorch records as its own node ({@code ZeroBackward0}). */
    public static Tensor zero(Tensor self) {
        return overwrite(self, 0, "ZeroBackward0");
    }

    /** PyTorch lets fill_ and zero_ write an expanded view (filling is idempotent), so no overlap check. */
    private static Tensor overwrite(Tensor self, double value, String node) {
        return applyThroughAliases(self, input -> {
            Tensor out = Tensor.fullLike(input, value);
            return Graph.record(node, out, input, ctx -> {
                ctx.forward(t -> Tensor.zerosLike(out));
                return g -> new Tensor[] {Tensor.zerosLike(g)};
            });
        });
    }

    /** Copies {@code src} (broadcast, converted) into {@code self} ({@code CopyBackwards}). */
    public static Tensor copy(Tensor self, Tensor src) {
        return copy(self, src, InPlace::assertNoInternalOverlap);
    }

    /** {@code copy_} without the overlap check, for {@code x[...] = v}, whose caller checks what PyTorch checks. */
    public static Tensor copyThroughAliases(Tensor self, Tensor src) {
        return copy(self, src, written -> { });
    }

    private static Tensor copy(Tensor self, Tensor src, Consumer<Tensor> writeCheck) {
        return apply(self, src, (input, s) -> {
            Tensor out = Creation.empty(rawShape(input), input.dtype());
            Copying.copyInto(s, out);
            return Graph.record("CopyBackwards", out, input, s, ctx -> {
                ctx.forward(t -> Tangents.orZeros(t[1], out));
                return g -> new Tensor[] {Tensor.zerosLike(g), g};
            });
        }, writeCheck);
    }

    /**
     * After a custom Function modified {@code view} in place ({@code mark_dirty}): {@code newValues}, which carries
     * the Function's node, becomes the value of the view's region in its base's history, as after an in-place op.
     */
    public static void rebaseView(Tensor view, Tensor newValues) {
        CopySlices.rebase(view.base(), view, newValues);
    }

    /**
     * Gives a view whose base was written since its node was made (its version changed), or since the view was
     * taken without a node if the write gave the base a history, a node over the base's current history, as
     * PyTorch regenerates a view's grad_fn when it is read ({@link Tensor#gradFn()}). This
     * happens whatever the grad mode, as in PyTorch, and leaves the view's tangent alone: a write updates it.
     */
    public static void regenerateView(Tensor view) {
        Tensor base = view.base();
        if (!base.requiresGrad()) {
            return;
        }
        try (GradMode.Guard g = GradMode.set(true); ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            CopySlices.viewOfNewBase(base, view);
        }
    }

    private static void checkTarget(Tensor self) {
        InferenceMode.checkInPlace(self);
        if (!GradMode.isEnabled()) {
            return;
        }
        if (self.requiresGrad() && self.isLeaf() && self.base() == null) {
            throw new IllegalStateException("a leaf Variable that requires grad is being used in an in-place operation.");
        }
        Tensor base = self.base();
        if (base != null && base.requiresGrad() && base.isLeaf()) {
            throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an "
                    + "in-place operation.");
        }
    }

    /** A copy of the target's current value carrying the target's autograd history. */
    private static Tensor withHistory(Tensor self) {
        Tensor copy = Copying.convert(self, self.dtype());
        if (self.gradFn() != null) {
            TensorAccess.setGradFn(copy, self.gradFn(), self.outputNr());
        }
        if (ForwardLevel.isActive()) {
            ForwardLevel.setTangent(copy, originalTangent(self));
        }
        return copy;
    }

    /**
     * The target's tangent as the op's forward formula must see it: a copy (recorded) when the write will
     * update it in place ({@link #updatesTangentInPlace}) and a formula recorded now may save it,
     * so that the saved tangent is the original one, as PyTorch's in-place formulas clone {@code self_t}.
     */
    private static Tensor originalTangent(Tensor self) {
        Tensor tangent = ForwardLevel.tangentOf(self);
        if (tangent == null || !updatesTangentInPlace(self) || !GradMode.isEnabled()
                || !ForwardLevel.tangentsDifferentiable()) {
            return tangent;
        }
        try (ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            return Copying.clone(tangent);
        }
    }

    private static Tensor writeBack(Tensor self, Tensor result, boolean recording) {
        int[] broadcast = Shapes.broadcast(rawShape(self), rawShape(result));
        if (!Arrays.equals(broadcast, rawShape(self))) {
            throw new IllegalArgumentException("output with shape " + Shapes.str(rawShape(self))
                    + " doesn't match the broadcast shape " + Shapes.str(broadcast));
        }
        if (result.dtype().category() > self.dtype().category()) {
            throw new IllegalArgumentException("result type " + result.dtype().scalarTypeName() + " can't be cast to the desired "
                    + "output type " + self.dtype().scalarTypeName());
        }
        Copying.copyInto(result, self);
        versionCounter(self).bump();
        boolean propagating = ForwardLevel.isPropagating();
        if (propagating) {
            writeTangent(self, ForwardLevel.tangentOf(result));
        }
        if (recording) {
            if (self.base() == null) {
                TensorAccess.setGradFn(self, result.gradFn(), result.outputNr());
            } else {
                // the tangents were written above, so CopySlices's forward formula must not write them again
                try (ForwardLevel.Suspension s = propagating ? ForwardLevel.suspend() : null) {
                    CopySlices.rebase(self.base(), self, result);
                }
            }
        }
        return self;
    }

    /**
     * Whether a write into {@code self} updates its tangent in place, as PyTorch's: {@code makeDual}'s result
     * and its views, a tensor whose tangent a write created, and a view of a base (whose tangent a write
     * creates if it has none).
     */
    private static boolean updatesTangentInPlace(Tensor self) {
        return self.base() != null || ForwardLevel.hasOwnTangent(self) || ForwardLevel.hasWrittenTangent(self);
    }

    /**
     * Gives the target of an in-place op the tangent of its new value (none: a zero tangent), as
     * PyTorch: a tensor whose tangent is its own ({@code makeDual}'s result and its views) or that a write
     * gave it has it updated in place, as has a view of a base its part of the base's tangent; any other
     * tensor gets a new tangent of its own, which later writes update.
     */
    private static void writeTangent(Tensor self, Tensor tangent) {
        Tensor fitted = tangent == null || Arrays.equals(rawShape(tangent), rawShape(self)) ? tangent
                : tangent.expand(rawShape(self));
        if (ForwardLevel.hasOwnTangent(self) || ForwardLevel.hasWrittenTangent(self)) {
            CopySlices.writeOwnTangent(self, fitted);
        } else if (self.base() == null) {
            CopySlices.writeNewTangent(self, fitted);
        } else {
            CopySlices.writeTangent(self.base(), self, fitted);
        }
    }
}
