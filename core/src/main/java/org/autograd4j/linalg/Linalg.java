package org.autograd4j.linalg;

import org.autograd4j.Tensor;
import org.autograd4j.ops.Determinants;
import org.autograd4j.ops.Factorizations;
import org.autograd4j.ops.LinearSolvers;

/**
 * PyTorch's {@code torch.linalg}, batched over leading dims, for float32 and float64. Each method
 * delegates to the op that computes it and records PyTorch's node. Factorizations run in float64
 * also for float32 inputs, then round to float32 (PyTorch computes in float32, so float32 results
 * may differ from PyTorch's in the last digits, closer to the exact ones). Eigenvectors and
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

    /** {@code torch.linalg.lu_factor(A)} (node {@code LinalgLuFactorExBackward0}). */
    public static LUFactor luFactor(Tensor a) {
        Tensor[] r = Factorizations.luFactor(a);
        return new LUFactor(r[0], r[1]);
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
        return LinearSolvers.luSolve(lu, pivots, b, false);
    }

    /** {@code torch.linalg.lu_solve(LU, pivots, B, adjoint=adjoint)} (node {@code LinalgLuSolveBackward0}). */
    public static Tensor luSolve(Tensor lu, Tensor pivots, Tensor b, boolean adjoint) {
        return LinearSolvers.luSolve(lu, pivots, b, adjoint);
    }

    /** {@code torch.linalg.solve(A, B)} (node {@code LinalgSolveExBackward0}). */
    public static Tensor solve(Tensor a, Tensor b) {
        return LinearSolvers.solve(a, b);
    }

    /** {@code torch.linalg.inv(A)} (node {@code LinalgInvExBackward0}). */
    public static Tensor inv(Tensor a) {
        return LinearSolvers.inv(a);
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
}
