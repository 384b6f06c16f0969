package org.autograd4j.autograd;

import java.util.List;
import org.autograd4j.Tensor;

/** A node whose backward is a formula supplied by the op that recorded it. */
final class FunctionNode extends Node {
    private final String name;
    /** Exactly one of these is set: single-output ops use the first, which saves an adapter per node. */
    private BackwardFn single;
    private MultiBackwardFn multi;
    private List<SavedTensor> saved;

    FunctionNode(String name, Edge[] next) {
        super(next);
        this.name = name;
    }

    void bind(BackwardFn backward, List<SavedTensor> saved) {
        this.single = backward;
        this.saved = saved;
    }

    void bind(MultiBackwardFn backward, List<SavedTensor> saved) {
        this.multi = backward;
        this.saved = saved;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected Tensor[] apply(Tensor[] gradOutputs) {
        return single != null ? single.apply(gradOutputs[0]) : multi.apply(gradOutputs);
    }

    /** What the node keeps for backward (for drawing it: {@link GraphViz}). */
    List<SavedTensor> savedTensors() {
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
