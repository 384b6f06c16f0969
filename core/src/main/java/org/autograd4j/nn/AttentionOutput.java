package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** MultiheadAttention's result: the attended values and, when asked for, the attention weights (else null). */
public record AttentionOutput(Tensor output, Tensor weights) {
}
