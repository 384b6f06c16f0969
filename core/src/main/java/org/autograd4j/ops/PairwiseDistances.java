package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.tensor.Shapes;

/**
 * {@code torch.cdist}: the p-norm distance between each row of x1 and each row of x2, batched.
 * The distances are computed directly from the differences in every compute mode (PyTorch's
 * matrix-product shortcut for p = 2 gives the same values up to rounding).
 */
public final class PairwiseDistances {
    private PairwiseDistances() {
    }

    /** Distances of shape (*, P, R) for x1 (*, P, M) and x2 (*, R, M) (node {@code CdistBackward0}). */
    public static Tensor cdist(Tensor x1, Tensor x2, double p) {
        if (x1.dim() < 2) {
            throw new IllegalArgumentException("cdist only supports at least 2D tensors, X1 got: " + x1.dim() + "D");
        }
        if (x2.dim() < 2) {
            throw new IllegalArgumentException("cdist only supports at least 2D tensors, X2 got: " + x2.dim() + "D");
        }
        if (x1.size(-1) != x2.size(-1)) {
            throw new IllegalArgumentException("X1 and X2 must have the same number of columns. X1: " + x1.size(-1)
                    + " X2: " + x2.size(-1));
        }
        if (!(p >= 0)) {
            throw new IllegalArgumentException("cdist only supports non-negative p values");
        }
        LinalgChecks.floating("cdist", x1);
        int[] batch = Shapes.broadcast(Matrices.batchShape(x1), Matrices.batchShape(x2));
        Tensor a = Matrices.expandBatch(x1, batch);
        Tensor b = Matrices.expandBatch(x2, batch);
        Graph.refuseTangent("_cdist_forward", a);
        Graph.refuseTangent("_cdist_forward", b);
        Tensor out = Norms.norm(differences(a.detach(), b.detach()), p, new int[] {-1}, false);
        return Graph.record("CdistBackward0", out, a, b, ctx -> {
            SavedTensor sa = ctx.save(a);
            SavedTensor sb = ctx.save(b);
            SavedTensor so = ctx.save(out);
            return g -> {
                Tensor diff = differences(sa.get(), sb.get());
                Tensor gDiff = Double.isInfinite(p) ? maxDistanceBackward(g, diff, so.get())
                        : Norms.normBackward(g, diff, so.get(), p, new int[] {diff.dim() - 1}, false);
                return new Tensor[] {gDiff.sum(-2), gDiff.sum(-3).neg()};
            };
        });
    }

    /**
     * PyTorch's {@code _cdist_backward} for p = inf: the whole gradient goes to every coordinate
     * whose difference reaches the distance (ties are not shared, unlike {@code norm}'s).
     */
    private static Tensor maxDistanceBackward(Tensor g, Tensor diff, Tensor dist) {
        Tensor reaches = diff.abs().eq(dist.unsqueeze(-1)).to(diff.dtype());
        return diff.sign().mul(reaches).mul(g.unsqueeze(-1));
    }

    /** x1[..., i, :] - x2[..., j, :] at [..., i, j, :]. */
    private static Tensor differences(Tensor a, Tensor b) {
        return a.unsqueeze(-2).sub(b.unsqueeze(-3));
    }
}
