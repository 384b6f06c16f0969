package org.autograd4j.autograd.engine;

import org.autograd4j.Tensor;

/**
 * The forward-mode (JVP) formula of a single-output op: the output's tangent from the inputs'
 * tangents, written with differentiable tensor ops (as the {@code result:} lines of PyTorch's
 * derivatives.yaml). It reads the op's inputs and output as plain values: ops compute no tangents
 * while it runs.
 */
@FunctionalInterface
public interface JvpFn {
    /**
     * @param tangents one per forward input, null where the input has no tangent (a zero tangent)
     * @return the output's tangent, at the output's shape or one that broadcasts to it; null for zero
     */
    Tensor apply(Tensor[] tangents);
}
