package org.autograd4j.nn.functional;

import org.autograd4j.Tensor;
import org.autograd4j.ops.Norms;
import org.autograd4j.ops.UnaryMath;
import org.autograd4j.tensor.Shapes;

/** Vector norms along a dimension and the functions built on them: normalize, cosine_similarity, pairwise_distance. */
public final class Distances {
    private Distances() {
    }

    /** The p-norm along {@code dim} (node {@code NormBackward1}), for finite {@code p > 0}. */
    public static Tensor norm(Tensor x, double p, int dim, boolean keepdim) {
        if (!(p > 0) || Double.isInfinite(p)) {
            throw new UnsupportedOperationException("norm: only finite p > 0 is supported, got " + p);
        }
        return Norms.norm(x, p, new int[] {Shapes.wrapDim(dim, x.dim())}, keepdim);
    }

    /** {@code x / max(||x||_p, eps)} along {@code dim}. */
    public static Tensor normalize(Tensor input, double p, int dim, double eps) {
        Tensor denom = norm(input, p, dim, true).clampMin(eps).expand(input.shape());
        return input.div(denom);
    }

    /**
     * Cosine of the angle between x1 and x2 along {@code dim}, composed as PyTorch 1.13:
     * {@code sum(x1 / n1 * (x2 / n2), dim)} with {@code n = sqrt(sum(x^2))} clamped below by
     * {@code eps} outside autograd (so the gradient flows through the clamp, and the sqrt backward
     * sees the clamped result, exactly as PyTorch's in-place {@code clamp_min_} under no_grad).
     */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        int rank = Math.max(x1.dim(), x2.dim());
        int d = Shapes.wrapDim(dim, rank);
        Tensor n1 = UnaryMath.sqrtClampedMin(x1.pow(2).sum(new int[] {d - (rank - x1.dim())}, true), eps);
        Tensor n2 = UnaryMath.sqrtClampedMin(x2.pow(2).sum(new int[] {d - (rank - x2.dim())}, true), eps);
        return x1.div(n1).mul(x2.div(n2)).sum(d);
    }

    /** {@code ||x1 - x2 + eps||_p} over the last dimension. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        Tensor diff = x1.sub(x2).add(eps);
        return norm(diff, p, -1, keepdim);
    }
}
