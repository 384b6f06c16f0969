package org.autograd4j.autograd;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.HandOver;

/**
 * The sink node of a leaf tensor: adds the incoming gradient into the leaf's {@code grad}. Tensor
 * hooks on the leaf run as this node's pre-hooks, before accumulation.
 *
 * <p>As in PyTorch, accumulation holds a lock (the leaf's), so backward passes running on several
 * threads into shared leaves sum correctly.
 */
public final class AccumulateGrad extends Node {
    private final Tensor variable;

    AccumulateGrad(Tensor variable) {
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
        accumulate(variable, gradOutputs[0]);
        return new Tensor[0];
    }

    /**
     * Adds {@code incoming} into {@code t.grad()}, as PyTorch's AccumulateGrad does. With grad mode
     * on (create_graph), the first gradient is a recorded clone and later ones a recorded sum, so the
     * gradient itself can be differentiated. Otherwise the gradient is a detached buffer of {@code t}'s
     * own, updated in place: the incoming tensor itself when the leaf can claim it (see
     * {@code engine.HandOver}), else a copy.
     */
    static void accumulate(Tensor t, Tensor incoming) {
        boolean recording = GradMode.isEnabled();
        synchronized (t) {
            Tensor old = t.grad();
            if (old == null) {
                boolean keep = !recording && !incoming.requiresGrad() && HandOver.claim(incoming);
                t.setGrad(keep ? withoutBase(incoming) : incoming.clone());
            } else if (recording || old.requiresGrad()) {
                t.setGrad(old.add(incoming));
            } else {
                old.add_(incoming);
            }
        }
    }

    /** A kept gradient that is a view stands on its own, as a gradient PyTorch keeps has no {@code _base}. */
    private static Tensor withoutBase(Tensor grad) {
        return grad.base() == null ? grad : grad.detach();
    }
}
