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
     * (PyTorch's defaults when null) (node {@code LinalgPinvBackward0}). With {@code hermitian}, A is
     * taken as symmetric (its lower triangle) and inverted through its eigendecomposition, the
     * magnitudes of the eigenvalues standing for the singular values, as PyTorch does.
     */
    public static Tensor pinv(Tensor a, Double atol, Double rtol, boolean hermitian) {
        LinalgChecks.matrices("linalg.pinv", a);
        Tensor out = hermitian ? symmetricPinv(a.detach(), atol, rtol) : svdPinv(a.detach(), atol, rtol);
        return Graph.record("LinalgPinvBackward0", out, a, ctx -> {
            ctx.forward(t -> pinvTangent(t[0], out, a));
            SavedTensor sa = ctx.save("self", a);
            SavedTensor sp = ctx.save("result", out);
            return g -> new Tensor[] {pinvBackward(g, sp.get(), sa.get())};
        });
    }

    /** PyTorch's {@code pinv_jvp}, arranged as its backward to multiply the smallest matrices. */
    private static Tensor pinvTangent(Tensor dA, Tensor pinvA, Tensor a) {
        Tensor dAh = mT(dA);
        Tensor pinvAh = mT(pinvA);
        if (a.size(-2) <= a.size(-1)) {
            Tensor k = pinvAh.matmul(dAh);
            return pinvA.matmul(k.sub(mT(k)).sub(k.matmul(a.matmul(pinvA))))
                    .add(dAh.sub(pinvA.matmul(a.matmul(dAh))).matmul(pinvAh.matmul(pinvA)));
        }
        Tensor k = pinvA.matmul(dA);
        Tensor kh = mT(k);
        return kh.sub(k).sub(pinvA.matmul(a).matmul(kh)).matmul(pinvA)
                .add(pinvA.matmul(pinvAh).matmul(dAh.sub(dAh.matmul(a).matmul(pinvA))));
    }

    /** V·diag(1/σ)·Uᵀ over the singular values above the tolerance. */
    private static Tensor svdPinv(Tensor a, Double atol, Double rtol) {
        Tensor[] usv = Factorizations.svd(a, false, false);
        Tensor inverse = invertAboveTolerance(usv[1], a, atol, rtol);
        return mT(usv[2]).mul(inverse.unsqueeze(-2)).matmul(mT(usv[0])).contiguous();
    }

    /** Q·diag(1/λ)·Qᵀ over the eigenvalues whose magnitude is above the tolerance. */
    private static Tensor symmetricPinv(Tensor a, Double atol, Double rtol) {
        LinalgChecks.square("linalg.pinv", a);
        Tensor[] eigh = Factorizations.eigh(a, "L", false);
        Tensor inverse = invertAboveTolerance(eigh[0], a, atol, rtol);
        return eigh[1].mul(inverse.unsqueeze(-2)).matmul(mT(eigh[1])).contiguous();
    }

    /** 1/x where |x| is above max(atol, rtol·max|x|), 0 elsewhere. */
    private static Tensor invertAboveTolerance(Tensor values, Tensor a, Double atol, Double rtol) {
        Tensor tol = MatrixNorms.tolerance(values, a, atol, rtol).unsqueeze(-1);
        return Masking.zeroWhere(values.reciprocal(), values.abs().gt(tol).logicalNot());
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
        Tensor pinvA = pinv(ae.detach(), null, rcond, false);
        Tensor solution = pinvA.matmul(be.detach()).contiguous();
        Tensor rank = MatrixNorms.matrixRank(ae, null, rcond, false);
        Tensor recorded = Graph.record("LinalgLstsqBackward0", solution, ae, be, ctx -> {
            // PyTorch's linalg_lstsq_jvp: X = A⁺·B, so dX = dA⁺·B + A⁺·dB
            ctx.forward(t -> {
                Tensor pinv = pinv(ae, null, rcond, false);
                return Tangents.sum(Tangents.map(t[0], dA -> pinvTangent(dA, pinv, ae).matmul(be)),
                        Tangents.map(t[1], pinv::matmul));
            });
            SavedTensor sa = ctx.save("self", ae);
            SavedTensor sb = ctx.save("b", be);
            return g -> {
                Tensor pinv = pinv(sa.get(), null, rcond, false);
                Tensor gA = ctx.needsGrad(0) ? pinvBackward(g.matmul(mT(sb.get())), pinv, sa.get()) : null;
                return new Tensor[] {gA, mT(pinv).matmul(g)};
            };
        });
        Tensor empty = Tensor.zeros(new int[] {0}, a.dtype());
        return new Tensor[] {recorded, empty, rank, empty};
    }
}
