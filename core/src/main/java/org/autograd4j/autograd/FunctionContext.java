package org.autograd4j.autograd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.OpContext;
import org.autograd4j.autograd.engine.SavedTensor;

/**
 * What a custom {@link Function} keeps between its forward and backward passes (PyTorch's
 * {@code ctx}): tensors saved for backward, which inputs need gradients, and any other values.
 */
public final class FunctionContext {
    private final boolean[] needsInputGrad;
    private Tensor[] toSave = new Tensor[0];
    private SavedTensor[] saved;
    private final Map<String, Object> values = new HashMap<>();
    private List<Tensor> savedForForward = List.of();
    private boolean inJvp;
    private List<Tensor> dirty = List.of();
    private List<Tensor> nonDifferentiable = List.of();
    private boolean materializeGrads = true;

    FunctionContext(boolean[] needsInputGrad) {
        this.needsInputGrad = needsInputGrad;
    }

    /** Keeps tensors for backward; they are version-checked and released like built-in ops' saved tensors. */
    public void saveForBackward(Tensor... tensors) {
        this.toSave = tensors.clone();
    }

    /** Keeps tensors for {@link Function#jvp} (PyTorch's {@code ctx.save_for_forward}). */
    public void saveForForward(Tensor... tensors) {
        this.savedForForward = java.util.Collections.unmodifiableList(java.util.Arrays.asList(tensors.clone()));
    }

    /**
     * Declares inputs that forward modified in place (PyTorch's {@code ctx.mark_dirty}); each must be returned.
     * The returned tensor is the input itself, whose history becomes this node.
     */
    public void markDirty(Tensor... tensors) {
        this.dirty = List.of(tensors.clone());
    }

    /**
     * Declares outputs that are not differentiable (PyTorch's {@code ctx.mark_non_differentiable}, for indices
     * and the like): they do not require grad, and backward receives zeros for them.
     */
    public void markNonDifferentiable(Tensor... outputs) {
        this.nonDifferentiable = List.of(outputs.clone());
    }

    /**
     * Whether backward receives zeros for outputs whose gradient is missing, and jvp zeros for inputs without a
     * tangent (PyTorch's {@code ctx.set_materialize_grads}, default true); with false they receive null.
     */
    public void setMaterializeGrads(boolean materialize) {
        this.materializeGrads = materialize;
    }

    /**
     * The tensors given to {@link #saveForBackward}, in order (in backward), or to {@link #saveForForward} (in
     * {@link Function#jvp}).
     */
    public List<Tensor> savedTensors() {
        if (inJvp) {
            return savedForForward;
        }
        if (saved == null) {
            throw new IllegalStateException("savedTensors() is only available in backward");
        }
        Tensor[] out = new Tensor[saved.length];
        for (int i = 0; i < saved.length; i++) {
            out[i] = saved[i].get();
        }
        return List.of(out);
    }

    /** Whether forward input {@code i} needs a gradient (PyTorch's {@code ctx.needs_input_grad[i]}). */
    public boolean needsInputGrad(int i) {
        return needsInputGrad[i];
    }

    /** Stores a non-tensor value for backward (PyTorch code assigns attributes on ctx). */
    public void put(String key, Object value) {
        values.put(key, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        return (T) values.get(key);
    }

    boolean materializesGrads() {
        return materializeGrads;
    }

    List<Tensor> dirtyTensors() {
        return dirty;
    }

    List<Tensor> nonDifferentiableTensors() {
        return nonDifferentiable;
    }

    /** Runs the user's jvp, during which {@link #savedTensors()} gives the tensors saved for forward. */
    Tensor[] duringJvp(java.util.function.Supplier<Tensor[]> jvp) {
        inJvp = true;
        try {
            return jvp.get();
        } finally {
            inJvp = false;
        }
    }

    void bindSaved(OpContext ctx) {
        saved = new SavedTensor[toSave.length];
        for (int i = 0; i < toSave.length; i++) {
            saved[i] = ctx.save(toSave[i]);
        }
    }
}
