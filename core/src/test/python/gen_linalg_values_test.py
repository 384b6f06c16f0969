#!/usr/bin/env python3
"""Regenerates LinalgValuesTest.java from real PyTorch 1.13.

Run with a Python that has torch 1.13:
    python3 core/src/test/python/gen_linalg_values_test.py
Each case gives float64 inputs (a well-conditioned matrix, a batch, or an ill-conditioned one such
as a Hilbert matrix), a PyTorch expression and the Java expression that mirrors it. The script
records the output's values, shape and grad_fn name, then backpropagates the weights
linspace(0.5, 1.5, n) and records each input's gradient. Eigenvectors and singular vectors are
unique only up to sign, so their cases compare sign-invariant quantities (squares, products);
Q and R of the QR decomposition follow LAPACK's sign convention, which autograd4j's Householder
QR shares, so they are compared directly. Cases whose expression raises record the message.
The tolerance of a case is relative to the largest expected magnitude and allows for its
condition number.
"""
import torch

import torch_values as tv

assert torch.__version__.startswith("1.13"), torch.__version__
torch.set_default_dtype(torch.float64)

WELL = [[4.0, 1.0, -2.0], [0.5, 3.0, 1.0], [-1.0, 2.0, 5.0]]
SPD = [[4.0, 1.0, -1.0], [1.0, 3.0, 0.5], [-1.0, 0.5, 2.0]]
BATCH = [[[2.0, -1.0], [1.0, 3.0]], [[-1.5, 0.5], [2.0, 1.0]]]
TALL = [[1.0, 2.0], [3.0, -1.0], [0.5, 4.0]]
WIDE = [[1.0, -2.0, 0.5], [3.0, 1.0, 2.0]]
RHS = [[1.0, -1.0], [2.0, 0.5], [0.0, 3.0]]
POINTS = [[1.0, 2.0, 0.5], [3.0, -1.0, 1.0]]
# geqrf's reflectors and scales for TALL, as householder_product takes them
GEQRF_A, GEQRF_TAU = (t.tolist() for t in torch.geqrf(torch.tensor(TALL, dtype=torch.float64)))
SINGULAR = [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]]
NOT_PD = [[1.0, 2.0], [2.0, 1.0]]
HILBERT = [[1.0 / (i + j + 1) for j in range(5)] for i in range(5)]
# A lower-triangular matrix with a tiny diagonal entry: condition number about 1e8.
ILL_TRI = [[1.0, 0.0, 0.0], [0.5, 1e-8, 0.0], [-2.0, 3.0, 1.0]]

# The nodes the linalg ops record themselves; composed ops (multi_dot, cond, kron, ...) end in
# whichever shaping op ends PyTorch's composition, an implementation detail not checked here.
RECORDED_NODES = {"LinalgCholeskyExBackward0", "LinalgSolveTriangularBackward0", "CholeskySolveBackward0",
                  "LinalgLuFactorExBackward0", "LinalgLuBackward0", "LinalgLuSolveBackward0", "LinalgSolveExBackward0",
                  "LinalgInvExBackward0", "LinalgDetBackward0", "LinalgSlogdetBackward0", "LinalgQrBackward0",
                  "LinalgEighBackward0", "LinalgSvdBackward0", "LinalgPinvBackward0", "LinalgLstsqBackward0",
                  "LinalgVectorNormBackward0", "LinalgMatrixExpBackward0", "LinalgCrossBackward0", "CdistBackward0"}

# (name, PyTorch expression, Java expression, inputs [(name, values)], tolerance, exception or None)
CASES = [
    ("cholesky", "L.cholesky(a)", "Linalg.cholesky(a)", [("a", SPD)], 1e-13),
    ("choleskyUpper", "L.cholesky(a, upper=True)", "Linalg.cholesky(a, true)", [("a", SPD)], 1e-13),
    ("choleskyHilbert", "L.cholesky(a)", "Linalg.cholesky(a)", [("a", HILBERT)], 1e-9),
    ("solveTriangularLower", "L.solve_triangular(a, b, upper=False)", "Linalg.solveTriangular(a, b, false)",
     [("a", WELL), ("b", RHS)], 1e-13),
    ("solveTriangularUpperRightUnit", "L.solve_triangular(a, b, upper=True, left=False, unitriangular=True)",
     "Linalg.solveTriangular(a, b, true, false, true)", [("a", WELL), ("b", WIDE)], 1e-13),
    ("solveTriangularIllConditioned", "L.solve_triangular(a, b, upper=False)", "Linalg.solveTriangular(a, b, false)",
     [("a", ILL_TRI), ("b", RHS)], 1e-6),
    ("choleskySolve", "torch.cholesky_solve(b, a)", "Linalg.choleskySolve(b, a)",
     [("a", [[2.0, 0.0, 0.0], [0.5, 1.5, 0.0], [-1.0, 0.25, 1.0]]), ("b", RHS)], 1e-13),
    ("luFactor", "L.lu_factor(a)[0]", "Linalg.luFactor(a).lu()", [("a", WELL)], 1e-13),
    ("luFactorPivots", "L.lu_factor(a)[1].long()", "Linalg.luFactor(a).pivots()", [("a", BATCH)], 0),
    ("luFactorTall", "L.lu_factor(a)[0]", "Linalg.luFactor(a).lu()", [("a", TALL)], 1e-13),
    ("luP", "L.lu(a)[0]", "Linalg.lu(a).p()", [("a", WELL)], 0),
    ("luL", "L.lu(a)[1]", "Linalg.lu(a).l()", [("a", WIDE)], 1e-13),
    ("luU", "L.lu(a)[2]", "Linalg.lu(a).u()", [("a", WELL)], 1e-13),
    ("luSolve", "L.lu_solve(*L.lu_factor(a), b)", "luSolve(a, b, false)", [("a", WELL), ("b", RHS)], 1e-13),
    ("luSolveAdjoint", "L.lu_solve(*L.lu_factor(a), b, adjoint=True)", "luSolve(a, b, true)",
     [("a", WELL), ("b", RHS)], 1e-13),
    ("solve", "L.solve(a, b)", "Linalg.solve(a, b)", [("a", WELL), ("b", RHS)], 1e-13),
    ("solveBatchedVector", "L.solve(a, b)", "Linalg.solve(a, b)", [("a", BATCH), ("b", [1.0, -2.0])], 1e-13),
    ("solveHilbert", "L.solve(a, b)", "Linalg.solve(a, b)", [("a", HILBERT), ("b", [1.0, 0.0, -1.0, 2.0, 0.5])], 1e-6),
    ("inv", "L.inv(a)", "Linalg.inv(a)", [("a", WELL)], 1e-13),
    ("invBatch", "L.inv(a)", "Linalg.inv(a)", [("a", BATCH)], 1e-13),
    ("invHilbert", "L.inv(a)", "Linalg.inv(a)", [("a", HILBERT)], 1e-6),
    ("det", "L.det(a)", "Linalg.det(a)", [("a", WELL)], 1e-13),
    ("detBatch", "L.det(a)", "Linalg.det(a)", [("a", BATCH)], 1e-13),
    ("detSingular", "L.det(a)", "Linalg.det(a)", [("a", SINGULAR)], 1e-12),
    ("detHilbert", "L.det(a)", "Linalg.det(a)", [("a", HILBERT)], 1e-7),
    ("slogdetLogabsdet", "L.slogdet(a)[1]", "Linalg.slogdet(a).logabsdet()", [("a", BATCH)], 1e-13),
    ("slogdetSign", "L.slogdet(a)[0]", "Linalg.slogdet(a).sign()", [("a", BATCH)], 0),
    ("qrQ", "L.qr(a)[0]", "Linalg.qr(a).q()", [("a", TALL)], 1e-13),
    ("qrR", "L.qr(a)[1]", "Linalg.qr(a).r()", [("a", WELL)], 1e-13),
    ("qrCompleteQWide", "L.qr(a, mode='complete')[0]", "Linalg.qr(a, \"complete\").q()", [("a", WIDE)], 1e-13),
    ("qrRWide", "L.qr(a)[1]", "Linalg.qr(a).r()", [("a", WIDE)], 1e-13),
    ("eigvalsh", "L.eigvalsh(a)", "Linalg.eigvalsh(a)", [("a", SPD)], 1e-13),
    ("eigvalshRepeated", "L.eigvalsh(a)", "Linalg.eigvalsh(a)", [("a", [[2.0, 0.0], [0.0, 2.0]])], 1e-13),
    ("eigvalshHilbert", "L.eigvalsh(a)", "Linalg.eigvalsh(a)", [("a", HILBERT)], 1e-12),
    ("eighUpper", "L.eigh(a, UPLO='U')[0]", "Linalg.eigh(a, \"U\").eigenvalues()", [("a", WELL)], 1e-13),
    ("eighVectorsSquared", "L.eigh(a)[1] ** 2", "Linalg.eigh(a).eigenvectors().pow(2)", [("a", SPD)], 1e-12),
    ("svdvals", "L.svdvals(a)", "Linalg.svdvals(a)", [("a", WELL)], 1e-13),
    ("svdvalsHilbert", "L.svdvals(a)", "Linalg.svdvals(a)", [("a", HILBERT)], 1e-12),
    ("svdS", "L.svd(a, full_matrices=False)[1]", "Linalg.svd(a, false).s()", [("a", WIDE)], 1e-13),
    ("svdUSquared", "L.svd(a, full_matrices=False)[0] ** 2", "Linalg.svd(a, false).u().pow(2)", [("a", TALL)], 1e-12),
    ("svdVhSquared", "L.svd(a)[2] ** 2", "Linalg.svd(a).vh().pow(2)", [("a", BATCH)], 1e-12),
    ("svdUVh", "(lambda r: r[0] @ r[2])(L.svd(a, full_matrices=False))",
     "svdProduct(a)", [("a", WELL)], 1e-12),
    ("pinvTall", "L.pinv(a)", "Linalg.pinv(a)", [("a", TALL)], 1e-13),
    ("pinvRankDeficient", "L.pinv(a)", "Linalg.pinv(a)", [("a", SINGULAR)], 1e-12),
    ("pinvHilbert", "L.pinv(a)", "Linalg.pinv(a)", [("a", HILBERT)], 1e-6),
    ("lstsqTall", "L.lstsq(a, b).solution", "Linalg.lstsq(a, b).solution()", [("a", TALL), ("b", RHS)], 1e-13),
    ("lstsqRank", "L.lstsq(a, b).rank", "Linalg.lstsq(a, b).rank()", [("a", WELL), ("b", RHS)], 0),
    ("matrixRank", "L.matrix_rank(a)", "Linalg.matrixRank(a)", [("a", SINGULAR)], 0),
    ("matrixRankBatch", "L.matrix_rank(a)", "Linalg.matrixRank(a)", [("a", [[[1.0, 2.0], [2.0, 4.0]], [[1.0, 0.0], [0.0, 1e-20]]])], 0),
    ("matrixRankTolerances", "L.matrix_rank(a, atol=0.5, rtol=0.0)", "Linalg.matrixRank(a, 0.5, 0.0)", [("a", HILBERT)], 0),
    ("vectorNorm", "L.vector_norm(a)", "Linalg.vectorNorm(a)", [("a", WELL)], 1e-13),
    ("vectorNormOrd3Dim", "L.vector_norm(a, 3, dim=0, keepdim=True)", "Linalg.vectorNorm(a, 3, new int[] {0}, true)",
     [("a", WELL)], 1e-13),
    ("vectorNormInf", "L.vector_norm(a, float('inf'), dim=-1)",
     "Linalg.vectorNorm(a, Double.POSITIVE_INFINITY, new int[] {-1}, false)", [("a", WELL)], 1e-13),
    ("matrixNormFro", "L.matrix_norm(a)", "Linalg.matrixNorm(a)", [("a", BATCH)], 1e-13),
    ("matrixNormNuc", "L.matrix_norm(a, 'nuc')", "Linalg.matrixNorm(a, \"nuc\")", [("a", WELL)], 1e-13),
    ("matrixNorm1", "L.matrix_norm(a, 1)", "Linalg.matrixNorm(a, 1)", [("a", WELL)], 1e-13),
    ("matrixNormMinus1", "L.matrix_norm(a, -1)", "Linalg.matrixNorm(a, -1)", [("a", BATCH)], 1e-13),
    ("matrixNorm2", "L.matrix_norm(a, 2)", "Linalg.matrixNorm(a, 2)", [("a", TALL)], 1e-13),
    ("matrixNormMinus2", "L.matrix_norm(a, -2)", "Linalg.matrixNorm(a, -2)", [("a", WELL)], 1e-13),
    ("matrixNormInf", "L.matrix_norm(a, float('inf'))", "Linalg.matrixNorm(a, Double.POSITIVE_INFINITY)", [("a", WELL)],
     1e-13),
    ("matrixNormMinusInfDims", "L.matrix_norm(a, -float('inf'), dim=(0, 2), keepdim=True)",
     "Linalg.matrixNorm(a, Double.NEGATIVE_INFINITY, 0, 2, true)", [("a", BATCH)], 1e-13),
    ("normVector", "L.norm(a, 1)", "Linalg.norm(a, 1)", [("a", [1.0, -2.0, 3.5])], 1e-13),
    ("normMatrix", "L.norm(a, 2)", "Linalg.norm(a, 2)", [("a", WELL)], 1e-13),
    ("cond", "L.cond(a)", "Linalg.cond(a)", [("a", WELL)], 1e-12),
    ("condHilbert", "L.cond(a)", "Linalg.cond(a)", [("a", HILBERT)], 1e-7),
    ("condFro", "L.cond(a, 'fro')", "Linalg.cond(a, \"fro\")", [("a", WELL)], 1e-12),
    ("condInf", "L.cond(a, float('inf'))", "Linalg.cond(a, Double.POSITIVE_INFINITY)", [("a", BATCH)], 1e-12),
    ("matrixPower3", "L.matrix_power(a, 3)", "Linalg.matrixPower(a, 3)", [("a", WELL)], 1e-13),
    ("matrixPowerMinus2", "L.matrix_power(a, -2)", "Linalg.matrixPower(a, -2)", [("a", BATCH)], 1e-13),
    ("matrixPower0", "L.matrix_power(a, 0)", "Linalg.matrixPower(a, 0)", [("a", BATCH)], 0),
    ("matrixExp", "L.matrix_exp(a)", "Linalg.matrixExp(a)", [("a", [[0.1, 0.2, -0.3], [0.0, -0.2, 0.5], [0.4, 0.1, 0.3]])],
     1e-13),
    ("matrixExpLargeNorm", "L.matrix_exp(a)", "Linalg.matrixExp(a)", [("a", WELL)], 1e-12),
    ("matrixExpBatch", "L.matrix_exp(a)", "Linalg.matrixExp(a)", [("a", BATCH)], 1e-12),
    ("cross", "L.cross(a, b)", "Linalg.cross(a, b)", [("a", WELL), ("b", [[1.0, 0.5, -2.0]])], 1e-13),
    ("multiDot", "L.multi_dot([a, b, c])", "Linalg.multiDot(java.util.List.of(a, b, c))",
     [("a", [1.0, 2.0, -1.0]), ("b", WELL), ("c", TALL)], 1e-13),
    ("kron", "torch.kron(a, b)", "Linalg.kron(a, b)", [("a", WIDE), ("b", [[1.0, -1.0], [0.5, 2.0]])], 1e-13),
    ("tensordot", "torch.tensordot(a, b, dims=([0], [1]))", "Linalg.tensordot(a, b, new int[] {0}, new int[] {1})",
     [("a", TALL), ("b", WIDE)], 1e-13),
    ("cdist", "torch.cdist(a, b)", "Linalg.cdist(a, b, 2)", [("a", WELL), ("b", POINTS)], 1e-13),
    ("cdistP1", "torch.cdist(a, b, p=1)", "Linalg.cdist(a, b, 1)", [("a", TALL), ("b", [[0.0, 1.0], [2.0, 2.0]])], 1e-13),
    ("cdistPInf", "torch.cdist(a, b, p=float('inf'))", "Linalg.cdist(a, b, Double.POSITIVE_INFINITY)",
     [("a", TALL), ("b", [[0.0, 1.0], [2.0, 2.5]])], 1e-13),
    ("cdistMatrixProductMode", "torch.cdist(a, b, compute_mode='use_mm_for_euclid_dist')", "Linalg.cdist(a, b, 2)",
     [("a", WELL), ("b", POINTS)], 1e-12),
    ("householderProduct", "L.householder_product(a, b)", "Linalg.householderProduct(a, b)",
     [("a", GEQRF_A), ("b", GEQRF_TAU)], 1e-13),
    # degenerate inputs: PyTorch's formulas divide by gaps between eigenvalues or singular values,
    # giving infinities or NaN where they repeat, and autograd4j's the same
    ("eighRepeatedVectorsSquared", "(L.eigh(a)[1] ** 2).sum()", "Linalg.eigh(a).eigenvectors().pow(2).sum()",
     [("a", [[2.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 1.0]])], 1e-13),
    ("svdRepeatedUSquared", "L.svd(a)[0] ** 2", "Linalg.svd(a).u().pow(2)",
     [("a", [[3.0, 0.0], [0.0, 3.0]])], 1e-13),
    ("detSingularBatch", "L.det(a)", "Linalg.det(a)", [("a", [SINGULAR, WELL])], 1e-12),
    # the options: left=False, the _ex variants, hermitian, vecdot
    ("solveRight", "L.solve(a, b, left=False)", "Linalg.solve(a, b, false)", [("a", WELL), ("b", WIDE)], 1e-13),
    ("solveRightBatch", "L.solve(a, b, left=False)", "Linalg.solve(a, b, false)",
     [("a", BATCH), ("b", [[1.0, 2.0], [3.0, -4.0], [0.5, 6.0]])], 1e-13),
    ("luSolveRight", "L.lu_solve(*L.lu_factor(a), b, left=False)", "luSolve(a, b, false, false)",
     [("a", WELL), ("b", WIDE)], 1e-13),
    ("luSolveRightAdjoint", "L.lu_solve(*L.lu_factor(a), b, left=False, adjoint=True)", "luSolve(a, b, false, true)",
     [("a", WELL), ("b", WIDE)], 1e-13),
    ("solveExRight", "L.solve_ex(a, b, left=False).result", "Linalg.solveEx(a, b, false, false).result()",
     [("a", WELL), ("b", WIDE)], 1e-13),
    ("solveExInfo", "L.solve_ex(a, b).info.long()", "Linalg.solveEx(a, b).info()",
     [("a", [[[2.0, -1.0], [1.0, 3.0]], [[1.0, 2.0], [2.0, 4.0]]]), ("b", [[1.0], [2.0]])], 0),
    ("invEx", "L.inv_ex(a).inverse", "Linalg.invEx(a).inverse()", [("a", WELL)], 1e-13),
    ("invExInfo", "L.inv_ex(a).info.long()", "Linalg.invEx(a).info()",
     [("a", [[[2.0, -1.0], [1.0, 3.0]], [[1.0, 2.0], [2.0, 4.0]]])], 0),
    ("choleskyEx", "L.cholesky_ex(a).L", "Linalg.choleskyEx(a).l()", [("a", SPD)], 1e-13),
    ("choleskyExUpper", "L.cholesky_ex(a, upper=True).L", "Linalg.choleskyEx(a, true, false).l()", [("a", SPD)],
     1e-13),
    ("choleskyExInfo", "L.cholesky_ex(a).info.long()", "Linalg.choleskyEx(a).info()",
     [("a", [[[1.0, 0.0], [0.0, 1.0]], NOT_PD])], 0),
    ("luFactorEx", "L.lu_factor_ex(a).LU", "Linalg.luFactorEx(a).lu()", [("a", WELL)], 1e-13),
    ("luFactorExPivots", "L.lu_factor_ex(a).pivots.long()", "Linalg.luFactorEx(a).pivots()",
     [("a", [[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])], 0),
    ("luFactorExInfo", "L.lu_factor_ex(a).info.long()", "Linalg.luFactorEx(a).info()",
     [("a", [[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])], 0),
    ("pinvHermitian", "L.pinv(a, hermitian=True)", "Linalg.pinv(a, true)", [("a", SPD)], 1e-13),
    ("pinvHermitianIndefinite", "L.pinv(a, hermitian=True)", "Linalg.pinv(a, true)",
     [("a", [[1.0, 2.0, 0.0], [2.0, -1.0, 1.0], [0.0, 1.0, 3.0]])], 1e-12),
    ("pinvHermitianSingular", "L.pinv(a, atol=1e-9, hermitian=True)", "Linalg.pinv(a, 1e-9, null, true)",
     [("a", [[1.0, 2.0], [2.0, 4.0]])], 1e-12),
    ("matrixRankHermitian", "L.matrix_rank(a, hermitian=True)", "Linalg.matrixRank(a, true)",
     [("a", [[[1.0, 2.0], [2.0, 4.0]], [[-1.0, 0.0], [0.0, 2.0]]])], 0),
    ("vecdot", "L.vecdot(a, b)", "Linalg.vecdot(a, b)", [("a", WELL), ("b", [1.0, 2.0, -1.0])], 1e-13),
    ("vecdotDim", "L.vecdot(a, b, dim=0)", "Linalg.vecdot(a, b, 0)", [("a", TALL), ("b", [[2.0], [1.0], [-1.0]])],
     1e-13),
    # errors
    ("choleskyNotPositiveDefinite", "L.cholesky(a)", "Linalg.cholesky(a)", [("a", NOT_PD)], 0, "ArithmeticException"),
    ("choleskyBatchNotPositiveDefinite", "L.cholesky(a)", "Linalg.cholesky(a)",
     [("a", [[[1.0, 0.0], [0.0, 1.0]], NOT_PD])], 0, "ArithmeticException"),
    ("choleskyNotSquare", "L.cholesky(a)", "Linalg.cholesky(a)", [("a", TALL)], 0, "IllegalArgumentException"),
    ("choleskyVector", "L.cholesky(a)", "Linalg.cholesky(a)", [("a", [1.0, 2.0])], 0, "IllegalArgumentException"),
    ("invSingular", "L.inv(a)", "Linalg.inv(a)", [("a", SINGULAR)], 0, "ArithmeticException"),
    ("invBatchSingular", "L.inv(a)", "Linalg.inv(a)", [("a", [[[0.0, 0.0], [0.0, 0.0]], [[1.0, 0.0], [0.0, 1.0]]])],
     0, "ArithmeticException"),
    ("solveSingular", "L.solve(a, b)", "Linalg.solve(a, b)", [("a", SINGULAR), ("b", RHS)], 0, "ArithmeticException"),
    ("solveIncompatible", "L.solve(a, b)", "Linalg.solve(a, b)", [("a", WELL), ("b", WIDE)], 0,
     "IllegalArgumentException"),
    ("detNotSquare", "L.det(a)", "Linalg.det(a)", [("a", WIDE)], 0, "IllegalArgumentException"),
    ("qrBadMode", "L.qr(a, mode='full')", "Linalg.qr(a, \"full\")", [("a", WELL)], 0, "IllegalArgumentException"),
    ("eighBadUplo", "L.eigh(a, UPLO='X')", "Linalg.eigh(a, \"X\")", [("a", SPD)], 0, "IllegalArgumentException"),
    ("solveTriangularIncompatible", "L.solve_triangular(a, b, upper=True)", "Linalg.solveTriangular(a, b, true)",
     [("a", WELL), ("b", WIDE)], 0, "IllegalArgumentException"),
    ("matrixNormBadOrder", "L.matrix_norm(a, 3)", "Linalg.matrixNorm(a, 3)", [("a", WELL)], 0,
     "IllegalArgumentException"),
    ("crossWrongLength", "L.cross(a, b)", "Linalg.cross(a, b)", [("a", BATCH), ("b", BATCH)], 0,
     "IllegalArgumentException"),
    ("multiDotOne", "L.multi_dot([a])", "Linalg.multiDot(java.util.List.of(a))", [("a", WELL)], 0,
     "IllegalArgumentException"),
    ("multiDotIncompatible", "L.multi_dot([a, b])", "Linalg.multiDot(java.util.List.of(a, b))", [("a", WIDE), ("b", WIDE)],
     0, "IllegalArgumentException"),
    ("householderProductWide", "L.householder_product(a, b)", "Linalg.householderProduct(a, b)",
     [("a", WIDE), ("b", [1.0])], 0, "IllegalArgumentException"),
    ("matrixExpNotSquare", "L.matrix_exp(a)", "Linalg.matrixExp(a)", [("a", WIDE)], 0, "IllegalArgumentException"),
    ("cdistColumns", "torch.cdist(a, b)", "Linalg.cdist(a, b, 2)", [("a", WELL), ("b", TALL)], 0,
     "IllegalArgumentException"),
    ("choleskySolveIncompatible", "torch.cholesky_solve(b, a)", "Linalg.choleskySolve(b, a)",
     [("a", [[1.0, 0.0], [0.0, 1.0]]), ("b", RHS)], 0, "IllegalArgumentException"),
    ("solveRightShapes", "L.solve(a, b, left=False)", "Linalg.solve(a, b, false)", [("a", WELL), ("b", RHS)], 0,
     "IllegalArgumentException"),
    ("luFactorSingular", "L.lu_factor(a)", "Linalg.luFactor(a).lu()", [("a", [[1.0, 2.0], [2.0, 4.0]])], 0,
     "ArithmeticException"),
    ("luFactorExCheckErrors", "L.lu_factor_ex(a, check_errors=True)", "Linalg.luFactorEx(a, true).lu()",
     [("a", [[[1.0, 0.0], [0.0, 1.0]], [[1.0, 2.0], [2.0, 4.0]]])], 0, "ArithmeticException"),
    ("choleskyExCheckErrors", "L.cholesky_ex(a, check_errors=True)", "Linalg.choleskyEx(a, false, true).l()",
     [("a", [[[1.0, 0.0], [0.0, 1.0]], NOT_PD])], 0, "ArithmeticException"),
    ("invExCheckErrors", "L.inv_ex(a, check_errors=True)", "Linalg.invEx(a, true).inverse()", [("a", SINGULAR)], 0,
     "ArithmeticException"),
    ("solveExCheckErrors", "L.solve_ex(a, b, check_errors=True)", "Linalg.solveEx(a, b, true, true).result()",
     [("a", SINGULAR), ("b", RHS)], 0, "ArithmeticException"),
]


def scaled_check(java, t, tol):
    """The Java check of a float64 result: each element within tol times the largest expected magnitude."""
    return tv.statement(f"assertClose({java}, {tv.java_shape(t.shape)}, {tol!r}, {tv.java_values(t)});")


def emit_case(case):
    name, expr, java, inputs, tol = case[:5]
    exception = case[5] if len(case) > 5 else None
    env = {"torch": torch, "L": torch.linalg}
    body = []
    for var, values in inputs:
        env[var] = torch.tensor(values).requires_grad_(exception is None)
        body += tv.input_line(var, env[var], exception is None)
    if exception is not None:
        try:
            eval(expr, env)
        except RuntimeError as e:
            return tv.method(name, body + tv.error_check(exception, e, java), expr)
        raise AssertionError(name + " did not raise")
    out = eval(expr, env)
    body += tv.statement(f"Tensor out = {java};")
    if out.dtype == torch.int64:
        return tv.method(name, body + tv.value_check("out", out), expr)
    body += scaled_check("out", out, tol)
    node = tv.node_name(out)
    if node in RECORDED_NODES and "compute_mode" not in expr:
        body += tv.node_check("out", node)
    if not out.requires_grad:
        return tv.method(name, body, expr)
    try:
        body += tv.backward_weighted(out)
    except RuntimeError as e:
        # PyTorch 1.13's own backward fails here (cond with p other than ±2 modifies the saved
        # inverse in place); autograd4j's gradient is checked by gradcheck in LinalgSpecs instead.
        return tv.method(name, body + ["        // PyTorch 1.13 cannot backpropagate through this: "
                                       + str(e).split(":")[0]], expr)
    for var, _ in inputs:
        g = env[var].grad
        body += scaled_check(f"{var}.grad()", torch.zeros_like(env[var]) if g is None else g, max(tol, 1e-12) * 10)
    return tv.method(name, body, expr)


JAVADOC = """
Values, node names, gradients and error messages of {@code torch.linalg}, from real PyTorch 1.13
in float64, on well-conditioned, batched, singular and ill-conditioned (Hilbert) matrices.
Generated by core/src/test/python/gen_linalg_values_test.py; do not edit by hand, rerun it.
Each output is backpropagated with the weights linspace(0.5, 1.5, n).
"""

MEMBERS = '''    /**
     * Same shape, and each value within {@code tol} times the largest finite expected magnitude (at
     * least 1), which allows for the condition of the case; NaN and infinities exactly.
     */
    private static void assertClose(Tensor actual, int[] shape, double tol, double... expected) {
        assertArrayEquals(shape, actual.shape(), "shape");
        assertEquals(DType.FLOAT64, actual.dtype());
        double scale = 1;
        for (double e : expected) {
            scale = Double.isFinite(e) ? Math.max(scale, Math.abs(e)) : scale;
        }
        double[] values = actual.toDoubleArray();
        assertEquals(expected.length, values.length, "element count");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], values[i], tol * scale, "element " + i);
        }
    }

    private static Tensor luSolve(Tensor a, Tensor b, boolean adjoint) {
        LUFactor f = Linalg.luFactor(a);
        return Linalg.luSolve(f.lu(), f.pivots(), b, adjoint);
    }

    private static Tensor luSolve(Tensor a, Tensor b, boolean left, boolean adjoint) {
        LUFactor f = Linalg.luFactor(a);
        return Linalg.luSolve(f.lu(), f.pivots(), b, left, adjoint);
    }

    /** U·Vᴴ of the reduced SVD: invariant under the sign of each singular pair. */
    private static Tensor svdProduct(Tensor a) {
        SVD svd = Linalg.svd(a, false);
        return svd.u().matmul(svd.vh());
    }
'''


def main():
    tv.write_test("LinalgValuesTest", JAVADOC, [emit_case(c) for c in CASES], members=MEMBERS,
                  imports=["org.autograd4j.DType", "org.autograd4j.linalg.LUFactor", "org.autograd4j.linalg.Linalg",
                           "org.autograd4j.linalg.SVD"])


if __name__ == "__main__":
    main()
