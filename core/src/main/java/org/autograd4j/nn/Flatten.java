package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** Flattens dims {@code startDim..endDim} into one (by default all but the batch dim), as {@code nn.Flatten}. */
public class Flatten extends Module {
    private final int startDim;
    private final int endDim;

    public Flatten(int startDim, int endDim) {
        this.startDim = startDim;
        this.endDim = endDim;
    }

    public Flatten() {
        this(1, -1);
    }

    @Override
    public Tensor forward(Tensor input) {
        Args.nonNull(input, "input");
        return input.flatten(startDim, endDim);
    }

    @Override
    public String extraRepr() {
        return "start_dim=" + startDim + ", end_dim=" + endDim;
    }
}
