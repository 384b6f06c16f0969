package org.autograd4j.ops;

import org.autograd4j.Tensor;

/** Zeroing where a condition holds: the masking step of many backward formulas. */
public final class Masking {
    private Masking() {
    }

    /**
     * {@code t} with zeros where {@code mask} is true (mask broadcasts to t's shape). Unlike
     * multiplying by a 0/1 mask, this also clears inf and nan. It is {@code masked_fill(t, mask, 0)}
     * (node {@code MaskedFillBackward0}), so its gradient is the same masking of the incoming gradient.
     */
    public static Tensor zeroWhere(Tensor t, Tensor mask) {
        return Selecting.maskedFill(t, mask, 0);
    }
}
