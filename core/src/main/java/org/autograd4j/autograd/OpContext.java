package org.autograd4j.autograd;

import static org.autograd4j.internal.TensorAccess.isWrappedNumber;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Tensor;

/**
 * Handed to an op while it records its node: tells which inputs need gradients and saves the
 * tensors the backward formula will read (so they are version-checked and released).
 */
public final class OpContext {
    private final Edge[] edges;
    private List<SavedTensor> saved;

    OpContext(Edge[] edges) {
        this.edges = edges;
    }

    /** Whether forward input {@code i} needs a gradient (PyTorch's {@code needs_input_grad}). */
    public boolean needsGrad(int i) {
        return edges[i].isValid();
    }

    /** Keeps {@code t} for backward; wrapped Java numbers are kept as plain constants. */
    public SavedTensor save(Tensor t) {
        SavedTensor s = new SavedTensor(t, !isWrappedNumber(t));
        if (saved == null) {
            saved = new ArrayList<>(2);
        }
        saved.add(s);
        return s;
    }

    /** The saved tensors, or null if none were saved. */
    List<SavedTensor> savedTensors() {
        return saved;
    }
}
