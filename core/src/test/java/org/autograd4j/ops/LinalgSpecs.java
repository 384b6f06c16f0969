package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.linalg.Linalg;

/**
 * The op table rows for {@code torch.linalg} (see {@link OpSpec}). Inputs are uniform in [-2, 2):
 * symmetric positive-definite ones are built as X·Xᵀ + n·I, well-conditioned square ones as X + 3·I.
 * Eigenvectors and singular vectors are checked through sign-invariant functions of them
 * (their squares), as PyTorch's own tests do; rows that compose such a function check no node name.
 */
final class LinalgSpecs {
    private LinalgSpecs() {
    }

    /** X·Xᵀ + n·I: symmetric positive-definite. */
    static Tensor spd(Tensor x) {
        int n = x.size(-1);
        return x.matmul(x.transpose(-2, -1)).add(Tensor.eye(n, n, x.dtype()).mul(n));
    }

    /** X + 3·I: diagonally dominant enough to be far from singular. */
    static Tensor wellConditioned(Tensor x) {
        int n = x.size(-1);
        return x.add(Tensor.eye(n, n, x.dtype()).mul(3));
    }

    static List<OpSpec> specs() {
        int[] s33 = {3, 3};
        int[] s233 = {2, 3, 3};
        int[] s32 = {3, 2};
        int[] s23 = {2, 3};
        int[] s2432 = {2, 4, 3, 2};
        int[] s432 = {4, 3, 2};
        int[] s3 = {3};
        return List.of(
                op("linalg.cholesky", in -> Linalg.cholesky(spd(in[0]))).node("LinalgCholeskyExBackward0")
                        .shapes(s33).shapes(s233),
                op("linalg.cholesky upper", in -> Linalg.cholesky(spd(in[0]), true)).node("LinalgCholeskyExBackward0")
                        .shapes(s33),
                op("linalg.solve_triangular lower", in -> Linalg.solveTriangular(wellConditioned(in[0]), in[1], false))
                        .node("LinalgSolveTriangularBackward0").shapes(s33, s32).shapes(s233, s32),
                op("linalg.solve_triangular upper right unit",
                        in -> Linalg.solveTriangular(wellConditioned(in[0]), in[1], true, false, true))
                        .node("LinalgSolveTriangularBackward0").shapes(s33, s23).shapes(s33, new int[] {2, 2, 3}),
                op("cholesky_solve", in -> Linalg.choleskySolve(in[0], Linalg.cholesky(spd(in[1]))))
                        .node("CholeskySolveBackward0").shapes(s32, s33).shapes(s32, s233),
                op("cholesky_solve upper", in -> Linalg.choleskySolve(in[0], Linalg.cholesky(spd(in[1]), true), true))
                        .node("CholeskySolveBackward0").shapes(s32, s33),
                op("linalg.lu_factor", in -> Linalg.luFactor(in[0]).lu()).node("LinalgLuFactorExBackward0")
                        .shapes(s33).shapes(s233),
                op("linalg.lu_factor wide", in -> Linalg.luFactor(in[0]).lu()).shapes(s23),
                op("linalg.lu_factor tall", in -> Linalg.luFactor(in[0]).lu()).shapes(s32),
                op("linalg.lu L", in -> Linalg.lu(in[0]).l()).node("LinalgLuBackward0").shapes(s33).shapes(s23),
                op("linalg.lu U", in -> Linalg.lu(in[0]).u()).node("LinalgLuBackward0").shapes(s33).shapes(s32),
                op("linalg.lu_solve", in -> {
                    var f = Linalg.luFactor(wellConditioned(in[0]));
                    return Linalg.luSolve(f.lu(), f.pivots(), in[1]);
                }).node("LinalgLuSolveBackward0").shapes(s33, s32).shapes(s233, s32),
                op("linalg.lu_solve adjoint", in -> {
                    var f = Linalg.luFactor(wellConditioned(in[0]));
                    return Linalg.luSolve(f.lu(), f.pivots(), in[1], true);
                }).node("LinalgLuSolveBackward0").shapes(s33, s32),
                op("linalg.lu_solve right", in -> {
                    var f = Linalg.luFactor(wellConditioned(in[0]));
                    return Linalg.luSolve(f.lu(), f.pivots(), in[1], false, false);
                }).node("LinalgLuSolveBackward0").shapes(s33, s23).shapes(s233, s23),
                op("linalg.lu_solve right adjoint", in -> {
                    var f = Linalg.luFactor(wellConditioned(in[0]));
                    return Linalg.luSolve(f.lu(), f.pivots(), in[1], false, true);
                }).node("LinalgLuSolveBackward0").shapes(s33, s23),
                op("linalg.solve", in -> Linalg.solve(wellConditioned(in[0]), in[1])).node("LinalgSolveExBackward0")
                        .shapes(s33, s32).shapes(s233, s32).shapes(s33, new int[] {2, 3, 1}),
                op("linalg.solve vector", in -> Linalg.solve(wellConditioned(in[0]), in[1]))
                        .node("LinalgSolveExBackward0").shapes(s33, s3).shapes(s233, new int[] {2, 3}),
                op("linalg.solve right", in -> Linalg.solve(wellConditioned(in[0]), in[1], false))
                        .node("LinalgSolveExBackward0").shapes(s33, s23).shapes(s233, new int[] {2, 2, 3}),
                op("linalg.solve_ex", in -> Linalg.solveEx(wellConditioned(in[0]), in[1]).result())
                        .node("LinalgSolveExBackward0").shapes(s33, s32),
                op("linalg.inv", in -> Linalg.inv(wellConditioned(in[0]))).node("LinalgInvExBackward0").shapes(s33)
                        .shapes(s233),
                op("linalg.inv_ex", in -> Linalg.invEx(wellConditioned(in[0])).inverse()).node("LinalgInvExBackward0")
                        .shapes(s233),
                op("linalg.cholesky_ex", in -> Linalg.choleskyEx(spd(in[0])).l()).node("LinalgCholeskyExBackward0")
                        .shapes(s233),
                op("linalg.lu_factor_ex", in -> Linalg.luFactorEx(in[0]).lu()).node("LinalgLuFactorExBackward0")
                        .shapes(s33),
                op("linalg.det", in -> Linalg.det(in[0])).node("LinalgDetBackward0").shapes(s33).shapes(s233),
                op("linalg.slogdet logabsdet", in -> Linalg.slogdet(in[0]).logabsdet()).node("LinalgSlogdetBackward0")
                        .shapes(s33).shapes(s233),
                op("linalg.qr Q", in -> Linalg.qr(in[0]).q()).node("LinalgQrBackward0").shapes(s33).shapes(s432)
                        .shapes(s23),
                op("linalg.qr R", in -> Linalg.qr(in[0]).r()).node("LinalgQrBackward0").shapes(s33).shapes(s32)
                        .shapes(s23),
                op("linalg.qr complete wide", in -> Linalg.qr(in[0], "complete").q()).shapes(s23),
                op("linalg.eigvalsh", in -> Linalg.eigvalsh(spd(in[0]))).node("LinalgEighBackward0").shapes(s33)
                        .shapes(s233),
                op("linalg.eigh eigenvalues", in -> Linalg.eigh(spd(in[0]), "U").eigenvalues())
                        .node("LinalgEighBackward0").shapes(s33),
                op("linalg.eigh eigenvectors squared", in -> {
                    Tensor v = Linalg.eigh(spd(in[0])).eigenvectors();
                    return v.mul(v);
                }).shapes(s33).shapes(s233),
                op("linalg.svdvals", in -> Linalg.svdvals(in[0])).node("LinalgSvdBackward0").shapes(s33).shapes(s2432)
                        .shapes(s23),
                op("linalg.svd S", in -> Linalg.svd(in[0], false).s()).node("LinalgSvdBackward0").shapes(s32),
                op("linalg.svd U squared", in -> {
                    Tensor u = Linalg.svd(in[0], false).u();
                    return u.mul(u);
                }).shapes(s33).shapes(s432).shapes(s23),
                op("linalg.svd Vh squared", in -> {
                    Tensor vh = Linalg.svd(in[0], false).vh();
                    return vh.mul(vh);
                }).shapes(s33).shapes(s32).shapes(s23),
                op("linalg.svd full U·Vh", in -> {
                    var svd = Linalg.svd(in[0], true);
                    return svd.u().narrow(-1, 0, 2).matmul(svd.vh().narrow(-2, 0, 2));
                }).shapes(s32).shapes(s23),
                op("linalg.householder_product", in -> Linalg.householderProduct(in[0], in[1])).shapes(s32, new int[] {2})
                        .shapes(s33, new int[] {2}).shapes(s432, new int[] {4, 1}),
                op("linalg.pinv", in -> Linalg.pinv(in[0])).node("LinalgPinvBackward0").shapes(s33).shapes(s32)
                        .shapes(s23).shapes(s233),
                op("linalg.pinv hermitian", in -> Linalg.pinv(spd(in[0]), true)).node("LinalgPinvBackward0").shapes(s33)
                        .shapes(s233),
                op("linalg.vecdot", in -> Linalg.vecdot(in[0], in[1])).shapes(s23, s3).shapes(s233, s33),
                op("linalg.lstsq", in -> Linalg.lstsq(in[0], in[1]).solution()).node("LinalgLstsqBackward0")
                        .shapes(s32, s32).shapes(s33, s32).shapes(s233, s32),
                op("linalg.vector_norm", in -> Linalg.vectorNorm(in[0])).node("LinalgVectorNormBackward0")
                        .shapes(s23).shapes(s233),
                op("linalg.vector_norm ord 3 dim", in -> Linalg.vectorNorm(in[0], 3, new int[] {-1}, true))
                        .node("LinalgVectorNormBackward0").shapes(s233),
                op("linalg.matrix_norm fro", in -> Linalg.matrixNorm(in[0])).node("LinalgVectorNormBackward0")
                        .shapes(s23).shapes(s233),
                op("linalg.matrix_norm nuc", in -> Linalg.matrixNorm(in[0], "nuc")).node("SumBackward1").shapes(s23)
                        .shapes(s233),
                op("linalg.matrix_norm 1", in -> Linalg.matrixNorm(in[0], 1)).node("AmaxBackward0").shapes(s23),
                op("linalg.matrix_norm -1", in -> Linalg.matrixNorm(in[0], -1)).node("AminBackward0").shapes(s233),
                op("linalg.matrix_norm 2", in -> Linalg.matrixNorm(in[0], 2)).node("AmaxBackward0").shapes(s23),
                op("linalg.matrix_norm -2", in -> Linalg.matrixNorm(in[0], -2)).node("AminBackward0").shapes(s33),
                op("linalg.matrix_norm inf keepdim",
                        in -> Linalg.matrixNorm(in[0], Double.POSITIVE_INFINITY, 0, 2, true)).shapes(s233),
                op("linalg.cond", in -> Linalg.cond(in[0])).node("SqueezeBackward1").shapes(s33).shapes(s23),
                op("linalg.cond fro", in -> Linalg.cond(wellConditioned(in[0]), "fro")).shapes(s33),
                op("linalg.matrix_power 3", in -> Linalg.matrixPower(in[0], 3)).node("MmBackward0").shapes(s33),
                op("linalg.matrix_power -2", in -> Linalg.matrixPower(wellConditioned(in[0]), -2)).shapes(s233),
                op("linalg.matrix_exp", in -> Linalg.matrixExp(in[0])).node("LinalgMatrixExpBackward0").shapes(s33)
                        .shapes(s233),
                op("linalg.cross", in -> Linalg.cross(in[0], in[1])).node("LinalgCrossBackward0")
                        .shapes(new int[] {4, 3}, new int[] {4, 3}).shapes(new int[] {4, 3}, new int[] {1, 3}),
                op("linalg.cross dim 0", in -> Linalg.cross(in[0], in[1], 0)).node("LinalgCrossBackward0")
                        .shapes(s32, s32),
                op("linalg.multi_dot", in -> Linalg.multiDot(List.of(in[0], in[1], in[2])))
                        .shapes(s3, s32, new int[] {2, 4}).shapes(s23, s33, s3),
                op("kron", in -> Linalg.kron(in[0], in[1])).shapes(s23, s32).shapes(s3, s23),
                op("tensordot", in -> Linalg.tensordot(in[0], in[1], 2)).shapes(new int[] {2, 3, 4},
                        new int[] {3, 4, 2}),
                op("tensordot dims", in -> Linalg.tensordot(in[0], in[1], new int[] {0}, new int[] {1}))
                        .shapes(s32, s23),
                op("cdist", in -> Linalg.cdist(in[0], in[1], 2)).node("CdistBackward0")
                        .shapes(new int[] {4, 3}, new int[] {5, 3}).shapes(new int[] {2, 4, 3}, new int[] {5, 3}),
                op("cdist p 1", in -> Linalg.cdist(in[0], in[1], 1)).node("CdistBackward0")
                        .shapes(new int[] {4, 3}, new int[] {5, 3}),
                op("cdist p 3", in -> Linalg.cdist(in[0], in[1], 3)).node("CdistBackward0")
                        .shapes(new int[] {2, 4, 3}, new int[] {2, 5, 3}));
    }
}
