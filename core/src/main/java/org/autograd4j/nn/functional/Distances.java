package org.autograd4j.nn.functional;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.ops.Masking;
import org.autograd4j.ops.Pointwise;
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
        int d = Shapes.wrapDim(dim, x.dim());
        int[] dims = {d};
        Tensor out = Prims.noGrad(() -> p == 2 ? x.mul(x).sum(dims, keepdim).sqrt()
                : x.abs().pow(p).sum(dims, keepdim).pow(1 / p));
        return Graph.record("NormBackward1", out, x, ctx -> {
            SavedTensor sx = ctx.save(x);
            SavedTensor sr = ctx.save(out);
            return g -> {
                Tensor v = sx.get();
                Tensor r = keepdim ? sr.get() : sr.get().unsqueeze(d);
                Tensor gk = keepdim ? g : g.unsqueeze(d);
                Tensor zero = Pointwise.map(r, DType.BOOL, e -> e == 0 ? 1 : 0);
                Tensor grad;
                if (p == 1) {
                    grad = gk.mul(v.sign());
                } else if (p == 2) {
                    grad = v.mul(gk.div(r));
                } else {
                    grad = v.mul(v.abs().pow(p - 2)).mul(gk.div(r.pow(p - 1)));
                }
                return new Tensor[] {p == 1 ? grad : Masking.zeroWhere(grad, zero)};
            };
        });
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
        Tensor n1 = clampedSqrt(x1.pow(2).sum(new int[] {d - (rank - x1.dim())}, true), eps);
        Tensor n2 = clampedSqrt(x2.pow(2).sum(new int[] {d - (rank - x2.dim())}, true), eps);
        return x1.div(n1).mul(x2.div(n2)).sum(d);
    }

    /** {@code max(sqrt(s), eps)} recorded as {@code SqrtBackward0} whose saved result is the clamped value. */
    private static Tensor clampedSqrt(Tensor s, double eps) {
        Tensor out = Prims.noGrad(s::sqrt);
        Pointwise.map(out, out, v -> Double.isNaN(v) ? v : Math.max(v, eps));
        return Graph.record("SqrtBackward0", out, s, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> new Tensor[] {g.div(result.get().mul(2))};
        });
    }

    /** {@code ||x1 - x2 + eps||_p} over the last dimension. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        Tensor diff = x1.sub(x2).add(eps);
        return norm(diff, p, -1, keepdim);
    }
}
