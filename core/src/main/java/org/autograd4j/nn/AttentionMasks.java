package org.autograd4j.nn;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * MultiheadAttention's masks as one additive float mask [N * heads or 1, L, S]: a bool mask becomes
 * -inf where true, a float mask is added as it is, and the key padding mask is spread over the heads.
 */
final class AttentionMasks {
    private AttentionMasks() {
    }

    /** Null when both masks are null. */
    static Tensor merge(Tensor attnMask, Tensor keyPaddingMask, int batch, int heads, int targetLength,
            int sourceLength, DType dtype) {
        Tensor mask = null;
        if (attnMask != null) {
            checkAttnMask(attnMask, batch * heads, targetLength, sourceLength);
            mask = additive(attnMask.dim() == 2 ? attnMask.unsqueeze(0) : attnMask, dtype);
        }
        if (keyPaddingMask != null) {
            if (keyPaddingMask.dim() != 2 || keyPaddingMask.size(0) != batch || keyPaddingMask.size(1) != sourceLength) {
                throw new IllegalArgumentException("expecting key_padding_mask shape of (" + batch + ", " + sourceLength
                        + "), but got torch.Size(" + Shapes.str(keyPaddingMask.shape()) + ")");
            }
            Tensor padding = additive(keyPaddingMask, dtype).view(batch, 1, 1, sourceLength)
                    .expand(batch, heads, 1, sourceLength).reshape(batch * heads, 1, sourceLength);
            mask = mask == null ? padding : mask.add(padding);
        }
        return mask;
    }

    private static void checkAttnMask(Tensor mask, int batchHeads, int targetLength, int sourceLength) {
        int[] expected = mask.dim() == 2 ? new int[] {targetLength, sourceLength}
                : new int[] {batchHeads, targetLength, sourceLength};
        if (mask.dim() != 2 && mask.dim() != 3) {
            throw new IllegalArgumentException("attn_mask's dimension " + mask.dim() + " is not supported");
        }
        if (!java.util.Arrays.equals(mask.shape(), expected)) {
            throw new IllegalArgumentException("The shape of the " + mask.dim() + "D attn_mask is torch.Size("
                    + Shapes.str(mask.shape()) + "), but should be " + PyRepr.tuple(expected) + ".");
        }
    }

    private static Tensor additive(Tensor mask, DType dtype) {
        if (mask.dtype() == DType.BOOL) {
            return Tensor.zeros(mask.shape(), dtype).maskedFill(mask, Double.NEGATIVE_INFINITY);
        }
        return mask.to(dtype);
    }
}
