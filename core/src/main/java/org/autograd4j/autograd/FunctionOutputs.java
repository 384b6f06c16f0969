package org.autograd4j.autograd;

import static org.autograd4j.internal.TensorAccess.versionCounter;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.ops.InPlace;

/**
 * What PyTorch does with a custom {@link Function}'s outputs around recording its node: inputs
 * modified in place ({@code ctx.mark_dirty}), inputs returned unmodified, outputs marked not
 * differentiable, and once-differentiable backward passes.
 */
final class FunctionOutputs {
    private FunctionOutputs() {
    }

    /**
     * Each tensor marked dirty must be returned, and must not be a leaf that requires grad; its version is
     * bumped, as PyTorch bumps it, so that nodes which saved its old value refuse to use it.
     */
    static void checkDirty(FunctionContext ctx, Tensor[] inputs, Tensor[] outs) {
        for (Tensor dirty : ctx.dirtyTensors()) {
            if (!containsSame(outs, dirty)) {
                throw new IllegalStateException("Some elements marked as dirty during the forward method were not "
                        + "returned as output. The inputs that are modified inplace must all be outputs of the "
                        + "Function.");
            }
            boolean recording = Graph.isRecording(inputs);
            if (recording && dirty.requiresGrad() && dirty.isLeaf() && dirty.base() == null) {
                throw new IllegalStateException("a leaf Variable that requires grad has been used in an in-place "
                        + "operation.");
            }
            if (recording && dirty.base() != null && dirty.base().requiresGrad() && dirty.base().isLeaf()) {
                throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an "
                        + "in-place operation.");
            }
            versionCounter(dirty).bump();
        }
    }

    /**
     * PyTorch's check that jvp modifies the tangent of each dirty input that has one in place: the tangent returned
     * for the output that is that input must be the input's tangent itself.
     */
    static void checkDirtyTangents(FunctionContext ctx, Tensor[] inputs, Tensor[] dirtyViews, Tensor[] outs,
                                   Tensor[] inputTangents, Tensor[] outputTangents) {
        for (int i = 0; i < outs.length; i++) {
            Tensor returned = dirtyViews[i] != null ? dirtyViews[i] : outs[i];
            for (int j = 0; j < inputs.length; j++) {
                if (returned == inputs[j] && inputTangents[j] != null && containsSame(ctx.dirtyTensors(), returned)
                        && outputTangents[i] != inputTangents[j]) {
                    throw new IllegalStateException("An inplace custom Function is not modifying the forward mode "
                            + "gradients inplace. If the forward is modifying an input inplace, then the jvp function "
                            + "must modify the corresponding gradient inplace.");
                }
            }
        }
    }

    /**
     * Dirty views among the outputs, when a node is recorded: each is replaced by an alias that will carry the node,
     * and returned at its index (null elsewhere) for {@link #rebaseDirtyViews}.
     */
    static Tensor[] aliasDirtyViews(FunctionContext ctx, Tensor[] inputs, Tensor[] outs) {
        Tensor[] views = new Tensor[outs.length];
        if (!Graph.isRecording(inputs)) {
            return views;
        }
        for (int i = 0; i < outs.length; i++) {
            if (outs[i] != null && outs[i].base() != null && containsSame(ctx.dirtyTensors(), outs[i])) {
                views[i] = outs[i];
                outs[i] = outs[i].detach();
            }
        }
        return views;
    }

    /**
     * Each dirty view takes its alias's node as the new value of its region in its base's history (PyTorch's
     * {@code CopySlices}), and is returned itself.
     */
    static void rebaseDirtyViews(Tensor[] views, Tensor[] outs) {
        for (int i = 0; i < outs.length; i++) {
            if (views[i] != null) {
                InPlace.rebaseView(views[i], outs[i]);
                outs[i] = views[i];
            }
        }
    }

    /**
     * An input returned as it is, without {@code markDirty}, comes back as a view of itself, as in PyTorch: the
     * node is then the view's history, and the input keeps its own.
     */
    static void viewReturnedInputs(FunctionContext ctx, Tensor[] inputs, Tensor[] outs) {
        for (int i = 0; i < outs.length; i++) {
            if (outs[i] != null && containsSame(inputs, outs[i]) && !containsSame(ctx.dirtyTensors(), outs[i])) {
                Tensor input = outs[i];
                try (GradMode.Guard g = GradMode.set(false); ForwardLevel.Suspension s = ForwardLevel.suspend()) {
                    outs[i] = input.view(input.shape());
                }
            }
        }
    }

    /** Outputs marked non-differentiable do not require grad (forward mode still gives them tangents, as 1.13). */
    static void detachNonDifferentiable(FunctionContext ctx, Tensor[] outs) {
        for (Tensor out : outs) {
            if (out != null && containsSame(ctx.nonDifferentiableTensors(), out)) {
                out.detach_();
            }
        }
    }

    /**
     * A {@link OnceDifferentiable} backward: run with grad mode off; where a graph of the backward pass is being
     * built and a gradient requires grad, the results are wrapped in a node that refuses to be differentiated.
     */
    static Tensor[] backwardOnce(Function function, FunctionContext ctx, Tensor[] grads) {
        boolean differentiated = false;
        if (GradMode.isEnabled()) {
            for (Tensor g : grads) {
                differentiated |= g != null && g.requiresGrad();
            }
        }
        Tensor[] result;
        try (GradMode.Guard off = GradMode.set(false)) {
            result = function.runBackward(ctx, grads);
        }
        if (!differentiated || result == null) {
            return result;
        }
        Tensor[] wrapped = new Tensor[result.length];
        for (int i = 0; i < result.length; i++) {
            wrapped[i] = result[i] == null ? null : result[i].detach();
        }
        Graph.recordMulti("DelayedError", nonNull(wrapped), grads, c -> g -> {
            throw new IllegalStateException("trying to differentiate twice a function that was marked with "
                    + "@once_differentiable");
        });
        return wrapped;
    }

    private static Tensor[] nonNull(Tensor[] tensors) {
        return java.util.Arrays.stream(tensors).filter(java.util.Objects::nonNull).toArray(Tensor[]::new);
    }

    private static boolean containsSame(Iterable<Tensor> tensors, Tensor t) {
        for (Tensor x : tensors) {
            if (x == t) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsSame(Tensor[] tensors, Tensor t) {
        return containsSame(java.util.Arrays.asList(tensors), t);
    }
}
