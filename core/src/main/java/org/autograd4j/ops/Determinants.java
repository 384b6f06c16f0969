package org.autograd4j.ops;

import static org.autograd4j.ops.Matrices.diagEmbed;
import static org.autograd4j.ops.Matrices.mT;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.linalg.Determinant;

/**
 * Determinants of square matrices ({@code kernels.linalg.Determinant}: from their LU factorization
 * with partial pivoting, the product of U's diagonal, negated for each row swap). Backward formulas
 * are PyTorch's.
 */
public final class Determinants {
    private static final int[] MATRIX_DIMS = {-2, -1};

    private Determinants() {
    }

    /**
     * The determinant (node {@code LinalgDetBackward0}). Its gradient is det·A⁻ᵀ; where A is
     * singular it is the adjugate's transpose, computed from the SVD as PyTorch does.
     */
    public static Tensor det(Tensor a) {
        LinalgChecks.square("linalg.det", a);
        MatrixBatch m = MatrixBatch.of(a);
        double[] dets = new double[m.count()];
        for (int b = 0; b < dets.length; b++) {
            dets[b] = Determinant.of(m.matrices[b], m.rows, m.precision());
        }
        Tensor out = m.scalars(dets);
        return Graph.record("LinalgDetBackward0", out, a, ctx -> {
            // d det = <∂det/∂A, dA>, the gradient's formula (valid where A is singular too) at g = 1
            ctx.forward(t -> Tangents.ofReduction(g -> new Tensor[] {detBackward(g, a, out)}, out, t[0], MATRIX_DIMS,
                    false));
            SavedTensor sa = ctx.save("A", a);
            SavedTensor sd = ctx.save("result", out);
            return g -> new Tensor[] {detBackward(g, sa.get(), sd.get())};
        });
    }

    private static Tensor detBackward(Tensor g, Tensor a, Tensor det) {
        if (!Matrices.isZero(det.eq(0).to(det.dtype()))) {
            return adjugateBackward(g, a);
        }
        return LinearSolvers.solve(mT(a), diagEmbedBatch(g.mul(det), a.size(-1)), true);
    }

    /**
     * The gradient through the adjugate, valid for singular A: with A = U·diag(S)·Vᵀ it is
     * g·det(U)·det(Vᵀ)·U·diag(prod of the other singular values)·Vᵀ.
     */
    private static Tensor adjugateBackward(Tensor g, Tensor a) {
        Tensor[] usv = Factorizations.svd(a, false, false);
        Tensor s = usv[1];
        int n = s.size(-1);
        Tensor eye = Matrices.identity(n, s.dtype());
        Tensor others = s.unsqueeze(-2).mul(eye.neg().add(1)).add(eye).prod(-1);
        Tensor alpha = det(usv[0]).mul(det(usv[2])).mul(g);
        Tensor d = others.mul(alpha.unsqueeze(-1));
        return usv[0].mul(d.unsqueeze(-2)).matmul(usv[2]);
    }

    /**
     * The sign (0 when singular) and log of the absolute value of the determinant (node
     * {@code LinalgSlogdetBackward0}).
     */
    public static Tensor[] slogdet(Tensor a) {
        LinalgChecks.square("linalg.slogdet", a);
        MatrixBatch m = MatrixBatch.of(a);
        double[] signs = new double[m.count()];
        double[] logs = new double[m.count()];
        for (int b = 0; b < signs.length; b++) {
            double[] signAndLog = Determinant.signAndLogAbs(m.matrices[b], m.rows, m.precision());
            signs[b] = signAndLog[0];
            logs[b] = signAndLog[1];
        }
        Tensor[] outs = {m.scalars(signs), m.scalars(logs)};
        return Graph.recordMulti("LinalgSlogdetBackward0", outs, new Tensor[] {a}, ctx -> {
            // the sign of a real determinant is locally constant; d log|det A| = tr(A⁻¹·dA)
            ctx.forwardMulti(t -> new Tensor[] {null, LinearSolvers.solve(a, t[0], true).diagonal(0, -2, -1).sum(-1)});
            SavedTensor sa = ctx.save("A", a);
            return g -> new Tensor[] {LinearSolvers.solve(mT(sa.get()), diagEmbedBatch(g[1], a.size(-1)), true)};
        });
    }

    /** Square matrices holding {@code v} (one number per batch element) on their diagonals. */
    private static Tensor diagEmbedBatch(Tensor v, int n) {
        int[] shape = java.util.Arrays.copyOf(v.shape(), v.dim() + 1);
        shape[v.dim()] = n;
        return diagEmbed(v.unsqueeze(-1).expand(shape));
    }
}
