package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.isWrappedNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Edge;

/**
 * Handed to an op while it records its node: tells which inputs need gradients, saves the
 * tensors the backward formula will read (so they are version-checked and released), and takes
 * the op's forward-mode formula, declared beside the backward one. Saves and attributes given a
 * name are readable on the node as PyTorch's {@code grad_fn._saved_<name>} ({@link Node#saved}).
 */
public final class OpContext {
    /** The inputs' edges when a node is recorded, else null. */
    private final Edge[] edges;
    /** The inputs' tangents when forward mode is computing this op's tangent, else null. */
    private final Tensor[] tangents;
    private List<SavedTensor> saved;
    private Map<String, Object> attributes;
    private JvpFn jvp;
    private MultiJvpFn multiJvp;
    private boolean elementwise;
    /** While an elementwise op's backward formula gives input i's tangent term: i, the one input that needs it. */
    private int tangentTermOf = -1;
    private boolean materializeGrads = true;
    /** Whether the backward formula reads nothing but the gradient ({@link #gradientOnly()}). */
    private boolean gradientOnly;
    /** While the formula runs in a pass whose caller reads only tangents: per input, whether nothing reads its gradient's value. */
    private boolean[] unreadValues;

    OpContext(Edge[] edges, Tensor[] tangents) {
        this.edges = edges;
        this.tangents = tangents;
    }

    /**
     * Whether forward input {@code i} needs a gradient (PyTorch's {@code needs_input_grad}): it
     * requires grad, or it carries a tangent (the elementwise forward formula is the backward one).
     */
    public boolean needsGrad(int i) {
        if (tangentTermOf >= 0) {
            return i == tangentTermOf;
        }
        return edges != null && edges[i].isValid() || tangents != null && tangents[i] != null;
    }

    boolean recordsNode() {
        return edges != null;
    }

    Edge[] edges() {
        return edges;
    }

    boolean computesTangents() {
        return tangents != null;
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

    /** The op's forward-mode formula (single output). */
    public void forward(JvpFn rule) {
        this.jvp = rule;
    }

    /** The op's forward-mode formula (several outputs). */
    public void forwardMulti(MultiJvpFn rule) {
        this.multiJvp = rule;
    }

    /**
     * Declares the op elementwise in every input, so each Jacobian is diagonal and the forward
     * formula is the backward formula applied to each input's tangent ({@code g} linear in the
     * formula; no reverse pass runs, only the op's own local derivative).
     */
    public void elementwise() {
        this.elementwise = true;
    }

    /**
     * Declares the backward formula a fixed linear map of the gradient that reads no other tensor (a
     * view's): the tangents of the gradients it returns are then the same map of the gradient's tangent,
     * whatever the gradient's value, so a pass that reads only tangents need not compute that value.
     */
    public void gradientOnly() {
        this.gradientOnly = true;
    }

    boolean isGradientOnly() {
        return gradientOnly;
    }

    /**
     * Whether something reads the value of input i's gradient. False only in a backward pass whose
     * caller reads just the gradients' tangents (forward-over-reverse {@code hvp}), for a gradient that
     * reaches the caller through {@link #gradientOnly()} formulas alone: the formula may then give it
     * with its tangent and zeros for its value, skipping the work of the value.
     */
    public boolean readsGradValue(int i) {
        return unreadValues == null || !unreadValues[i];
    }

    /** Set by the engine around the formula's run; null when every gradient's value is read. */
    void unreadValues(boolean[] unread) {
        this.unreadValues = unread;
    }

    /** Whether the node receives zeros (true, the default) or null for gradients of outputs that got none. */
    public void materializeGrads(boolean materialize) {
        this.materializeGrads = materialize;
    }

    boolean materializesGrads() {
        return materializeGrads;
    }

    /** The saved tensors, or null if none were saved. */
    List<SavedTensor> savedTensors() {
        return saved;
    }

    /** The named attributes, or null if none. */
    Map<String, Object> attributes() {
        return attributes;
    }

    /** The tangents of a single-output op, or throws when the op declared no forward formula. */
    Tensor tangentOf(String node, BackwardFn backward) {
        if (jvp != null) {
            return jvp.apply(tangents);
        }
        if (!elementwise) {
            throw ForwardPropagation.unsupported(node);
        }
        Tensor sum = null;
        for (int i = 0; i < tangents.length; i++) {
            if (tangents[i] != null) {
                Tensor part = termOf(i, backward);
                sum = sum == null ? part : part == null ? sum : sum.add(part);
            }
        }
        return sum;
    }

    /**
     * Input i's term of an elementwise op's tangent: the backward formula applied to its tangent, with
     * only input i needing a gradient, so the formula computes no other input's term to throw away.
     */
    private Tensor termOf(int i, BackwardFn backward) {
        tangentTermOf = i;
        try {
            return backward.apply(tangents[i])[i];
        } finally {
            tangentTermOf = -1;
        }
    }

    /** The tangents of a multi-output op. */
    Tensor[] tangentsOf(String node) {
        if (multiJvp == null) {
            throw ForwardPropagation.unsupported(node);
        }
        return multiJvp.apply(tangents);
    }
}
