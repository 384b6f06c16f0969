package org.autograd4j;

import org.autograd4j.autograd.DualLevel;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.internal.Args;

/**
 * Forward-mode automatic differentiation, PyTorch's {@code torch.autograd.forward_ad}: a dual
 * tensor carries a tangent beside its value, and every op computes its output's tangent (the
 * Jacobian-vector product) as it computes its output, without any backward pass.
 *
 * <pre>{@code
 * try (DualLevel level = ForwardAD.dualLevel()) {
 *     Tensor x = ForwardAD.makeDual(primal, tangent);
 *     Tensor y = f(x);
 *     Tensor jvp = ForwardAD.unpackDual(y).tangent();   // J(primal) · tangent
 * }
 * }</pre>
 *
 * There is one level at a time (nesting is refused, as in PyTorch 1.13); the tangents die with it.
 * Ops without a forward formula refuse a dual input with PyTorch's message (see docs/AUTOGRAD.md).
 */
public final class ForwardAD {
    private ForwardAD() {
    }

    /** A dual tensor seen as its two parts; the tangent is null when it has none (a zero tangent). */
    public record UnpackedDual(Tensor primal, Tensor tangent) {
    }

    /** Opens a dual level until the returned level is closed ({@code forward_ad.dual_level()}). */
    public static DualLevel dualLevel() {
        return DualLevel.enter();
    }

    /**
     * A view of {@code primal} carrying {@code tangent} at the open level ({@code forward_ad.make_dual}).
     * The tangent must have the primal's size; it is converted to the primal's dtype.
     */
    public static Tensor makeDual(Tensor primal, Tensor tangent) {
        Args.nonNull(primal, "primal");
        Args.nonNull(tangent, "tangent");
        if (!ForwardLevel.isActive()) {
            throw new IllegalStateException("Trying to create a dual Tensor for forward AD but no level exists, make "
                    + "sure to enter_dual_level() first.");
        }
        if (!primal.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("Expected primal to be floating point or complex, but got: "
                    + primal.dtype().torchName());
        }
        if (!tangent.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("Expected tangent to be floating point or complex, but got: "
                    + tangent.dtype().torchName());
        }
        if (ForwardLevel.tangentOf(primal) != null) {
            throw new IllegalArgumentException("Making a dual Tensor based on a Tensor that already has a forward "
                    + "gradient at the same level 0 is not supported.");
        }
        Tensor dual = primalView(primal);
        ForwardLevel.setTangent(dual, tangent);
        return dual;
    }

    /** The value and the tangent of {@code dual} at the open level ({@code forward_ad.unpack_dual}). */
    public static UnpackedDual unpackDual(Tensor dual) {
        Args.nonNull(dual, "dual");
        Tensor tangent = ForwardLevel.tangentOf(dual);
        return new UnpackedDual(tangent == null ? dual : primalView(dual), tangent);
    }

    /**
     * A view of t without its tangent, in the reverse-mode graph as t is ({@code ViewBackward0}); its
     * tangent is its own, never its base's.
     */
    private static Tensor primalView(Tensor t) {
        try (ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            Tensor view = t.view(t.shape());
            ForwardLevel.ownTangent(view);
            return view;
        }
    }
}
