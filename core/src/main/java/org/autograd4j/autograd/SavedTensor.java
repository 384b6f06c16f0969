package org.autograd4j.autograd;

import static org.autograd4j.internal.TensorAccess.versionCounter;

import org.autograd4j.Tensor;

/**
 * A tensor a node keeps for its backward pass, with the version it had when saved. Reading it
 * after the node released it, or after an in-place change, fails with PyTorch's message instead
 * of silently producing a wrong gradient.
 */
public final class SavedTensor {
    static final String FREED = "Trying to backward through the graph a second time (or directly access saved tensors "
            + "after they have already been freed). Saved intermediate values of the graph are freed when you call "
            + ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a "
            + "second time or if you need to access saved tensors after calling backward.";

    private Tensor tensor;
    private final int savedVersion;
    private final String producer;
    private final int producerOutput;
    private final boolean tracked;

    /** {@code tracked} is false for constants (wrapped numbers), which are never freed or version-checked. */
    SavedTensor(Tensor tensor, boolean tracked) {
        this.tensor = tensor;
        this.tracked = tracked;
        this.savedVersion = versionCounter(tensor).get();
        Node fn = tensor.gradFn();
        this.producer = fn == null ? null : fn.name();
        this.producerOutput = tensor.outputNr();
    }

    /** The saved tensor, checked against release and in-place modification. */
    public Tensor get() {
        Tensor t = tensor;
        if (t == null) {
            throw new IllegalStateException(FREED);
        }
        int now = versionCounter(t).get();
        if (tracked && now != savedVersion) {
            throw new IllegalStateException("one of the variables needed for gradient computation has been modified by "
                    + "an inplace operation: [" + t.typeName() + " " + org.autograd4j.tensor.Shapes.str(t.shape()) + "]"
                    + (producer == null ? "" : ", which is output " + producerOutput + " of " + producer)
                    + ", is at version " + now + "; expected version " + savedVersion + " instead. Hint: "
                    + (AnomalyMode.isEnabled() ? "the backtrace further above also shows the operation that failed to "
                            + "compute its gradient. The variable in question was changed in there or anywhere later. "
                            + "Good luck!"
                            : "enable anomaly detection to find the operation that failed to compute its gradient, "
                            + "with torch.autograd.set_detect_anomaly(True)."));
        }
        return t;
    }

    /** The saved tensor without the checks, null once released (for drawing the graph). */
    Tensor peek() {
        return tensor;
    }

    void release() {
        if (tracked) {
            tensor = null;
        }
    }
}
