package org.autograd4j.autograd;

import org.autograd4j.Tensor;
import org.autograd4j.ops.Copying;

/**
 * The sink node of a leaf tensor: adds the incoming gradient into the leaf's {@code grad}. Tensor
 * hooks on the leaf run as this node's pre-hooks, before accumulation.
 */
public final class AccumulateGrad extends Node {
    private final Tensor variable;

    public AccumulateGrad(Tensor variable) {
        // Accumulators run as soon as they are ready, like PyTorch's (they have the highest priority).
        super(new Edge[0], Long.MAX_VALUE);
        this.variable = variable;
        setOutputMetadata(0, variable.shape(), variable.dtype());
    }

    /** The leaf this node accumulates into. */
    public Tensor variable() {
        return variable;
    }

    @Override
    public String name() {
        return "AccumulateGrad";
    }

    @Override
    protected Tensor[] apply(Tensor[] gradOutputs) {
        accumulate(variable, gradOutputs[0], false);
        return new Tensor[0];
    }

    /** Accumulates a gradient the engine knows to be unshared ({@code owned}), which may then be kept without a copy. */
    void apply(Tensor grad, boolean owned) {
        accumulate(variable, grad, owned);
    }

    /**
     * Adds {@code incoming} into {@code t.grad()}. With grad mode on (create_graph), the sum is
     * recorded so the gradient itself can be differentiated; otherwise it is a detached buffer
     * owned by {@code t}, updated in place. An {@code owned} gradient (freshly allocated by the
     * backward pass and referenced nowhere else) becomes that buffer itself instead of a copy.
     */
    static void accumulate(Tensor t, Tensor incoming, boolean owned) {
        Tensor old = t.grad();
        boolean recording = GradMode.isEnabled();
        if (old == null) {
            boolean keep = incoming.requiresGrad() ? recording : owned;
            t.setGrad(keep ? incoming : Copying.convert(incoming, incoming.dtype()));
        } else if (recording || old.requiresGrad()) {
            t.setGrad(old.add(incoming));
        } else {
            old.add_(incoming);
        }
    }
}
