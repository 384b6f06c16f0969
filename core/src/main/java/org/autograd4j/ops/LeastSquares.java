package org.autograd4j.ops;

import static org.autograd4j.ops.Matrices.mT;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;

/** The pseudoinverse and least-squares solutions, from the SVD. */
public final class LeastSquares {
    private LeastSquares() {
    }

    /**
     * The Moore-Penrose pseudoinverse, singular values at or below max(atol, rtol·σ₁) taken as zero
     * (PyTorch's defaults when null) (node {@code LinalgPinvBackward0}).
     */
    public static Tensor pinv(Tensor a, Double atol, Double rtol) {
        LinalgChecks.matrices("linalg.pinv", a);
        Tensor[] usv = Factorizations.svd(a.detach(), false, false);
        Tensor s = usv[1];
        Tensor tol = MatrixNorms.tolerance(s, a, atol, rtol).unsqueeze(-1);
        Tensor kept = s.gt(tol);
        Tensor inverse = Masking.zeroWhere(s.reciprocal(), kept.logicalNot());
        Tensor out = mT(usv[2]).mul(inverse.unsqueeze(-2)).matmul(mT(usv[0])).contiguous();
        return Graph.record("LinalgPinvBackward0", out, a, ctx -> {
            SavedTensor sa = ctx.save(a);
            SavedTensor sp = ctx.save(out);
            return g -> new Tensor[] {pinvBackward(g, sp.get(), sa.get())};
        });
    }

    /** PyTorch's {@code pinv_backward}, arranged to multiply the smallest matrices. */
    private static Tensor pinvBackward(Tensor grad, Tensor pinvA, Tensor a) {
        int m = a.size(-2);
        int n = a.size(-1);
        Tensor pinvAh = mT(pinvA);
        Tensor gradh = mT(grad);
        if (m <= n) {
            Tensor k = gradh.matmul(pinvA);
            Tensor kPinvAh = k.matmul(pinvAh);
            return mT(pinvA.matmul(k)).neg().add(kPinvAh).sub(a.matmul(pinvA).matmul(kPinvAh))
                    .add(pinvAh.matmul(pinvA).matmul(gradh.sub(k.matmul(a))));
        }
        Tensor k = pinvA.matmul(gradh);
        Tensor pinvAhK = pinvAh.matmul(k);
        return mT(k.matmul(pinvA)).neg().add(gradh.sub(a.matmul(k)).matmul(pinvA).matmul(pinvAh)).add(pinvAhK)
                .sub(pinvAhK.matmul(pinvA).matmul(a));
    }

    /**
     * The minimum-norm least-squares solution X of A·X ≈ B, singular values below rcond·σ₁ (default
     * eps·max(m, n)) dropped, and the numerical rank, as PyTorch's default CPU driver "gelsy"
     * returns them (its residuals and singular values are empty) (node {@code LinalgLstsqBackward0}).
     */
    public static Tensor[] lstsq(Tensor a, Tensor b, Double rcond) {
        String op = "torch.linalg.lstsq";
        LinalgChecks.matrices(op, a);
        if (b.dim() < 2 || b.size(-2) != a.size(-2)) {
            throw new IllegalArgumentException(op + ": input.size(-2) should match other.size(-2)");
        }
        int[] batch = Matrices.commonBatch(a, b);
        Tensor ae = Matrices.expandBatch(a, batch);
        Tensor be = Matrices.expandBatch(b, batch);
        Tensor pinvA = pinv(ae.detach(), null, rcond);
        Tensor solution = pinvA.matmul(be.detach()).contiguous();
        Tensor rank = MatrixNorms.matrixRank(ae, null, rcond);
        Tensor recorded = Graph.record("LinalgLstsqBackward0", solution, ae, be, ctx -> {
            SavedTensor sa = ctx.save(ae);
            SavedTensor sb = ctx.save(be);
            return g -> {
                Tensor pinv = pinv(sa.get(), null, rcond);
                Tensor gA = ctx.needsGrad(0) ? pinvBackward(g.matmul(mT(sb.get())), pinv, sa.get()) : null;
                return new Tensor[] {gA, mT(pinv).matmul(g)};
            };
        });
        Tensor empty = Tensor.zeros(new int[] {0}, a.dtype());
        return new Tensor[] {recorded, empty, rank, empty};
    }
}
