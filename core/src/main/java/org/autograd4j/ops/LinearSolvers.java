package org.autograd4j.ops;

import static org.autograd4j.ops.Matrices.commonBatch;
import static org.autograd4j.ops.Matrices.expandBatch;
import static org.autograd4j.ops.Matrices.mT;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.linalg.Lu;
import org.autograd4j.kernels.linalg.TriangularSolve;

/**
 * Solving linear systems: triangular, from a Cholesky or LU factorization, general square
 * systems, and the inverse. Batch dims of A and B broadcast (the broadcast is an expand before the
 * node, so its gradient is summed back by {@code ExpandBackward0}). Backward formulas are PyTorch's.
 */
public final class LinearSolvers {
    private LinearSolvers() {
    }

    /**
     * X with A·X = B ({@code left}) or X·A = B, A upper or lower triangular (only that triangle is
     * read), its diagonal taken as ones with {@code unitriangular} (node {@code LinalgSolveTriangularBackward0}).
     */
    public static Tensor solveTriangular(Tensor a, Tensor b, boolean upper, boolean left, boolean unitriangular) {
        String op = "linalg.solve_triangular";
        LinalgChecks.square(op, a);
        LinalgChecks.solvable(op, a, b, left);
        int[] batch = commonBatch(a, b);
        Tensor ae = expandBatch(a, batch);
        Tensor be = expandBatch(b, batch);
        Tensor out = left ? substitute(ae, be, upper, unitriangular)
                : mT(substitute(mT(ae), mT(be), !upper, unitriangular)).contiguous();
        return Graph.record("LinalgSolveTriangularBackward0", out, ae, be, ctx -> {
            // d(A⁻¹B) = A⁻¹(dB - dA·X) (X·dA on the right), dA restricted to the triangle the solve reads
            ctx.forward(t -> {
                Tensor tA = Tangents.map(t[0], d -> readTriangle(d, upper, unitriangular));
                Tensor rhs = Tangents.sum(t[1], Tangents.map(tA, d -> (left ? d.matmul(out) : out.matmul(d)).neg()));
                return solveTriangular(ae, rhs, upper, left, unitriangular);
            });
            SavedTensor sa = ctx.save("self", ae);
            SavedTensor sx = ctx.save("result", out);
            return g -> {
                Tensor gB = solveTriangular(mT(sa.get()), g, !upper, left, unitriangular);
                Tensor gA = null;
                if (ctx.needsGrad(0)) {
                    Tensor x = sx.get();
                    gA = readTriangle((left ? gB.matmul(mT(x)) : mT(x).matmul(gB)).neg(), upper, unitriangular);
                }
                return new Tensor[] {gA, gB};
            };
        });
    }

    /** The part of {@code m} a triangular solve reads: its upper or lower triangle, without the diagonal if unit. */
    private static Tensor readTriangle(Tensor m, boolean upper, boolean unitriangular) {
        return upper ? m.triu(unitriangular ? 1 : 0) : m.tril(unitriangular ? -1 : 0);
    }

    /** The values of the left triangular solve, for A and B of the same batch shape. */
    private static Tensor substitute(Tensor a, Tensor b, boolean upper, boolean unitriangular) {
        MatrixBatch ma = MatrixBatch.of(a);
        MatrixBatch mb = MatrixBatch.of(b);
        double[][] x = new double[mb.count()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = mb.matrices[i].clone();
            TriangularSolve.solve(ma.matrices[i], ma.rows, upper, unitriangular, x[i], mb.cols, mb.precision());
        }
        return mb.matrices(x, mb.rows, mb.cols);
    }

    /**
     * X with A·X = B for A = L·Lᵀ given L (or A = Uᵀ·U given U with {@code upper}) (node
     * {@code CholeskySolveBackward0}); PyTorch's argument order: B first.
     */
    public static Tensor choleskySolve(Tensor b, Tensor factor, boolean upper) {
        if (b.dim() < 2 || factor.dim() < 2 || factor.size(-1) != factor.size(-2) || b.size(-2) != factor.size(-1)) {
            throw new IllegalArgumentException("Incompatible matrix sizes for cholesky_solve: each A matrix is "
                    + factor.size(-2) + " by " + factor.size(-1) + " but each b matrix is " + b.size(-2) + " by "
                    + b.size(-1));
        }
        int[] batch = commonBatch(b, factor);
        Tensor be = expandBatch(b, batch);
        Tensor fe = expandBatch(factor, batch);
        Tensor lower = upper ? mT(fe) : fe;
        Tensor out = substitute(mT(lower), substitute(lower, be, false, false), true, false);
        return Graph.record("CholeskySolveBackward0", out, be, fe, ctx -> {
            // d(A⁻¹B) = A⁻¹(dB - dA·X), with dA = dL·Lᵀ + L·dLᵀ
            ctx.forward(t -> {
                Tensor tA = Tangents.map(t[1], dF -> {
                    Tensor product = (upper ? mT(dF) : dF).matmul(mT(lower));
                    return product.add(mT(product));
                });
                return choleskySolve(Tangents.sum(t[0], Tangents.map(tA, d -> d.matmul(out).neg())), fe, upper);
            });
            SavedTensor sf = ctx.save("input2", fe);
            SavedTensor sx = ctx.save("result", out);
            return g -> {
                Tensor f = sf.get();
                Tensor gB = choleskySolve(g, f, upper);
                Tensor common = gB.matmul(mT(sx.get()));
                common = common.add(mT(common));
                Tensor gF = (upper ? f.matmul(common) : common.matmul(f)).neg();
                return new Tensor[] {gB, gF};
            };
        });
    }

    /**
     * X with op(A)·X = B ({@code left}) or X·op(A) = B, op(A) = Aᵀ with {@code adjoint}, from A's
     * packed LU and pivots (node {@code LinalgLuSolveBackward0}).
     */
    public static Tensor luSolve(Tensor lu, Tensor pivots, Tensor b, boolean left, boolean adjoint) {
        String op = "linalg.lu_solve";
        LinalgChecks.square(op, lu);
        LinalgChecks.solvable(op, lu, b, left);
        int[] batch = commonBatch(lu, b);
        Tensor le = expandBatch(lu, batch);
        Tensor be = expandBatch(b, batch);
        int[] pivotShape = Arrays.copyOf(batch, batch.length + 1);
        pivotShape[batch.length] = lu.size(-1);
        Tensor pe = pivots.expand(pivotShape);
        // X·op(A) = B is op(A)ᵀ·Xᵀ = Bᵀ: a left solve with the other transpose
        Tensor out = left ? luSubstitute(le, pe, be, adjoint) : mT(luSubstitute(le, pe, mT(be), !adjoint)).contiguous();
        return Graph.record("LinalgLuSolveBackward0", out, le, be, ctx -> {
            // linear in B; X·op(A) = B is the left solve op(A)ᵀ·Xᵀ = Bᵀ, whose LU tangent is transposed back
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], dLu -> left
                            ? luSolveLuTangent(dLu, le, pe, out, adjoint)
                            : mT(luSolveLuTangent(dLu, le, pe, mT(out), !adjoint))),
                    Tangents.map(t[1], dB -> luSolve(le, pe, dB, left, adjoint))));
            SavedTensor sl = ctx.save("LU", le);
            SavedTensor sx = ctx.save("result", out);
            return g -> {
                Tensor gLu = ctx.needsGrad(0) ? luSolveLuGrad(g, sl.get(), pe, sx.get(), left, adjoint) : null;
                Tensor gB = ctx.needsGrad(1) ? luSolve(sl.get(), pe, g, left, !adjoint) : null;
                return new Tensor[] {gLu, gB};
            };
        });
    }

    /** The values of op(A)⁻¹·B from A's packed LU, for LU, pivots and B of the same batch shape. */
    private static Tensor luSubstitute(Tensor lu, Tensor pivots, Tensor b, boolean adjoint) {
        MatrixBatch mlu = MatrixBatch.of(lu);
        MatrixBatch mb = MatrixBatch.of(b);
        long[] piv = pivots.contiguous().toLongArray();
        double[][] x = new double[mb.count()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = mb.matrices[i].clone();
            int[] matrixPivots = Lu.pivotSet(piv, i, mlu.rows);
            Lu.solve(mlu.matrices[i], matrixPivots, mlu.rows, x[i], mb.cols, adjoint, mb.precision());
        }
        return mb.matrices(x, mb.rows, mb.cols);
    }

    /**
     * The part of PyTorch's {@code linalg_lu_solve_jvp} (left solves) that comes from the factors' tangent dLU:
     * with A = P·L·U and X = A⁻¹·B, dX = -U⁻¹·(dU + L⁻¹·dL·U)·X; for Aᵀ·X = B, the transposed formula.
     */
    private static Tensor luSolveLuTangent(Tensor dLu, Tensor lu, Tensor pivots, Tensor x, boolean adjoint) {
        if (!adjoint) {
            Tensor r = solveTriangular(lu, dLu.tril(-1), false, true, true);
            Tensor u = lu.triu(0);
            return solveTriangular(u, dLu.triu(0).add(r.matmul(u)), true, true, false).neg().matmul(x);
        }
        Tensor[] lAndU = Factorizations.unpack(lu);
        Tensor l = lAndU[0];
        Tensor p = Matrices.permutations(pivots, lu.size(-2), lu.dtype());
        Tensor r = solveTriangular(lAndU[1], l.matmul(dLu.triu(0)), true, false, false).add(dLu.tril(-1));
        r = solveTriangular(l, mT(x).matmul(p).matmul(r).neg(), false, false, true).matmul(mT(p));
        return mT(r);
    }

    /**
     * PyTorch's {@code linalg_lu_solve_LU}: the gradient through the packed LU. Its four cases pair
     * up: op(A)·X = B when {@code left != adjoint} reads like A·X = B, the others like Aᵀ·X = B.
     */
    private static Tensor luSolveLuGrad(Tensor gX, Tensor lu, Tensor pivots, Tensor x, boolean left,
            boolean adjoint) {
        Tensor[] lAndU = Factorizations.unpack(lu);
        Tensor l = lAndU[0];
        Tensor u = lAndU[1];
        if (left != adjoint) {
            Tensor rhs = (left ? gX.matmul(mT(x)) : mT(gX).matmul(x)).neg();
            Tensor gR = solveTriangular(mT(u), rhs, false, true, false);
            Tensor gL = solveTriangular(mT(l), gR.matmul(mT(u)), true, true, true).tril(-1);
            return gL.add(gR.triu(0));
        }
        Tensor p = Matrices.permutations(pivots, lu.size(-2), lu.dtype());
        Tensor product = left ? x.matmul(mT(gX)) : mT(x).matmul(gX);
        Tensor gR = mT(p).matmul(product).matmul(p).neg();
        gR = solveTriangular(mT(l), gR, true, false, true);
        Tensor gU = solveTriangular(mT(u), mT(l).matmul(gR), false, false, false).triu(0);
        return gR.tril(-1).add(gU);
    }

    /**
     * X with A·X = B ({@code left}) or X·A = B for square A; B is a vector (or batch of vectors)
     * when it is 1-D or has the shape of A without its last dim, as PyTorch decides (node
     * {@code LinalgSolveExBackward0}).
     */
    public static Tensor solve(Tensor a, Tensor b, boolean left) {
        return solve("torch.linalg.solve", a, b, left, true)[0];
    }

    /**
     * {@code torch.linalg.solve_ex}: the solution and, per matrix, 0 or the index of the zero pivot
     * of a singular A (the solution then holds infinities or NaN); with {@code checkErrors} a
     * singular A throws, as in {@link #solve}.
     */
    public static Tensor[] solveEx(Tensor a, Tensor b, boolean left, boolean checkErrors) {
        return solve("torch.linalg.solve_ex", a, b, left, checkErrors);
    }

    private static Tensor[] solve(String name, Tensor a, Tensor b, boolean left, boolean checkErrors) {
        String op = "linalg.solve";
        LinalgChecks.square(op, a);
        boolean vector = b.dim() == 1 || b.dim() == a.dim() - 1
                && Arrays.equals(b.shape(), Arrays.copyOf(a.shape(), a.dim() - 1));
        Tensor bm = vector ? b.unsqueeze(-1) : b;
        LinalgChecks.solvable(op, a, bm, left);
        int[] batch = commonBatch(a, bm);
        Tensor ae = expandBatch(a, batch);
        Tensor be = expandBatch(bm, batch);
        // X·A = B is Aᵀ·Xᵀ = Bᵀ
        Solution solved = left ? solveSquare(ae, be) : solveSquare(mT(ae), mT(be));
        if (checkErrors) {
            LinalgChecks.succeeded(name, solved.factored, solved.info,
                    info -> "The solver failed because the input matrix is singular.");
        }
        Tensor x = left ? solved.x : mT(solved.x).contiguous();
        Tensor out = recordSolve(vector ? x.squeeze(-1) : x, ae, be, vector, left);
        return new Tensor[] {out, solved.factored.infos(solved.info)};
    }

    private static Tensor recordSolve(Tensor out, Tensor ae, Tensor be, boolean vector, boolean left) {
        return Graph.record("LinalgSolveExBackward0", out, ae, be, ctx -> {
            // d(A⁻¹B) = A⁻¹(dB - dA·X), d(BA⁻¹) = (dB - X·dA)A⁻¹
            ctx.forward(t -> {
                Tensor xm = vector ? out.unsqueeze(-1) : out;
                Tensor rhs = Tangents.sum(t[1], Tangents.map(t[0], tA -> (left ? tA.matmul(xm) : xm.matmul(tA)).neg()));
                Tensor tX = solve(ae, rhs, left);
                return vector ? tX.squeeze(-1) : tX;
            });
            SavedTensor sa = ctx.save("A", ae);
            SavedTensor sx = ctx.save("result", out);
            return g -> {
                Tensor gX = vector ? g.unsqueeze(-1) : g;
                Tensor gB = solve(mT(sa.get()), gX, left);
                Tensor xm = vector ? sx.get().unsqueeze(-1) : sx.get();
                Tensor gA = ctx.needsGrad(0) ? (left ? gB.matmul(mT(xm)) : mT(xm).matmul(gB)).neg() : null;
                return new Tensor[] {gA, gB};
            };
        });
    }

    /** The inverse of square matrices (node {@code LinalgInvExBackward0}). */
    public static Tensor inv(Tensor a) {
        return inv("linalg.inv", a, true)[0];
    }

    /**
     * {@code torch.linalg.inv_ex}: the inverse and, per matrix, 0 or PyTorch's index of the zero
     * pivot of a singular A (the inverse then holds infinities or NaN); with {@code checkErrors} a
     * singular A throws, as in {@link #inv}.
     */
    public static Tensor[] invEx(Tensor a, boolean checkErrors) {
        return inv("linalg.inv_ex", a, checkErrors);
    }

    private static Tensor[] inv(String op, Tensor a, boolean checkErrors) {
        LinalgChecks.square(op, a);
        Tensor eye = Matrices.identity(a.size(-1), a.dtype());
        Solution solved = solveSquare(a, expandBatch(eye, Matrices.batchShape(a)));
        if (checkErrors) {
            LinalgChecks.succeeded(op, solved.factored, solved.info, info -> "The diagonal element " + info
                    + " is zero, the inversion could not be completed because the input matrix is singular.");
        }
        Tensor out = solved.x;
        Tensor recorded = Graph.record("LinalgInvExBackward0", out, a, ctx -> {
            ctx.forward(t -> out.matmul(t[0]).matmul(out).neg());
            SavedTensor si = ctx.save("inverse", out);
            return g -> {
                Tensor invT = mT(si.get());
                return new Tensor[] {invT.matmul(g).matmul(invT).neg()};
            };
        });
        return new Tensor[] {recorded, solved.factored.infos(solved.info)};
    }

    /** A⁻¹·B, the matrices factored (for their batch shape), and each one's zero pivot or 0. */
    private record Solution(Tensor x, MatrixBatch factored, long[] info) {
    }

    /**
     * A⁻¹·B by LU with partial pivoting, for A and B of the same batch shape. Like PyTorch (whose
     * LAPACK sees a row-major A as column-major Aᵀ), it factors Aᵀ and solves with the transpose of
     * the factors, so a singular A is reported at the same zero pivot; its solution is then what
     * the division by that zero gives.
     */
    private static Solution solveSquare(Tensor a, Tensor b) {
        MatrixBatch ma = MatrixBatch.of(mT(a));
        MatrixBatch mb = MatrixBatch.of(b);
        int n = ma.rows;
        double[][] x = new double[mb.count()][];
        long[] info = new long[mb.count()];
        for (int i = 0; i < x.length; i++) {
            double[] lu = ma.matrices[i].clone();
            int[] piv = new int[n];
            info[i] = Lu.factor(lu, n, n, piv, ma.precision());
            x[i] = mb.matrices[i].clone();
            Lu.solve(lu, piv, n, x[i], mb.cols, true, mb.precision());
        }
        return new Solution(mb.matrices(x, mb.rows, mb.cols), ma, info);
    }
}
