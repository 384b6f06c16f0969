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
        LinalgChecks.solvable(op, left ? a : mT(a), left ? b : mT(b));
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
            SavedTensor sa = ctx.save(ae);
            SavedTensor sx = ctx.save(out);
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
            TriangularSolve.solve(ma.matrices[i], ma.rows, upper, unitriangular, x[i], mb.cols);
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
            SavedTensor sf = ctx.save(fe);
            SavedTensor sx = ctx.save(out);
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
     * X with A·X = B (Aᵀ·X = B with {@code adjoint}) from A's packed LU and pivots (node
     * {@code LinalgLuSolveBackward0}).
     */
    public static Tensor luSolve(Tensor lu, Tensor pivots, Tensor b, boolean adjoint) {
        String op = "linalg.lu_solve";
        LinalgChecks.square(op, lu);
        LinalgChecks.solvable(op, lu, b);
        int[] batch = commonBatch(lu, b);
        Tensor le = expandBatch(lu, batch);
        Tensor be = expandBatch(b, batch);
        int[] pivotShape = Arrays.copyOf(batch, batch.length + 1);
        pivotShape[batch.length] = lu.size(-1);
        Tensor pe = pivots.expand(pivotShape);
        MatrixBatch mlu = MatrixBatch.of(le);
        MatrixBatch mb = MatrixBatch.of(be);
        long[] piv = pe.contiguous().toLongArray();
        double[][] x = new double[mb.count()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = mb.matrices[i].clone();
            Lu.solve(mlu.matrices[i], pivotsOf(piv, i, mlu.rows), mlu.rows, x[i], mb.cols, adjoint);
        }
        Tensor out = mb.matrices(x, mb.rows, mb.cols);
        return Graph.record("LinalgLuSolveBackward0", out, le, be, ctx -> {
            SavedTensor sl = ctx.save(le);
            SavedTensor sx = ctx.save(out);
            return g -> {
                Tensor gLu = ctx.needsGrad(0) ? luSolveLuGrad(g, sl.get(), pe, sx.get(), adjoint) : null;
                Tensor gB = ctx.needsGrad(1) ? luSolve(sl.get(), pe, g, !adjoint) : null;
                return new Tensor[] {gLu, gB};
            };
        });
    }

    private static int[] pivotsOf(long[] pivots, int matrix, int n) {
        int[] out = new int[n];
        for (int j = 0; j < n; j++) {
            out[j] = (int) pivots[matrix * n + j];
        }
        return out;
    }

    /** PyTorch's {@code linalg_lu_solve_LU} (left solves). */
    private static Tensor luSolveLuGrad(Tensor gX, Tensor lu, Tensor pivots, Tensor x, boolean adjoint) {
        Tensor[] lAndU = Factorizations.unpack(lu);
        Tensor l = lAndU[0];
        Tensor u = lAndU[1];
        if (!adjoint) {
            Tensor gR = solveTriangular(mT(u), gX.matmul(mT(x)).neg(), false, true, false);
            Tensor gL = solveTriangular(mT(l), gR.matmul(mT(u)), true, true, true).tril(-1);
            return gL.add(gR.triu(0));
        }
        Tensor p = Matrices.permutations(pivots, lu.size(-2), lu.dtype());
        Tensor gR = mT(p).matmul(x).matmul(mT(gX)).matmul(p).neg();
        gR = solveTriangular(mT(l), gR, true, false, true);
        Tensor gU = solveTriangular(mT(u), mT(l).matmul(gR), false, false, false).triu(0);
        return gR.tril(-1).add(gU);
    }

    /**
     * X with A·X = B for square A; B is a vector (or batch of vectors) when it is 1-D or has
     * the shape of A without its last dim, as PyTorch decides (node {@code LinalgSolveExBackward0}).
     */
    public static Tensor solve(Tensor a, Tensor b) {
        String op = "linalg.solve";
        LinalgChecks.square(op, a);
        boolean vector = b.dim() == 1 || b.dim() == a.dim() - 1
                && Arrays.equals(b.shape(), Arrays.copyOf(a.shape(), a.dim() - 1));
        Tensor bm = vector ? b.unsqueeze(-1) : b;
        LinalgChecks.solvable(op, a, bm);
        int[] batch = commonBatch(a, bm);
        Tensor ae = expandBatch(a, batch);
        Tensor be = expandBatch(bm, batch);
        Tensor x = solveSquare(ae, be, "torch.linalg.solve: ",
                "The solver failed because the input matrix is singular.");
        Tensor out = vector ? x.squeeze(-1) : x;
        return Graph.record("LinalgSolveExBackward0", out, ae, be, ctx -> {
            // d(A⁻¹B) = A⁻¹(dB - dA·X)
            ctx.forward(t -> {
                Tensor xm = vector ? out.unsqueeze(-1) : out;
                Tensor tX = solve(ae, Tangents.sum(t[1], Tangents.map(t[0], tA -> tA.matmul(xm).neg())));
                return vector ? tX.squeeze(-1) : tX;
            });
            SavedTensor sa = ctx.save(ae);
            SavedTensor sx = ctx.save(out);
            return g -> {
                Tensor gX = vector ? g.unsqueeze(-1) : g;
                Tensor gB = solve(mT(sa.get()), gX);
                Tensor xm = vector ? sx.get().unsqueeze(-1) : sx.get();
                Tensor gA = ctx.needsGrad(0) ? gB.matmul(mT(xm)).neg() : null;
                return new Tensor[] {gA, gB};
            };
        });
    }

    /** The inverse of square matrices (node {@code LinalgInvExBackward0}). */
    public static Tensor inv(Tensor a) {
        String op = "linalg.inv";
        LinalgChecks.square(op, a);
        Tensor eye = Matrices.identity(a.size(-1), a.dtype());
        Tensor out = solveSquare(a, expandBatch(eye, Matrices.batchShape(a)), op + ": ", null);
        return Graph.record("LinalgInvExBackward0", out, a, ctx -> {
            ctx.forward(t -> out.matmul(t[0]).matmul(out).neg());
            SavedTensor si = ctx.save(out);
            return g -> {
                Tensor invT = mT(si.get());
                return new Tensor[] {invT.matmul(g).matmul(invT).neg()};
            };
        });
    }

    /**
     * The values of A⁻¹·B by LU with partial pivoting, for A and B of the same batch shape. Like
     * PyTorch (whose LAPACK sees a row-major A as column-major Aᵀ), it factors Aᵀ and solves with
     * the transpose of the factors, so a singular A is reported at the same zero pivot: it raises
     * {@code message} (or, without one, PyTorch's inv message naming that pivot).
     */
    private static Tensor solveSquare(Tensor a, Tensor b, String prefix, String message) {
        MatrixBatch ma = MatrixBatch.of(mT(a));
        MatrixBatch mb = MatrixBatch.of(b);
        int n = ma.rows;
        double[][] x = new double[mb.count()][];
        for (int i = 0; i < x.length; i++) {
            double[] lu = ma.matrices[i].clone();
            int[] piv = new int[n];
            int info = Lu.factor(lu, n, n, piv);
            if (info != 0) {
                throw new ArithmeticException(prefix + LinalgChecks.batchElement(ma, i) + (message != null ? message
                        : "The diagonal element " + info + " is zero, the inversion could not be completed because "
                                + "the input matrix is singular."));
            }
            x[i] = mb.matrices[i].clone();
            Lu.solve(lu, piv, n, x[i], mb.cols, true);
        }
        return mb.matrices(x, mb.rows, mb.cols);
    }
}
