package org.autograd4j.autograd;

import java.util.List;
import org.autograd4j.Tensor;

/** A node whose backward is a formula supplied by the op that recorded it. */
final class FunctionNode extends Node {
    private final String name;
    private MultiBackwardFn backward;
    private List<SavedTensor> saved;

    FunctionNode(String name, Edge[] next) {
        super(next);
        this.name = name;
    }

    void bind(MultiBackwardFn backward, List<SavedTensor> saved) {
        this.backward = backward;
        this.saved = saved;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected Tensor[] apply(Tensor[] gradOutputs) {
        return backward.apply(gradOutputs);
    }

    @Override
    protected void releaseSaved() {
        for (SavedTensor s : saved) {
            s.release();
        }
    }
}
