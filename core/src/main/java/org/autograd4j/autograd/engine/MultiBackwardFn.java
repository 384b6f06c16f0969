package org.autograd4j.autograd.engine;

import org.autograd4j.Tensor;

/** The backward formula of an op with several outputs; missing output gradients arrive as zeros. */
@FunctionalInterface
public interface MultiBackwardFn {
    Tensor[] apply(Tensor[] grads);
}
