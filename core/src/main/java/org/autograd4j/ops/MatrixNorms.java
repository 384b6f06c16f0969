package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * Matrix norms, {@code linalg.norm}, condition numbers and numerical rank, composed of vector
 * norms, reductions and singular values as PyTorch composes them (so they record no node of their
 * own: the last op's node is the output's, e.g. {@code AmaxBackward0} for the 1-norm).
 */
public final class MatrixNorms {
    private MatrixNorms() {
    }

    /** The matrix norm "fro" or "nuc" over dims {@code rowDim}, {@code colDim}. */
    public static Tensor matrixNorm(Tensor a, String ord, int rowDim, int colDim, boolean keepdim) {
        LinalgChecks.matrices("linalg.matrix_norm", a);
        if ("fro".equals(ord)) {
            return Norms.vectorNorm(a, 2, new int[] {rowDim, colDim}, keepdim);
        }
        if (!"nuc".equals(ord)) {
            throw new IllegalArgumentException("linalg.matrix_norm: Order " + ord + " not supported.");
        }
        Tensor s = Factorizations.svd(toEnd(a, rowDim, colDim), false, true)[0];
        return restore(s.sum(-1), a, rowDim, colDim, keepdim);
    }

    /** The matrix norm of order ±1 (largest or smallest column sum), ±2 (singular values) or ±inf (row sums). */
    public static Tensor matrixNorm(Tensor a, double ord, int rowDim, int colDim, boolean keepdim) {
        LinalgChecks.matrices("linalg.matrix_norm", a);
        Tensor m = toEnd(a, rowDim, colDim);
        boolean largest = ord > 0;
        Tensor values;
        if (Math.abs(ord) == 2) {
            values = Factorizations.svd(m, false, true)[0];
        } else if (Math.abs(ord) == 1) {
            values = m.abs().sum(-2);
        } else if (Double.isInfinite(ord)) {
            values = m.abs().sum(-1);
        } else {
            throw new IllegalArgumentException("linalg.matrix_norm: Order " + formatOrder(ord) + " not supported.");
        }
        Tensor out = largest ? values.amax(-1) : values.amin(-1);
        return restore(out, a, rowDim, colDim, keepdim);
    }

    private static String formatOrder(double ord) {
        return ord == Math.rint(ord) && !Double.isInfinite(ord) ? Long.toString((long) ord) : Double.toString(ord);
    }

    /** {@code a} with dims {@code rowDim}, {@code colDim} moved to the end, in that order. */
    private static Tensor toEnd(Tensor a, int rowDim, int colDim) {
        int r = Shapes.wrapDim(rowDim, a.dim());
        int c = Shapes.wrapDim(colDim, a.dim());
        if (r == c) {
            throw new IllegalArgumentException("linalg.matrix_norm: dims must be different. Got (" + rowDim + ", "
                    + colDim + ")");
        }
        return r == a.dim() - 2 && c == a.dim() - 1 ? a : a.movedim(new int[] {r, c}, new int[] {-2, -1});
    }

    /** With {@code keepdim}, the reduced dims put back as size 1 where they were. */
    private static Tensor restore(Tensor out, Tensor a, int rowDim, int colDim, boolean keepdim) {
        if (!keepdim) {
            return out;
        }
        int r = Shapes.wrapDim(rowDim, a.dim());
        int c = Shapes.wrapDim(colDim, a.dim());
        return out.unsqueeze(Math.min(r, c)).unsqueeze(Math.max(r, c));
    }

    /**
     * The condition number in the 2-norm (the default) or -2-norm: the ratio of extreme singular
     * values. Other orders are ‖A‖·‖A⁻¹‖ and need square A.
     */
    public static Tensor cond(Tensor a, double p) {
        LinalgChecks.matrices("linalg.cond", a);
        if (Math.abs(p) == 2) {
            Tensor s = Factorizations.svd(a, false, true)[0];
            int k = s.size(-1);
            Tensor largest = s.narrow(-1, 0, 1);
            Tensor smallest = s.narrow(-1, k - 1, 1);
            return (p > 0 ? largest.div(smallest) : smallest.div(largest)).squeeze(-1);
        }
        LinalgChecks.square("linalg.cond", a);
        return matrixNorm(a, p, -2, -1, false).mul(matrixNorm(LinearSolvers.inv(a), p, -2, -1, false));
    }

    /** The condition number in the "fro" or "nuc" norm: ‖A‖·‖A⁻¹‖. */
    public static Tensor cond(Tensor a, String p) {
        LinalgChecks.square("linalg.cond", a);
        return matrixNorm(a, p, -2, -1, false).mul(matrixNorm(LinearSolvers.inv(a), p, -2, -1, false));
    }

    /**
     * The number of singular values above max(atol, rtol·σ₁) (int64, not differentiable); with
     * neither given, rtol is eps·max(m, n) as in PyTorch. With {@code hermitian}, A is taken as
     * symmetric (its lower triangle) and the magnitudes of its eigenvalues are counted instead.
     */
    public static Tensor matrixRank(Tensor a, Double atol, Double rtol, boolean hermitian) {
        LinalgChecks.matrices("linalg.matrix_rank", a);
        Tensor s = hermitian ? Factorizations.eigh(a.detach(), "L", true)[0].abs()
                : Factorizations.svd(a.detach(), false, true)[0];
        Tensor tol = tolerance(s, a, atol, rtol);
        return s.gt(tol.unsqueeze(-1)).to(DType.INT64).sum(-1);
    }

    /**
     * max(atol, rtol·σ₁) per matrix, PyTorch's defaults filled in; σ₁ the largest of the
     * magnitudes {@code s} (singular values, or the eigenvalues of a symmetric A).
     */
    static Tensor tolerance(Tensor s, Tensor a, Double atol, Double rtol) {
        double eps = a.dtype() == DType.FLOAT32 ? 0x1p-23 : 0x1p-52;
        double relative = rtol != null ? rtol : atol != null && atol > 0 ? 0 : eps * Math.max(a.size(-2), a.size(-1));
        Tensor largest = s.size(-1) == 0 ? Tensor.zeros(Matrices.batchShape(a), a.dtype()) : s.abs().amax(-1);
        return largest.mul(relative).clampMin(atol != null ? atol : 0);
    }
}
