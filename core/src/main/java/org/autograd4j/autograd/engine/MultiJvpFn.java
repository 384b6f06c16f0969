package org.autograd4j.autograd.engine;

import org.autograd4j.Tensor;

/** The forward-mode (JVP) formula of an op with several outputs: one tangent per output (null for zero). */
@FunctionalInterface
public interface MultiJvpFn {
    Tensor[] apply(Tensor[] tangents);
}
