package org.autograd4j.linalg;

import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.ops.Determinants;
import org.autograd4j.ops.Factorizations;
import org.autograd4j.ops.LeastSquares;
import org.autograd4j.ops.LinearSolvers;
import org.autograd4j.ops.MatrixFunctions;
import org.autograd4j.ops.MatrixNorms;
import org.autograd4j.ops.Norms;
import org.autograd4j.ops.PairwiseDistances;
import org.autograd4j.ops.TensorProducts;

/**
 * PyTorch's {@code torch.linalg}, batched over leading dims, for float32 and float64. Each method
 * delegates to the op that computes it and records PyTorch's node. Factorizations run in float64
 * also for float32 inputs, then round to float32, except the GEMM updates of the blocked LU,
 * Cholesky and triangular solves, which float32 inputs take in float32 (PyTorch computes in
 * float32 throughout, so float32 results may differ from PyTorch's in the last digits). Eigenvectors and
 * singular vectors are unique only up to sign and may differ from PyTorch's by the sign of a column.
 * Numerical failures (a singular matrix, a matrix that is not positive-definite) throw
 * {@link ArithmeticException} with PyTorch's message.
 */
public final class Linalg {
    private Linalg() {
    }

    // ---- factorizations ----

    /** {@code torch.linalg.cholesky(A)}: lower L with A = L·Lᵀ (node {@code LinalgCholeskyExBackward0}). */
    public static Tensor cholesky(Tensor a) {
        return Factorizations.cholesky(a, false);
    }

    /** {@code torch.linalg.cholesky(A, upper=upper)} (node {@code LinalgCholeskyExBackward0}). */
    public static Tensor cholesky(Tensor a, boolean upper) {
        return Factorizations.cholesky(a, upper);
    }

    /**
     * {@code torch.linalg.cholesky_ex(A)}: the factor and info, no error for a matrix that is not
     * positive-definite (node {@code LinalgCholeskyExBackward0}).
     */
    public static CholeskyEx choleskyEx(Tensor a) {
        return choleskyEx(a, false, false);
    }

    /** {@code torch.linalg.cholesky_ex(A, upper=, check_errors=)} (node {@code LinalgCholeskyExBackward0}). */
    public static CholeskyEx choleskyEx(Tensor a, boolean upper, boolean checkErrors) {
        Tensor[] r = Factorizations.choleskyEx(a, upper, checkErrors);
        return new CholeskyEx(r[0], r[1]);
    }

    /**
     * {@code torch.linalg.lu_factor(A)} (node {@code LinalgLuFactorExBackward0}); a zero on U's
     * diagonal throws, as in PyTorch.
     */
    public static LUFactor luFactor(Tensor a) {
        Tensor[] r = Factorizations.luFactor(a);
        return new LUFactor(r[0], r[1]);
    }

    /** {@code torch.linalg.lu_factor_ex(A)}: no error for singular A (node {@code LinalgLuFactorExBackward0}). */
    public static LUFactorEx luFactorEx(Tensor a) {
        return luFactorEx(a, false);
    }

    /** {@code torch.linalg.lu_factor_ex(A, check_errors=)} (node {@code LinalgLuFactorExBackward0}). */
    public static LUFactorEx luFactorEx(Tensor a, boolean checkErrors) {
        Tensor[] r = Factorizations.luFactorEx(a, checkErrors);
        return new LUFactorEx(r[0], r[1], r[2]);
    }

    /** {@code torch.linalg.lu(A)}: A = P·L·U (node {@code LinalgLuBackward0}). */
    public static LU lu(Tensor a) {
        Tensor[] r = Factorizations.lu(a);
        return new LU(r[0], r[1], r[2]);
    }

    /** {@code torch.linalg.qr(A)}, reduced (node {@code LinalgQrBackward0}). */
    public static QR qr(Tensor a) {
        return qr(a, "reduced");
    }

    /** {@code torch.linalg.qr(A, mode)}: "reduced", "complete" or "r" (node {@code LinalgQrBackward0}). */
    public static QR qr(Tensor a, String mode) {
        Tensor[] r = Factorizations.qr(a, mode);
        return new QR(r[0], r[1]);
    }

    /**
     * {@code torch.linalg.householder_product(A, tau)}: Q from {@code geqrf}'s reflectors (composed of
     * matrix products; PyTorch records {@code LinalgHouseholderProductBackward0}).
     */
    public static Tensor householderProduct(Tensor a, Tensor tau) {
        return Factorizations.householderProduct(a, tau);
    }

    /** {@code torch.linalg.eigh(A)}, from the lower triangle (node {@code LinalgEighBackward0}). */
    public static Eigh eigh(Tensor a) {
        return eigh(a, "L");
    }

    /** {@code torch.linalg.eigh(A, UPLO)} (node {@code LinalgEighBackward0}). */
    public static Eigh eigh(Tensor a, String uplo) {
        Tensor[] r = Factorizations.eigh(a, uplo, false);
        return new Eigh(r[0], r[1]);
    }

    /** {@code torch.linalg.eigvalsh(A)} (node {@code LinalgEighBackward0}). */
    public static Tensor eigvalsh(Tensor a) {
        return eigvalsh(a, "L");
    }

    /** {@code torch.linalg.eigvalsh(A, UPLO)} (node {@code LinalgEighBackward0}). */
    public static Tensor eigvalsh(Tensor a, String uplo) {
        return Factorizations.eigh(a, uplo, true)[0];
    }

    /** {@code torch.linalg.svd(A)}, full matrices as PyTorch's default (node {@code LinalgSvdBackward0}). */
    public static SVD svd(Tensor a) {
        return svd(a, true);
    }

    /** {@code torch.linalg.svd(A, full_matrices)} (node {@code LinalgSvdBackward0}). */
    public static SVD svd(Tensor a, boolean fullMatrices) {
        Tensor[] r = Factorizations.svd(a, fullMatrices, false);
        return new SVD(r[0], r[1], r[2]);
    }

    /** {@code torch.linalg.svdvals(A)} (node {@code LinalgSvdBackward0}). */
    public static Tensor svdvals(Tensor a) {
        return Factorizations.svd(a, false, true)[0];
    }

    // ---- solvers and inverses ----

    /** {@code torch.linalg.solve_triangular(A, B, upper=upper)} (node {@code LinalgSolveTriangularBackward0}). */
    public static Tensor solveTriangular(Tensor a, Tensor b, boolean upper) {
        return LinearSolvers.solveTriangular(a, b, upper, true, false);
    }

    /**
     * {@code torch.linalg.solve_triangular(A, B, upper=, left=, unitriangular=)} (node
     * {@code LinalgSolveTriangularBackward0}).
     */
    public static Tensor solveTriangular(Tensor a, Tensor b, boolean upper, boolean left, boolean unitriangular) {
        return LinearSolvers.solveTriangular(a, b, upper, left, unitriangular);
    }

    /** {@code torch.cholesky_solve(B, L)} (node {@code CholeskySolveBackward0}). */
    public static Tensor choleskySolve(Tensor b, Tensor l) {
        return LinearSolvers.choleskySolve(b, l, false);
    }

    /** {@code torch.cholesky_solve(B, L, upper)} (node {@code CholeskySolveBackward0}). */
    public static Tensor choleskySolve(Tensor b, Tensor factor, boolean upper) {
        return LinearSolvers.choleskySolve(b, factor, upper);
    }

    /** {@code torch.linalg.lu_solve(LU, pivots, B)} (node {@code LinalgLuSolveBackward0}). */
    public static Tensor luSolve(Tensor lu, Tensor pivots, Tensor b) {
        return LinearSolvers.luSolve(lu, pivots, b, true, false);
    }

    /** {@code torch.linalg.lu_solve(LU, pivots, B, adjoint=adjoint)} (node {@code LinalgLuSolveBackward0}). */
    public static Tensor luSolve(Tensor lu, Tensor pivots, Tensor b, boolean adjoint) {
        return LinearSolvers.luSolve(lu, pivots, b, true, adjoint);
    }

    /**
     * {@code torch.linalg.lu_solve(LU, pivots, B, left=, adjoint=)}: X·A = B when not {@code left}
     * (node {@code LinalgLuSolveBackward0}).
     */
    public static Tensor luSolve(Tensor lu, Tensor pivots, Tensor b, boolean left, boolean adjoint) {
        return LinearSolvers.luSolve(lu, pivots, b, left, adjoint);
    }

    /** {@code torch.linalg.solve(A, B)} (node {@code LinalgSolveExBackward0}). */
    public static Tensor solve(Tensor a, Tensor b) {
        return LinearSolvers.solve(a, b, true);
    }

    /** {@code torch.linalg.solve(A, B, left=)}: X·A = B when not {@code left} (node {@code LinalgSolveExBackward0}). */
    public static Tensor solve(Tensor a, Tensor b, boolean left) {
        return LinearSolvers.solve(a, b, left);
    }

    /** {@code torch.linalg.solve_ex(A, B)}: no error for singular A (node {@code LinalgSolveExBackward0}). */
    public static SolveEx solveEx(Tensor a, Tensor b) {
        return solveEx(a, b, true, false);
    }

    /** {@code torch.linalg.solve_ex(A, B, left=, check_errors=)} (node {@code LinalgSolveExBackward0}). */
    public static SolveEx solveEx(Tensor a, Tensor b, boolean left, boolean checkErrors) {
        Tensor[] r = LinearSolvers.solveEx(a, b, left, checkErrors);
        return new SolveEx(r[0], r[1]);
    }

    /** {@code torch.linalg.inv(A)} (node {@code LinalgInvExBackward0}). */
    public static Tensor inv(Tensor a) {
        return LinearSolvers.inv(a);
    }

    /** {@code torch.linalg.inv_ex(A)}: no error for singular A (node {@code LinalgInvExBackward0}). */
    public static InvEx invEx(Tensor a) {
        return invEx(a, false);
    }

    /** {@code torch.linalg.inv_ex(A, check_errors=)} (node {@code LinalgInvExBackward0}). */
    public static InvEx invEx(Tensor a, boolean checkErrors) {
        Tensor[] r = LinearSolvers.invEx(a, checkErrors);
        return new InvEx(r[0], r[1]);
    }

    // ---- determinants ----

    /** {@code torch.linalg.det(A)} (node {@code LinalgDetBackward0}). */
    public static Tensor det(Tensor a) {
        return Determinants.det(a);
    }

    /** {@code torch.linalg.slogdet(A)} (node {@code LinalgSlogdetBackward0}). */
    public static Slogdet slogdet(Tensor a) {
        Tensor[] r = Determinants.slogdet(a);
        return new Slogdet(r[0], r[1]);
    }

    // ---- least squares and pseudoinverse ----

    /** {@code torch.linalg.pinv(A)} (node {@code LinalgPinvBackward0}). */
    public static Tensor pinv(Tensor a) {
        return LeastSquares.pinv(a, null, null, false);
    }

    /** {@code torch.linalg.pinv(A, atol=, rtol=)}; null takes PyTorch's default (node {@code LinalgPinvBackward0}). */
    public static Tensor pinv(Tensor a, Double atol, Double rtol) {
        return LeastSquares.pinv(a, atol, rtol, false);
    }

    /**
     * {@code torch.linalg.pinv(A, hermitian=)}: with {@code hermitian}, A is taken as symmetric
     * (only its lower triangle is read) and inverted through its eigenvalues (node {@code LinalgPinvBackward0}).
     */
    public static Tensor pinv(Tensor a, boolean hermitian) {
        return LeastSquares.pinv(a, null, null, hermitian);
    }

    /** {@code torch.linalg.pinv(A, atol=, rtol=, hermitian=)} (node {@code LinalgPinvBackward0}). */
    public static Tensor pinv(Tensor a, Double atol, Double rtol, boolean hermitian) {
        return LeastSquares.pinv(a, atol, rtol, hermitian);
    }

    /** {@code torch.linalg.lstsq(A, B)} with the CPU default driver "gelsy" (node {@code LinalgLstsqBackward0}). */
    public static Lstsq lstsq(Tensor a, Tensor b) {
        return lstsq(a, b, null);
    }

    /** {@code torch.linalg.lstsq(A, B, rcond)}; null takes PyTorch's default (node {@code LinalgLstsqBackward0}). */
    public static Lstsq lstsq(Tensor a, Tensor b, Double rcond) {
        Tensor[] r = LeastSquares.lstsq(a, b, rcond);
        return new Lstsq(r[0], r[1], r[2], r[3]);
    }

    /** {@code torch.linalg.matrix_rank(A)} (int64, not differentiable). */
    public static Tensor matrixRank(Tensor a) {
        return MatrixNorms.matrixRank(a, null, null, false);
    }

    /**
     * {@code torch.linalg.matrix_rank(A, hermitian=)}: with {@code hermitian}, A is taken as
     * symmetric (its lower triangle) and its eigenvalues' magnitudes are counted.
     */
    public static Tensor matrixRank(Tensor a, boolean hermitian) {
        return MatrixNorms.matrixRank(a, null, null, hermitian);
    }

    /** {@code torch.linalg.matrix_rank(A, atol=, rtol=, hermitian=)}. */
    public static Tensor matrixRank(Tensor a, Double atol, Double rtol, boolean hermitian) {
        return MatrixNorms.matrixRank(a, atol, rtol, hermitian);
    }

    /** {@code torch.linalg.matrix_rank(A, atol=, rtol=)}; null takes PyTorch's default. */
    public static Tensor matrixRank(Tensor a, Double atol, Double rtol) {
        return MatrixNorms.matrixRank(a, atol, rtol, false);
    }

    // ---- norms and condition numbers ----

    /** {@code torch.linalg.vector_norm(x)}: the 2-norm of all elements (node {@code LinalgVectorNormBackward0}). */
    public static Tensor vectorNorm(Tensor x) {
        return Norms.vectorNorm(x, 2, new int[0], false);
    }

    /** {@code torch.linalg.vector_norm(x, ord, dim, keepdim)}, all dims if empty (node {@code LinalgVectorNormBackward0}). */
    public static Tensor vectorNorm(Tensor x, double ord, int[] dim, boolean keepdim) {
        return Norms.vectorNorm(x, ord, dim, keepdim);
    }

    /** {@code torch.linalg.matrix_norm(A)}: the Frobenius norm (node {@code LinalgVectorNormBackward0}). */
    public static Tensor matrixNorm(Tensor a) {
        return MatrixNorms.matrixNorm(a, "fro", -2, -1, false);
    }

    /** {@code torch.linalg.matrix_norm(A, ord)}, ord "fro" or "nuc". */
    public static Tensor matrixNorm(Tensor a, String ord) {
        return MatrixNorms.matrixNorm(a, ord, -2, -1, false);
    }

    /** {@code torch.linalg.matrix_norm(A, ord)}, ord ±1, ±2 or ±inf. */
    public static Tensor matrixNorm(Tensor a, double ord) {
        return MatrixNorms.matrixNorm(a, ord, -2, -1, false);
    }

    /** {@code torch.linalg.matrix_norm(A, ord, dim=(rowDim, colDim), keepdim)}, ord ±1, ±2 or ±inf. */
    public static Tensor matrixNorm(Tensor a, double ord, int rowDim, int colDim, boolean keepdim) {
        return MatrixNorms.matrixNorm(a, ord, rowDim, colDim, keepdim);
    }

    /** {@code torch.linalg.matrix_norm(A, ord, dim=(rowDim, colDim), keepdim)}, ord "fro" or "nuc". */
    public static Tensor matrixNorm(Tensor a, String ord, int rowDim, int colDim, boolean keepdim) {
        return MatrixNorms.matrixNorm(a, ord, rowDim, colDim, keepdim);
    }

    /** {@code torch.linalg.norm(x)}: the 2-norm of all elements (node {@code LinalgVectorNormBackward0}). */
    public static Tensor norm(Tensor x) {
        return vectorNorm(x);
    }

    /** {@code torch.linalg.norm(x, ord)}: a vector norm of a 1-D x, a matrix norm of a 2-D x. */
    public static Tensor norm(Tensor x, double ord) {
        if (x.dim() == 2) {
            return matrixNorm(x, ord);
        }
        if (x.dim() != 1) {
            throw new IllegalArgumentException("linalg.norm: If dim is not specified but ord is, the input must be 1D "
                    + "or 2D. Got " + x.dim() + "D.");
        }
        return Norms.vectorNorm(x, ord, new int[0], false);
    }

    /** {@code torch.linalg.norm(A, ord)}, ord "fro" or "nuc". */
    public static Tensor norm(Tensor a, String ord) {
        return matrixNorm(a, ord);
    }

    /** {@code torch.linalg.cond(A)}: in the 2-norm, σ₁/σₙ. */
    public static Tensor cond(Tensor a) {
        return MatrixNorms.cond(a, 2);
    }

    /** {@code torch.linalg.cond(A, p)}, p ±1, ±2 or ±inf. */
    public static Tensor cond(Tensor a, double p) {
        return MatrixNorms.cond(a, p);
    }

    /** {@code torch.linalg.cond(A, p)}, p "fro" or "nuc". */
    public static Tensor cond(Tensor a, String p) {
        return MatrixNorms.cond(a, p);
    }

    // ---- matrix functions ----

    /** {@code torch.linalg.matrix_power(A, n)}, composed of matrix products. */
    public static Tensor matrixPower(Tensor a, int n) {
        return MatrixFunctions.matrixPower(a, n);
    }

    /** {@code torch.linalg.matrix_exp(A)} (node {@code LinalgMatrixExpBackward0}). */
    public static Tensor matrixExp(Tensor a) {
        return MatrixFunctions.matrixExp(a);
    }

    // ---- products ----

    /** {@code torch.linalg.cross(a, b)} along the last dim (node {@code LinalgCrossBackward0}). */
    public static Tensor cross(Tensor a, Tensor b) {
        return TensorProducts.cross(a, b, -1);
    }

    /** {@code torch.linalg.cross(a, b, dim)} (node {@code LinalgCrossBackward0}). */
    public static Tensor cross(Tensor a, Tensor b, int dim) {
        return TensorProducts.cross(a, b, dim);
    }

    /** {@code torch.linalg.vecdot(x, y)}: dot products along the last dim, broadcasting (composed: mul, sum). */
    public static Tensor vecdot(Tensor x, Tensor y) {
        return TensorProducts.vecdot(x, y, -1);
    }

    /** {@code torch.linalg.vecdot(x, y, dim=)} (composed: mul, sum). */
    public static Tensor vecdot(Tensor x, Tensor y, int dim) {
        return TensorProducts.vecdot(x, y, dim);
    }

    /** {@code torch.linalg.multi_dot(tensors)}, in the cheapest order. */
    public static Tensor multiDot(List<Tensor> tensors) {
        return TensorProducts.multiDot(tensors);
    }

    /** {@code torch.kron(a, b)}. */
    public static Tensor kron(Tensor a, Tensor b) {
        return TensorProducts.kron(a, b);
    }

    /** {@code torch.tensordot(a, b, dims)}: contracts the last dims of a with the first of b. */
    public static Tensor tensordot(Tensor a, Tensor b, int dims) {
        return TensorProducts.tensordot(a, b, dims);
    }

    /** {@code torch.tensordot(a, b, dims=(dimsA, dimsB))}. */
    public static Tensor tensordot(Tensor a, Tensor b, int[] dimsA, int[] dimsB) {
        return TensorProducts.tensordot(a, b, dimsA, dimsB);
    }

    /** {@code torch.cdist(x1, x2, p)} (node {@code CdistBackward0}). */
    public static Tensor cdist(Tensor x1, Tensor x2, double p) {
        return PairwiseDistances.cdist(x1, x2, p);
    }
}
