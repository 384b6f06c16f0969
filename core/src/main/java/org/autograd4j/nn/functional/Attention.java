package org.autograd4j.nn.functional;

import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.ops.Softmax;

/**
 * scaled_dot_product_attention, composed as PyTorch's math reference:
 * {@code softmax(q·kᵀ·scale + mask) · v}, with dropout on the attention weights.
 */
public final class Attention {
    private Attention() {
    }

    /**
     * {@code attnMask} (or null) is bool (true = may attend) or float (added to the scores);
     * {@code scale} null means {@code 1/sqrt(E)}.
     */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor attnMask,
            double dropoutP, boolean isCausal, Double scale, Generator generator) {
        if (isCausal && attnMask != null) {
            throw new IllegalArgumentException("_scaled_dot_product_attention: Explicit attn_mask should not be set "
                    + "when is_causal=True");
        }
        int l = query.size(-2);
        int s = key.size(-2);
        double factor = scale != null ? scale : 1 / Math.sqrt(query.size(-1));
        Tensor scores = query.matmul(key.transpose(-2, -1)).mul(factor);
        if (isCausal) {
            boolean[] masked = new boolean[l * s];
            for (int i = 0; i < l; i++) {
                for (int j = i + 1; j < s; j++) {
                    masked[i * s + j] = true;
                }
            }
            scores = scores.maskedFill(Tensor.of(masked, l, s), Double.NEGATIVE_INFINITY);
        } else if (attnMask != null) {
            scores = attnMask.dtype() == DType.BOOL
                    ? scores.maskedFill(attnMask.logicalNot(), Double.NEGATIVE_INFINITY)
                    : scores.add(attnMask);
        }
        Tensor weights = Softmax.softmax(scores, -1);
        if (dropoutP > 0) {
            weights = Dropout.dropout(weights, dropoutP, true, false, generator);
        }
        return weights.matmul(value);
    }
}
