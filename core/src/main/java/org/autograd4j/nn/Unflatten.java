package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** Splits dim {@code dim} into {@code unflattenedSize}, as {@code nn.Unflatten}. */
public class Unflatten extends Module {
    private final int dim;
    private final int[] unflattenedSize;

    public Unflatten(int dim, int... unflattenedSize) {
        Args.nonNull(unflattenedSize, "unflattenedSize");
        this.dim = dim;
        this.unflattenedSize = unflattenedSize.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        Args.nonNull(input, "input");
        return input.unflatten(dim, unflattenedSize);
    }

    @Override
    public String extraRepr() {
        return "dim=" + dim + ", unflattened_size=" + PyRepr.tuple(unflattenedSize);
    }
}
