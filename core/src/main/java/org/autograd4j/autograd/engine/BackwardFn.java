package org.autograd4j.autograd.engine;

import org.autograd4j.Tensor;

/** The backward formula of a single-output op: input gradients from the output gradient. */
@FunctionalInterface
public interface BackwardFn {
    /** One entry per forward input; null where that input needs no gradient. */
    Tensor[] apply(Tensor grad);
}
