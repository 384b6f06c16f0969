package org.autograd4j.tensor;

/**
 * Counts in-place modifications of a tensor's data. Views and {@code detach()} share one counter
 * with their base, so autograd can tell when a tensor it saved for backward was overwritten.
 */
public final class VersionCounter {
    private int version;
    /** Made in inference mode: its tensors are inference tensors (PyTorch's have no version counter at all). */
    private final boolean inference = InferenceState.isEnabled();

    public boolean isInference() {
        return inference;
    }

    public int get() {
        return version;
    }

    public void bump() {
        version++;
    }
}
