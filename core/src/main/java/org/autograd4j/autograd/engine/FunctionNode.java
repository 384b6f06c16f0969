package org.autograd4j.autograd.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.Node;

/** A node whose backward is a formula supplied by the op that recorded it. */
public final class FunctionNode extends Node {
    private final String name;
    /** Exactly one of these is set: single-output ops use the first, which saves an adapter per node. */
    private BackwardFn single;
    private MultiBackwardFn multi;
    private List<SavedTensor> saved;
    private Map<String, Object> attributes;
    private boolean materializeGrads = true;
    /** The context the node was recorded with: its formula reads it while running. */
    private OpContext context;

    FunctionNode(String name, Edge[] next) {
        super(next);
        this.name = name;
    }

    void bind(BackwardFn backward, OpContext ctx) {
        this.single = backward;
        keep(ctx);
    }

    void bind(MultiBackwardFn backward, OpContext ctx) {
        this.multi = backward;
        keep(ctx);
    }

    private void keep(OpContext ctx) {
        this.saved = ctx.savedTensors();
        this.attributes = ctx.attributes();
        this.materializeGrads = ctx.materializesGrads();
        this.context = ctx;
    }

    /** Whether the formula reads nothing but the gradient ({@link OpContext#gradientOnly()}). */
    boolean isGradientOnly() {
        return context != null && context.isGradientOnly();
    }

    /** Runs {@code formula} telling the node's formula whose gradient values nothing reads. */
    Tensor[] withUnreadValues(boolean[] unread, java.util.function.Supplier<Tensor[]> formula) {
        context.unreadValues(unread);
        try {
            return formula.get();
        } finally {
            context.unreadValues(null);
        }
    }

    /** Whether gradients missing for some outputs arrive as zeros (PyTorch's materialize_grads) rather than null. */
    boolean materializesGrads() {
        return materializeGrads;
    }

    /** Packs the saved tensors under saved-tensors hooks, once the node's outputs are attached. */
    void sealSaved() {
        if (saved != null) {
            for (SavedTensor s : saved) {
                s.seal();
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected Tensor[] apply(Tensor[] gradOutputs) {
        return single != null ? single.apply(gradOutputs[0]) : multi.apply(gradOutputs);
    }

    @Override
    public Object saved(String name) {
        if (saved != null) {
            for (SavedTensor s : saved) {
                if (name.equals(s.name())) {
                    return s.get();
                }
            }
        }
        if (attributes != null && attributes.containsKey(name)) {
            return attributes.get(name);
        }
        return super.saved(name);
    }

    @Override
    public Set<String> savedNames() {
        Set<String> names = new LinkedHashSet<>();
        if (saved != null) {
            saved.stream().map(SavedTensor::name).filter(Objects::nonNull).forEach(names::add);
        }
        if (attributes != null) {
            names.addAll(attributes.keySet());
        }
        return Collections.unmodifiableSet(names);
    }

    /** What the node keeps for backward (for drawing it: {@link GraphViz}). */
    public List<SavedTensor> savedTensors() {
        return saved == null ? List.of() : saved;
    }

    @Override
    protected void releaseSaved() {
        if (saved != null) {
            for (SavedTensor s : saved) {
                s.release();
            }
        }
    }
}
