package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;
import static org.autograd4j.internal.TensorAccess.versionCounter;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.AnomalyMode;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.Node;
import org.autograd4j.autograd.SavedTensorsHooks;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.VersionCounter;

/**
 * A tensor a node keeps for its backward pass, with the version it had when saved. Reading it
 * after the node released it, or after an in-place change, fails with PyTorch's message instead
 * of silently producing a wrong gradient.
 *
 * <p>Saved under {@link SavedTensorsHooks}, it keeps only what the pack hook returned once its node
 * is recorded ({@link #seal}), and reading it unpacks.
 */
public final class SavedTensor {
    public static final String FREED = "Trying to backward through the graph a second time (or directly access saved tensors "
            + "after they have already been freed). Saved intermediate values of the graph are freed when you call "
            + ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a "
            + "second time or if you need to access saved tensors after calling backward.";

    private Tensor tensor;
    private final VersionCounter version;
    private final int savedVersion;
    private final String producer;
    private final int producerOutput;
    private final boolean tracked;
    /** The name PyTorch exposes it by ({@code self} for {@code grad_fn._saved_self}), or null. */
    private final String name;
    private PackHooks hooks;
    private Object packed;
    /** With hooks: where the gradient of the unpacked tensor goes (the saved tensor's grad_fn or accumulator). */
    private Edge history;
    private boolean released;

    /** {@code tracked} is false for constants (wrapped numbers), which are never freed, version-checked or packed. */
    SavedTensor(String name, Tensor tensor, boolean tracked) {
        this.name = name;
        this.tensor = tensor;
        this.tracked = tracked;
        this.version = versionCounter(tensor);
        this.savedVersion = version.get();
        Node fn = tensor.gradFn();
        this.producer = fn == null ? null : fn.name();
        this.producerOutput = tensor.outputNr();
        this.hooks = tracked ? PackHooks.current() : null;
    }

    String name() {
        return name;
    }

    /**
     * Packs the tensor if hooks were in force when it was saved; called once its node is recorded,
     * so that the tensor's own place in the graph (for an output: this very node) is known.
     */
    void seal() {
        if (hooks == null || tensor == null) {
            return;
        }
        history = Graph.edgeOf(tensor);
        packed = hooks.pack().apply(tensor);
        tensor = null;
    }

    /** The saved tensor, checked against release and in-place modification. */
    public Tensor get() {
        if (released) {
            throw new IllegalStateException(FREED);
        }
        Tensor t = tensor != null ? tensor : unpack();
        int now = version.get();
        if (tracked && now != savedVersion) {
            throw new IllegalStateException("one of the variables needed for gradient computation has been modified by "
                    + "an inplace operation: [" + t.typeName() + " " + Shapes.str(t.shape()) + "]"
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

    /** What the unpack hook returns, put in the saved tensor's place: its version counter and its grad_fn. */
    private Tensor unpack() {
        Tensor data = hooks.unpack().apply(packed);
        if (data == null) {
            throw new IllegalStateException("the unpack hook of saved_tensors_hooks must return a tensor, but it returned "
                    + "null");
        }
        Tensor t = TensorAccess.create(storage(data), rawShape(data), rawStrides(data), data.storageOffset(), version);
        if (history.isValid()) {
            TensorAccess.setGradFn(t, history.node(), history.inputNr());
        }
        return t;
    }

    /** The saved tensor without the checks, null once released or packed (for drawing the graph). */
    public Tensor peek() {
        return tensor;
    }

    void release() {
        if (tracked) {
            tensor = null;
            packed = null;
            released = true;
        }
    }
}
