package org.autograd4j.ops;

import static org.autograd4j.ops.Matrices.diagEmbed;
import static org.autograd4j.ops.Matrices.identity;
import static org.autograd4j.ops.Matrices.mT;

import java.util.Arrays;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.linalg.Cholesky;
import org.autograd4j.kernels.linalg.HouseholderQr;
import org.autograd4j.kernels.linalg.JacobiSvd;
import org.autograd4j.kernels.linalg.Lu;
import org.autograd4j.kernels.linalg.SymmetricEigen;

/**
 * The matrix factorizations of {@code torch.linalg}: Cholesky, LU, QR, the symmetric eigenvalue
 * decomposition and the SVD, batched over leading dims. The loops are in {@code kernels.linalg};
 * the backward formulas are PyTorch's ({@code FunctionsManual.cpp}), written with differentiable
 * ops so that they can be differentiated again. Eigenvectors and singular vectors are determined
 * only up to sign, so they may differ from PyTorch's (LAPACK's) by the sign of a column.
 */
public final class Factorizations {
    private Factorizations() {
    }

    /** L with A = L·Lᵀ (or U = Lᵀ with {@code upper}) (node {@code LinalgCholeskyExBackward0}). */
    public static Tensor cholesky(Tensor a, boolean upper) {
        return cholesky("linalg.cholesky", a, upper, true)[0];
    }

    /**
     * {@code torch.linalg.cholesky_ex}: the factor and, per matrix, 0 or the order of the first
     * leading minor that is not positive-definite (the factor is then only partly computed); with
     * {@code checkErrors} that throws, as in {@link #cholesky(Tensor, boolean)}.
     */
    public static Tensor[] choleskyEx(Tensor a, boolean upper, boolean checkErrors) {
        return cholesky("linalg.cholesky_ex", a, upper, checkErrors);
    }

    private static Tensor[] cholesky(String op, Tensor a, boolean upper, boolean checkErrors) {
        LinalgChecks.square(op, a);
        // the kernel reads the lower triangle; the upper one is the lower triangle of the transpose
        MatrixBatch m = MatrixBatch.of(upper ? mT(a) : a);
        int n = m.rows;
        double[][] factors = new double[m.count()][];
        long[] info = new long[m.count()];
        for (int b = 0; b < m.count(); b++) {
            factors[b] = m.matrices[b].clone();
            info[b] = Cholesky.factor(factors[b], n, m.precision());
        }
        if (checkErrors) {
            LinalgChecks.succeeded(op, m, info, order -> "The factorization could not be completed because the input "
                    + "is not positive-definite (the leading minor of order " + order + " is not positive-definite).");
        }
        Tensor lower = m.matrices(factors, n, n);
        Tensor out = upper ? mT(lower).contiguous() : lower;
        Tensor recorded = Graph.record("LinalgCholeskyExBackward0", out, a, ctx -> {
            ctx.forward(t -> upper ? mT(choleskyTangent(mT(out), mT(t[0]))) : choleskyTangent(out, t[0]));
            SavedTensor saved = ctx.save("L", out);
            return g -> new Tensor[] {upper ? choleskyBackward(mT(g), mT(saved.get()))
                    : choleskyBackward(g, saved.get())};
        });
        return new Tensor[] {recorded, m.infos(info)};
    }

    /** PyTorch's {@code cholesky_jvp}: dL = L·Φ(L⁻¹·dA·L⁻ᵀ), Φ taking the lower triangle with the diagonal halved. */
    private static Tensor choleskyTangent(Tensor l, Tensor dA) {
        Tensor x = LinearSolvers.solveTriangular(l, dA, false, true, false);
        x = LinearSolvers.solveTriangular(mT(l), x, true, false, false);
        return l.matmul(x.tril(-1).add(x.tril(0).triu(0).mul(0.5)));
    }

    /** Iain Murray's formula (arXiv 1602.07527), as PyTorch's {@code cholesky_backward}. */
    private static Tensor choleskyBackward(Tensor gL, Tensor l) {
        Tensor phi = mT(l).matmul(gL).tril(0);
        Tensor gA = phi.add(mT(phi.tril(-1))).mul(0.5);
        gA = LinearSolvers.solveTriangular(mT(l), gA, true, true, false);
        return LinearSolvers.solveTriangular(l, gA, false, false, false);
    }

    /**
     * LU with partial pivoting packed in one matrix, and the 1-based pivots (int64; PyTorch's are
     * int32) (node {@code LinalgLuFactorExBackward0}). A singular matrix (a zero on U's diagonal)
     * throws PyTorch's message, as {@code lu_solve} would divide by it.
     */
    public static Tensor[] luFactor(Tensor a) {
        Tensor[] factored = luFactor("torch.linalg.lu_factor", a, true);
        return new Tensor[] {factored[0], factored[1]};
    }

    /**
     * {@code torch.linalg.lu_factor_ex}: LU, pivots and, per matrix, 0 or the 1-based index of the
     * first zero on U's diagonal; with {@code checkErrors} that throws, as in {@link #luFactor}.
     */
    public static Tensor[] luFactorEx(Tensor a, boolean checkErrors) {
        return luFactor("torch.linalg.lu_factor_ex", a, checkErrors);
    }

    private static Tensor[] luFactor(String op, Tensor a, boolean checkErrors) {
        LinalgChecks.matrices(op, a);
        MatrixBatch m = MatrixBatch.of(a);
        int k = Math.min(m.rows, m.cols);
        double[][] packed = new double[m.count()][];
        double[][] pivots = new double[m.count()][];
        long[] info = new long[m.count()];
        for (int b = 0; b < m.count(); b++) {
            packed[b] = m.matrices[b].clone();
            int[] piv = new int[k];
            info[b] = Lu.factor(packed[b], m.rows, m.cols, piv, m.precision());
            pivots[b] = Arrays.stream(piv).asDoubleStream().toArray();
        }
        if (checkErrors) {
            LinalgChecks.succeeded(op, m, info, j -> "U[" + j + "," + j + "] is zero and using it on lu_solve would "
                    + "result in a division by zero. If you still want to perform the factorization, consider "
                    + "calling linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)");
        }
        Tensor lu = m.matrices(packed, m.rows, m.cols);
        Tensor piv = m.vectors(pivots, k).to(DType.INT64);
        Tensor out = Graph.record("LinalgLuFactorExBackward0", lu, a, ctx -> {
            ctx.forward(t -> packedLuTangent(t[0], lu, piv));
            SavedTensor saved = ctx.save("LU", lu);
            return g -> {
                Tensor packedLu = saved.get();
                Tensor[] lAndU = unpack(packedLu);
                Tensor p = Matrices.permutations(piv, packedLu.size(-2), packedLu.dtype());
                return new Tensor[] {luBackward(g.narrow(-1, 0, k), g.narrow(-2, 0, k), p, lAndU[0], lAndU[1])};
            };
        });
        return new Tensor[] {out, piv, m.infos(info)};
    }

    /** P, L and U with A = P·L·U (node {@code LinalgLuBackward0} on L and U). */
    public static Tensor[] lu(Tensor a) {
        Tensor[] factored = luFactorEx(a.detach(), false);
        Tensor[] lAndU = unpack(factored[0]);
        Tensor p = Matrices.permutations(factored[1], a.size(-2), a.dtype());
        Tensor[] outs = Graph.recordMulti("LinalgLuBackward0", lAndU, new Tensor[] {a}, ctx -> {
            ctx.forwardMulti(t -> luTangents(t[0], p, lAndU[0], lAndU[1]));
            SavedTensor sl = ctx.save("L", lAndU[0]);
            SavedTensor su = ctx.save("U", lAndU[1]);
            return g -> new Tensor[] {luBackward(g[0], g[1], p, sl.get(), su.get())};
        });
        return new Tensor[] {p, outs[0], outs[1]};
    }

    /** PyTorch's {@code lu_factor_ex_jvp}: the tangents of L and U packed as the factorization packs L and U. */
    private static Tensor packedLuTangent(Tensor dA, Tensor lu, Tensor pivots) {
        Tensor[] lAndU = unpack(lu);
        Tensor p = Matrices.permutations(pivots, lu.size(-2), lu.dtype());
        Tensor[] d = luTangents(dA, p, lAndU[0], lAndU[1]);
        // dL is zero on and above the diagonal, dU below it: their sum holds both
        int m = lu.size(-2);
        int n = lu.size(-1);
        if (m >= n) {
            return Tensor.cat(List.of(d[0].narrow(-2, 0, n).add(d[1]), d[0].narrow(-2, n, m - n)), -2);
        }
        return Tensor.cat(List.of(d[1].narrow(-1, 0, m).add(d[0]), d[1].narrow(-1, m, n - m)), -1);
    }

    /**
     * PyTorch's {@code linalg_lu_jvp} for A = P·L·U: with dK = L₁⁻¹·Pᵀ·dA₁·U₁⁻¹ (A₁ the leading k×k block),
     * dL₁ = L₁·tril₋₁(dK) and dU₁ = triu(dK)·U₁; a wide A's trailing columns and a tall A's trailing rows follow.
     */
    static Tensor[] luTangents(Tensor dA, Tensor p, Tensor l, Tensor u) {
        int m = dA.size(-2);
        int n = dA.size(-1);
        int k = Math.min(m, n);
        Tensor pdA = mT(p).matmul(dA);
        Tensor l1 = l.narrow(-2, 0, k);
        Tensor u1 = u.narrow(-1, 0, k);
        Tensor dK = LinearSolvers.solveTriangular(l1, pdA.narrow(-2, 0, k).narrow(-1, 0, k), false, true, true);
        dK = LinearSolvers.solveTriangular(u1, dK, true, false, false);
        Tensor dL1 = l1.matmul(dK.tril(-1));
        Tensor dU1 = dK.triu(0).matmul(u1);
        if (m < n) {
            Tensor dU2 = LinearSolvers.solveTriangular(l1, pdA.narrow(-1, k, n - k), false, true, true)
                    .sub(dK.tril(-1).matmul(u.narrow(-1, k, n - k)));
            return new Tensor[] {dL1, Tensor.cat(List.of(dU1, dU2), -1)};
        }
        if (m > n) {
            Tensor dL2 = LinearSolvers.solveTriangular(u1, pdA.narrow(-2, k, m - k), true, false, false)
                    .sub(l.narrow(-2, k, m - k).matmul(dK.triu(0)));
            return new Tensor[] {Tensor.cat(List.of(dL1, dL2), -2), dU1};
        }
        return new Tensor[] {dL1, dU1};
    }

    /** L (m×k, unit lower triangular) and U (k×n, upper triangular) of a packed LU, differentiably. */
    static Tensor[] unpack(Tensor lu) {
        int m = lu.size(-2);
        int n = lu.size(-1);
        int k = Math.min(m, n);
        Tensor l = lu.narrow(-1, 0, k).tril(-1).add(Creation.eye(m, k, lu.dtype()));
        Tensor u = lu.narrow(-2, 0, k).triu(0);
        return new Tensor[] {l, u};
    }

    /** PyTorch's {@code linalg_lu_backward} for A = P·L·U, square, wide or tall. */
    static Tensor luBackward(Tensor gL, Tensor gU, Tensor p, Tensor l, Tensor u) {
        int m = l.size(-2);
        int n = u.size(-1);
        int k = Math.min(m, n);
        Tensor gA;
        if (m == n) {
            gA = mT(l).matmul(gL).tril(-1).add(gU.matmul(mT(u)).triu(0));
            gA = LinearSolvers.solveTriangular(mT(u), gA, false, false, false);
            gA = LinearSolvers.solveTriangular(mT(l), gA, true, true, true);
        } else if (m < n) {
            Tensor u1 = u.narrow(-1, 0, k);
            gA = mT(l).matmul(gL).sub(gU.triu(0).matmul(mT(u)));
            gA = LinearSolvers.solveTriangular(mT(u1), gA.tril(-1), false, false, false);
            gA = Tensor.cat(List.of(gA.add(gU.narrow(-1, 0, k).triu(0)), gU.narrow(-1, k, n - k)), -1);
            gA = LinearSolvers.solveTriangular(mT(l), gA, true, true, true);
        } else {
            Tensor l1 = l.narrow(-2, 0, k);
            gA = gU.matmul(mT(u)).sub(mT(l).matmul(gL.tril(-1)));
            gA = LinearSolvers.solveTriangular(mT(l1), gA.triu(0), true, true, true);
            gA = Tensor.cat(List.of(gA.add(gL.narrow(-2, 0, k).tril(-1)), gL.narrow(-2, k, m - k)), -2);
            gA = LinearSolvers.solveTriangular(mT(u), gA, false, false, false);
        }
        return p.matmul(gA);
    }

    /**
     * Q and R of the QR decomposition, mode "reduced", "complete" or "r" (Q is then empty) (node
     * {@code LinalgQrBackward0}).
     */
    public static Tensor[] qr(Tensor a, String mode) {
        LinalgChecks.matrices("linalg.qr", a);
        boolean complete = "complete".equals(mode);
        boolean computeQ = !"r".equals(mode);
        if (!complete && computeQ && !"reduced".equals(mode)) {
            throw new IllegalArgumentException("qr received unrecognized mode '" + mode
                    + "' but expected one of 'reduced' (default), 'r', or 'complete'");
        }
        MatrixBatch m = MatrixBatch.of(a);
        double[][] qs = new double[m.count()][];
        double[][] rs = new double[m.count()][];
        int qCols = complete ? m.rows : Math.min(m.rows, m.cols);
        for (int b = 0; b < m.count(); b++) {
            HouseholderQr.Factors f = HouseholderQr.factor(m.matrices[b], m.rows, m.cols, complete);
            qs[b] = f.q();
            rs[b] = f.r();
        }
        Tensor q = computeQ ? m.matrices(qs, m.rows, qCols) : Creation.empty(new int[] {0}, a.dtype());
        Tensor r = m.matrices(rs, qCols, m.cols);
        return Graph.recordMulti("LinalgQrBackward0", new Tensor[] {q, r}, new Tensor[] {a}, ctx -> {
            ctx.forwardMulti(t -> qrTangents(t[0], q, r, computeQ, complete));
            SavedTensor sq = ctx.save("Q", q);
            SavedTensor sr = ctx.save("R", r);
            return g -> new Tensor[] {qrBackward(g[0], g[1], sq.get(), sr.get(), computeQ, complete)};
        });
    }

    /**
     * PyTorch's {@code linalg_qr_jvp}. Where m ≥ n, Qᵀ·dA·R⁻¹ is a skew part (Qᵀ·dQ) plus an upper triangular one
     * (dR·R⁻¹), which its symmetric part recovers; where m < n the skew part comes from the leading m×m block.
     */
    private static Tensor[] qrTangents(Tensor dA, Tensor q, Tensor r, boolean computeQ, boolean complete) {
        checkQrDifferentiable(q, r, computeQ, complete);
        int m = q.size(-2);
        int n = r.size(-1);
        if (m >= n) {
            Tensor dARinv = LinearSolvers.solveTriangular(r, dA, true, false, false);
            Tensor sym = mT(q).matmul(dARinv);
            sym = sym.add(mT(sym));
            Tensor dRRinv = sym.triu(1).add(sym.tril(0).triu(0).mul(0.5));
            return new Tensor[] {dARinv.sub(q.matmul(dRRinv)), dRRinv.matmul(r)};
        }
        Tensor dB1 = LinearSolvers.solveTriangular(r.narrow(-1, 0, m), mT(q).matmul(dA.narrow(-1, 0, m)), true, false,
                false);
        Tensor qhdQ = dB1.tril(-1).sub(mT(dB1.tril(-1)));
        return new Tensor[] {q.matmul(qhdQ), mT(q).matmul(dA).sub(qhdQ.matmul(r))};
    }

    /** PyTorch's refusals to differentiate a QR decomposition, in either mode. */
    private static void checkQrDifferentiable(Tensor q, Tensor r, boolean computeQ, boolean complete) {
        if (!computeQ) {
            throw new IllegalStateException("The derivative of linalg.qr depends on Q, which is not computed when "
                    + "mode='r'. Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                    + "linalg.qr.");
        }
        if (complete && q.size(-2) > r.size(-1)) {
            throw new IllegalStateException(
                    "The QR decomposition is not differentiable when mode='complete' and nrows > ncols.");
        }
    }

    /** PyTorch's {@code linalg_qr_backward}. */
    private static Tensor qrBackward(Tensor gQ, Tensor gR, Tensor q, Tensor r, boolean computeQ, boolean complete) {
        checkQrDifferentiable(q, r, computeQ, complete);
        int m = q.size(-2);
        int n = r.size(-1);
        Tensor gA = gR.matmul(mT(r)).sub(mT(q).matmul(gQ));
        if (m >= n) {
            Tensor upper = gA.triu(0);
            gA = gQ.add(q.matmul(upper.add(mT(upper.triu(1)))));
            return LinearSolvers.solveTriangular(mT(r), gA, false, false, false);
        }
        gA = q.matmul(gA.neg().sub(mT(gA.neg())).tril(0));
        gA = LinearSolvers.solveTriangular(mT(r.narrow(-1, 0, m)), gA, false, false, false);
        gA = Tensor.cat(List.of(gA, Tensor.zeros(shapeWithLast(gA, n - m), gA.dtype())), -1);
        return gA.add(q.matmul(gR));
    }

    private static int[] shapeWithLast(Tensor x, int last) {
        int[] shape = x.shape();
        shape[shape.length - 1] = last;
        return shape;
    }

    /**
     * The first n columns of the product H₁·…·H_k of Householder reflections Hᵢ = I - tauᵢ·vᵢ·vᵢᵀ,
     * vᵢ the i-th column of A below the diagonal with a 1 on it (LAPACK's orgqr; A and tau as
     * {@code geqrf} leaves them). Composed of matrix products, so it records no node of its own
     * (PyTorch records {@code LinalgHouseholderProductBackward0}); its gradients, of any order,
     * are those of the composition.
     */
    public static Tensor householderProduct(Tensor a, Tensor tau) {
        String op = "torch.linalg.householder_product";
        if (a.dim() < 2) {
            throw new IllegalArgumentException(op + ": input must have at least 2 dimensions.");
        }
        int m = a.size(-2);
        int n = a.size(-1);
        if (m < n) {
            throw new IllegalArgumentException(op + ": input.shape[-2] must be greater than or equal to input.shape[-1]");
        }
        if (tau.dim() < 1 || n < tau.size(-1)) {
            throw new IllegalArgumentException(op + ": input.shape[-1] must be greater than or equal to tau.shape[-1]");
        }
        int[] batch = Matrices.batchShape(a);
        if (!java.util.Arrays.equals(batch, java.util.Arrays.copyOf(tau.shape(), tau.dim() - 1))) {
            throw new IllegalArgumentException(op + ": Expected batch dimensions of tau to be equal to input.shape[:-2], "
                    + "but got " + java.util.Arrays.toString(java.util.Arrays.copyOf(tau.shape(), tau.dim() - 1)));
        }
        Tensor reflectors = a.tril(-1).add(Creation.eye(m, n, a.dtype()));
        Tensor q = Matrices.expandBatch(Creation.eye(m, n, a.dtype()), batch);
        for (int i = tau.size(-1) - 1; i >= 0; i--) {
            Tensor v = reflectors.narrow(-1, i, 1);
            Tensor scaled = v.mul(tau.narrow(-1, i, 1).unsqueeze(-1));
            q = q.sub(scaled.matmul(mT(v).matmul(q)));
        }
        return q;
    }

    /**
     * Eigenvalues (ascending) and eigenvectors (columns) of symmetric matrices, from the lower
     * ({@code uplo} "L") or upper triangle (node {@code LinalgEighBackward0}). With
     * {@code valuesOnly} (eigvalsh) only the eigenvalues are returned and differentiated.
     */
    public static Tensor[] eigh(Tensor a, String uplo, boolean valuesOnly) {
        String op = valuesOnly ? "linalg.eigvalsh" : "linalg.eigh";
        if (!"L".equals(uplo) && !"U".equals(uplo)) {
            throw new IllegalArgumentException("Expected UPLO argument to be 'L' or 'U', but got " + uplo);
        }
        LinalgChecks.square(op, a);
        MatrixBatch m = MatrixBatch.of("U".equals(uplo) ? mT(a) : a);
        int n = m.rows;
        double[][] values = new double[m.count()][n];
        double[][] vectors = new double[m.count()][n * n];
        for (int b = 0; b < m.count(); b++) {
            if (!SymmetricEigen.decompose(m.matrices[b], n, values[b], vectors[b])) {
                throw new ArithmeticException(op + ": " + LinalgChecks.batchElement(m, b) + "The algorithm failed to "
                        + "converge because the input matrix is ill-conditioned or has too many repeated eigenvalues.");
            }
        }
        Tensor[] outs = {m.vectors(values, n), m.matrices(vectors, n, n)};
        Graph.recordMulti("LinalgEighBackward0", outs, new Tensor[] {a}, ctx -> {
            ctx.forwardMulti(t -> eighTangents(t[0], outs[0], outs[1], valuesOnly));
            SavedTensor sl = ctx.save("eigenvalues", outs[0]);
            SavedTensor sv = ctx.save("eigenvectors", outs[1]);
            return g -> new Tensor[] {eighBackward(g[0], Matrices.isZero(g[1]) ? null : g[1], sl.get(), sv.get())};
        });
        return valuesOnly ? new Tensor[] {outs[0]} : outs;
    }

    /**
     * PyTorch's {@code linalg_eig_jvp} for Hermitian matrices: with dP = Vᵀ·dA·V, dL = diag(dP) and
     * dV = V·(dP / (Lⱼ - Lᵢ)) off the diagonal (zero on it); infinite or NaN where eigenvalues repeat.
     */
    private static Tensor[] eighTangents(Tensor dA, Tensor l, Tensor v, boolean valuesOnly) {
        Tensor dP = mT(v).matmul(dA).matmul(v);
        Tensor dL = dP.diagonal(0, -2, -1);
        if (valuesOnly) {
            return new Tensor[] {dL, null};
        }
        Tensor offDiagonal = identity(l.size(-1), l.dtype()).neg().add(1);
        Tensor gaps = l.unsqueeze(-2).sub(l.unsqueeze(-1)).add(identity(l.size(-1), l.dtype()));
        return new Tensor[] {dL, v.matmul(dP.div(gaps).mul(offDiagonal))};
    }

    /**
     * PyTorch's {@code linalg_eig_backward} for Hermitian matrices: infinite or NaN where
     * eigenvalues repeat and the loss depends on the eigenvectors, as there. A gradient of the
     * eigenvectors that is all zeros is taken as absent (PyTorch's undefined gradient), so that the
     * eigenvalues alone stay differentiable at repeated eigenvalues.
     */
    private static Tensor eighBackward(Tensor gL, Tensor gV, Tensor l, Tensor v) {
        if (gV == null) {
            return v.mul(gL.unsqueeze(-2)).matmul(mT(v));
        }
        Tensor vhgV = mT(v).matmul(gV);
        vhgV = vhgV.sub(mT(vhgV)).mul(0.5);
        Tensor gaps = l.unsqueeze(-2).sub(l.unsqueeze(-1)).add(identity(l.size(-1), l.dtype()));
        Tensor inner = vhgV.div(gaps).add(diagEmbed(gL));
        return v.matmul(inner.matmul(mT(v)));
    }

    /**
     * U, S (descending) and Vᴴ with A = U·diag(S)·Vᴴ, reduced or full (node
     * {@code LinalgSvdBackward0}). With {@code valuesOnly} (svdvals) only S is returned and differentiated.
     */
    public static Tensor[] svd(Tensor a, boolean fullMatrices, boolean valuesOnly) {
        LinalgChecks.matrices(valuesOnly ? "linalg.svdvals" : "linalg.svd", a);
        MatrixBatch m = MatrixBatch.of(a);
        int k = Math.min(m.rows, m.cols);
        boolean full = fullMatrices && !valuesOnly;
        int uCols = full ? m.rows : k;
        int vRows = full ? m.cols : k;
        double[][] us = new double[m.count()][];
        double[][] ss = new double[m.count()][];
        double[][] vts = new double[m.count()][];
        for (int b = 0; b < m.count(); b++) {
            JacobiSvd.Factors f = JacobiSvd.decompose(m.matrices[b], m.rows, m.cols, full);
            us[b] = f.u();
            ss[b] = f.s();
            vts[b] = f.vt();
        }
        Tensor[] outs = {m.matrices(us, m.rows, uCols), m.vectors(ss, k), m.matrices(vts, vRows, m.cols)};
        Graph.recordMulti("LinalgSvdBackward0", outs, new Tensor[] {a}, ctx -> {
            ctx.forwardMulti(t -> svdTangents(t[0], outs[0].narrow(-1, 0, k), outs[1], outs[2].narrow(-2, 0, k), full,
                    valuesOnly));
            SavedTensor su = ctx.save("U", outs[0]);
            SavedTensor sValues = ctx.save("S", outs[1]);
            SavedTensor sv = ctx.save("Vh", outs[2]);
            return g -> {
                Tensor u = su.get().narrow(-1, 0, k);
                Tensor vh = sv.get().narrow(-2, 0, k);
                if (Matrices.isZero(g[0]) && Matrices.isZero(g[2])) {
                    return new Tensor[] {svdValuesBackward(g[1], u, vh)};
                }
                return new Tensor[] {
                    svdBackward(g[0].narrow(-1, 0, k), g[1], g[2].narrow(-2, 0, k), u, sValues.get(), vh)};
            };
        });
        return valuesOnly ? new Tensor[] {outs[1]} : outs;
    }

    /**
     * PyTorch's {@code linalg_svd_jvp}: with dP = Uᵀ·dA·V, dS = diag(dP), and the off-diagonal part X of dP,
     * dU = U·((X·S + S·Xᵀ) / E) and dVᵀ = -((S·X + Xᵀ·S) / E)·Vᵀ, Eᵢⱼ = sⱼ² - sᵢ², plus the components outside
     * the span of U (tall A) or V (wide A). It assumes distinct, nonzero singular values, as PyTorch's; with
     * {@code full} the extra columns of U and rows of Vᵀ get zero tangents, as there.
     */
    private static Tensor[] svdTangents(Tensor dA, Tensor u, Tensor s, Tensor vh, boolean full, boolean valuesOnly) {
        int m = dA.size(-2);
        int n = dA.size(-1);
        int k = s.size(-1);
        Tensor v = mT(vh);
        Tensor dP = mT(u).matmul(dA).matmul(v);
        Tensor dS = dP.diagonal(0, -2, -1);
        if (valuesOnly) {
            return new Tensor[] {null, dS, null};
        }
        Tensor x = dP.sub(diagEmbed(dS));
        Tensor s2 = s.mul(s);
        Tensor gaps = s2.unsqueeze(-2).sub(s2.unsqueeze(-1)).add(identity(k, s.dtype()));
        Tensor xs = x.mul(s.unsqueeze(-2));
        Tensor dU = u.matmul(xs.add(mT(xs)).div(gaps));
        Tensor sx = x.mul(s.unsqueeze(-1));
        Tensor dVh = sx.add(mT(sx)).div(gaps).neg().matmul(vh);
        if (m > k) {
            Tensor dAVSinv = dA.matmul(v.div(s.unsqueeze(-2)));
            dU = dU.add(dAVSinv).sub(u.matmul(mT(u).matmul(dAVSinv)));
        }
        if (n > k) {
            Tensor sinvUhdA = mT(u).div(s.unsqueeze(-1)).matmul(dA);
            dVh = dVh.add(sinvUhdA).sub(sinvUhdA.matmul(v).matmul(vh));
        }
        if (full) {
            dU = Tensor.cat(List.of(dU, Tensor.zeros(shapeWithLast(dU, m - k), dU.dtype())), -1);
            dVh = mT(Tensor.cat(List.of(mT(dVh), Tensor.zeros(shapeWithLast(mT(dVh), n - k), dVh.dtype())), -1));
        }
        return new Tensor[] {dU, dS, dVh};
    }

    private static Tensor svdValuesBackward(Tensor gS, Tensor u, Tensor vh) {
        return u.mul(gS.unsqueeze(-2)).matmul(vh);
    }

    /**
     * PyTorch's {@code svd_backward} for the reduced factors: it assumes distinct singular values
     * (and full rank for a rectangular A), giving infinities or NaN otherwise, as PyTorch does.
     */
    private static Tensor svdBackward(Tensor gU, Tensor gS, Tensor gVh, Tensor u, Tensor s, Tensor vh) {
        int m = u.size(-2);
        int n = vh.size(-1);
        Tensor uhgU = skew(mT(u).matmul(gU));
        Tensor vhgV = skew(vh.matmul(mT(gVh)));
        Tensor s2 = s.mul(s);
        Tensor gaps = s2.unsqueeze(-2).sub(s2.unsqueeze(-1)).add(identity(s.size(-1), s.dtype()));
        Tensor inner = uhgU.mul(s.unsqueeze(-2)).add(s.unsqueeze(-1).mul(vhgV)).div(gaps).add(diagEmbed(gS));
        if (m > n) {
            Tensor gUSinv = gU.div(s.unsqueeze(-2));
            Tensor gA = u.matmul(inner).add(gUSinv).sub(u.matmul(mT(u).matmul(gUSinv)));
            return gA.matmul(vh);
        }
        if (m < n) {
            Tensor sinvgVh = gVh.div(s.unsqueeze(-1));
            Tensor gA = inner.matmul(vh).add(sinvgVh).sub(sinvgVh.matmul(mT(vh)).matmul(vh));
            return u.matmul(gA);
        }
        return u.matmul(inner.matmul(vh));
    }

    private static Tensor skew(Tensor x) {
        return x.sub(mT(x));
    }
}
