package org.autograd4j.ops;

import java.util.function.UnaryOperator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.BackwardFn;

/**
 * Helpers for the ops' forward-mode formulas, where a null tangent stands for zero (an input that
 * is not dual), so no formula spends work on it.
 */
final class Tangents {
    private Tangents() {
    }

    /** The sum of the non-null terms (broadcast together), or null if every term is null. */
    static Tensor sum(Tensor... terms) {
        Tensor total = null;
        for (Tensor t : terms) {
            if (t != null) {
                total = total == null ? t : total.add(t);
            }
        }
        return total;
    }

    /** The tangent of {@code input}, zeros where it has none: for formulas that need every input's. */
    static Tensor orZeros(Tensor tangent, Tensor input) {
        return tangent != null ? tangent : Tensor.zerosLike(input);
    }

    /** {@link #orZeros(Tensor, Tensor)} for each input. */
    static java.util.List<Tensor> orZeros(Tensor[] tangents, Tensor[] inputs) {
        Tensor[] all = new Tensor[inputs.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = orZeros(tangents[i], inputs[i]);
        }
        return java.util.Arrays.asList(all);
    }

    /** {@code op(t)}, or null for a null tangent: the formula of an op linear in this input. */
    static Tensor map(Tensor t, UnaryOperator<Tensor> op) {
        return t == null ? null : op.apply(t);
    }

    /**
     * The tangent of a reduction whose every output element depends on its own slice only: the
     * slice's gradient (the backward formula at {@code g = 1}) dotted with the slice's tangent.
     */
    static Tensor ofReduction(BackwardFn backward, Tensor out, Tensor t, int[] dims, boolean keepdim) {
        return backward.apply(Tensor.onesLike(out))[0].mul(t).sum(dims, keepdim);
    }
}
