package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;

/** Selecting elements by a bool mask, differentiably. */
public final class Masking {
    private Masking() {
    }

    /**
     * {@code t} with zeros where {@code mask} is true (mask broadcasts to t's shape). Unlike
     * multiplying by a 0/1 mask, this also clears inf and nan. Its gradient is the same masking
     * of the incoming gradient.
     */
    public static Tensor zeroWhere(Tensor t, Tensor mask) {
        if (mask.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("expected a bool mask, got " + mask.dtype());
        }
        Tensor out = Copying.convert(t, t.dtype());
        Pointwise.map2Into(out, mask, out, (v, drop) -> drop != 0 ? 0 : v);
        return Graph.record("MaskedFillBackward0", out, t, ctx -> g -> new Tensor[] {zeroWhere(g, mask)});
    }
}
