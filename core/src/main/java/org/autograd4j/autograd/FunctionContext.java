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

    FunctionContext(boolean[] needsInputGrad) {
        this.needsInputGrad = needsInputGrad;
    }

    /** Keeps tensors for backward; they are version-checked and released like built-in ops' saved tensors. */
    public void saveForBackward(Tensor... tensors) {
        this.toSave = tensors.clone();
    }

    /** The tensors given to {@link #saveForBackward}, in order (only valid in backward). */
    public List<Tensor> savedTensors() {
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

    void bindSaved(OpContext ctx) {
        saved = new SavedTensor[toSave.length];
        for (int i = 0; i < toSave.length; i++) {
            saved[i] = ctx.save(toSave[i]);
        }
    }
}
