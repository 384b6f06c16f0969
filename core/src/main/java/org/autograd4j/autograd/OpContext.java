package org.autograd4j.autograd;

import static org.autograd4j.internal.TensorAccess.isWrappedNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;

/**
 * Handed to an op while it records its node: tells which inputs need gradients and saves the
 * tensors the backward formula will read (so they are version-checked and released). Saves and
 * attributes given a name are readable on the node as PyTorch's {@code grad_fn._saved_<name>}
 * ({@link Node#saved}).
 */
public final class OpContext {
    private final Edge[] edges;
    private List<SavedTensor> saved;
    private Map<String, Object> attributes;

    OpContext(Edge[] edges) {
        this.edges = edges;
    }

    /** Whether forward input {@code i} needs a gradient (PyTorch's {@code needs_input_grad}). */
    public boolean needsGrad(int i) {
        return edges[i].isValid();
    }

    /** Keeps {@code t} for backward; wrapped Java numbers are kept as plain constants. */
    public SavedTensor save(Tensor t) {
        return save(null, t);
    }

    /** Keeps {@code t} for backward under PyTorch's name for it ({@code "self"}, {@code "other"}, {@code "result"}). */
    public SavedTensor save(String name, Tensor t) {
        SavedTensor s = new SavedTensor(name, t, !isWrappedNumber(t));
        if (saved == null) {
            saved = new ArrayList<>(2);
        }
        saved.add(s);
        return s;
    }

    /** Records a non-tensor value backward uses, under PyTorch's name (e.g. pow's {@code "exponent"}). */
    public void attribute(String name, Object value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>(2);
        }
        attributes.put(name, value);
    }

    /** The saved tensors, or null if none were saved. */
    List<SavedTensor> savedTensors() {
        return saved;
    }

    /** The named attributes, or null if none. */
    Map<String, Object> attributes() {
        return attributes;
    }
}
