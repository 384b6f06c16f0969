package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.rawShape;

import java.util.Arrays;
import java.util.function.Supplier;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;

/** How an op's output gets its tangent: the inputs' tangents in, the op's forward formula run, the result set. */
final class ForwardPropagation {
    private ForwardPropagation() {
    }

    /** The inputs' tangents at the level being propagated, or null if none has one (or no level is). */
    static Tensor[] tangentsOf(Tensor[] inputs) {
        ForwardLevel level = ForwardLevel.propagating();
        if (level == null) {
            return null;
        }
        Tensor[] tangents = null;
        for (int i = 0; i < inputs.length; i++) {
            Tensor t = inputs[i] == null ? null : ForwardLevel.tangentOf(inputs[i]);
            if (t != null) {
                if (tangents == null) {
                    tangents = new Tensor[inputs.length];
                }
                tangents[i] = t;
            }
        }
        return tangents;
    }

    /**
     * Runs a forward formula with tangent propagation suspended (its inputs are primal values), and
     * unrecorded at a level whose tangents are not differentiated.
     */
    static <T> T compute(Supplier<T> formula) {
        try (ForwardLevel.Suspension s = ForwardLevel.suspend();
             GradMode.Guard g = ForwardLevel.tangentsDifferentiable() ? null : GradMode.set(false)) {
            return formula.get();
        }
    }

    /** Gives a floating output its tangent, broadcast to its shape (a formula may give it at an input's shape). */
    static void set(Tensor out, Tensor tangent) {
        if (tangent == null || !out.dtype().isFloatingPoint()) {
            return;
        }
        Tensor fitted = Arrays.equals(rawShape(tangent), rawShape(out)) ? tangent
                : compute(() -> tangent.expand(rawShape(out)));
        ForwardLevel.setTangent(out, fitted);
    }

    static void setAll(Tensor[] outs, Tensor[] tangents) {
        for (int i = 0; i < outs.length; i++) {
            set(outs[i], tangents[i]);
        }
    }

    /** PyTorch's refusal for an op without a forward formula, naming the op as ATen does (from its node's name). */
    static UnsupportedOperationException unsupported(String node) {
        return unsupportedOp(node.replaceFirst("Backwards?\\d*$", "").replaceAll("(\\d)D", "$1d")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase());
    }

    /** PyTorch's refusal, naming the ATen op. */
    static UnsupportedOperationException unsupportedOp(String op) {
        return new UnsupportedOperationException("Trying to use forward AD with " + op + " that does not support it "
                + "because it has not been implemented yet.");
    }
}
