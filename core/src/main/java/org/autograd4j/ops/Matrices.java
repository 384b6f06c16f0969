package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.RowCounts;
import org.autograd4j.kernels.linalg.Lu;
import org.autograd4j.tensor.Shapes;

/** Tensor-level helpers for batches of matrices that the linear-algebra backward formulas share. */
final class Matrices {
    private Matrices() {
    }

    /** The transpose of the last two dims (PyTorch's {@code mT}; the adjoint {@code mH} of a real matrix). */
    static Tensor mT(Tensor x) {
        return x.transpose(-2, -1);
    }

    /** Square matrices with the last dim of {@code v} on their diagonal ({@code diag_embed}), differentiably. */
    static Tensor diagEmbed(Tensor v) {
        int n = v.size(-1);
        return v.unsqueeze(-2).mul(identity(n, v.dtype()));
    }

    static Tensor identity(int n, DType dtype) {
        return Creation.eye(n, n, dtype);
    }

    /** The batch dims (all but the last two) of {@code x}. */
    static int[] batchShape(Tensor x) {
        return Arrays.copyOf(x.shape(), x.dim() - 2);
    }

    /** {@code x} expanded to the given batch dims, keeping its last two. */
    static Tensor expandBatch(Tensor x, int[] batch) {
        int[] shape = Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = x.size(-2);
        shape[batch.length + 1] = x.size(-1);
        return Arrays.equals(shape, x.shape()) ? x : x.expand(shape);
    }

    /** The broadcast of the batch dims of two matrix batches. */
    static int[] commonBatch(Tensor a, Tensor b) {
        return Shapes.broadcast(batchShape(a), batchShape(b));
    }

    /** The permutation matrices P (A = P·L·U) of LAPACK-style 1-based pivots of shape (*, k), for m rows. */
    static Tensor permutations(Tensor pivots, int m, DType dtype) {
        long[] piv = pivots.toLongArray();
        int k = pivots.size(-1);
        int count = k == 0 ? Shapes.numel(Arrays.copyOf(pivots.shape(), pivots.dim() - 1)) : piv.length / k;
        double[] p = Lu.permutationMatrices(piv, count, k, m);
        int[] shape = Arrays.copyOf(pivots.shape(), pivots.dim() + 1);
        shape[shape.length - 2] = m;
        shape[shape.length - 1] = m;
        return Tensor.of(p, shape).to(dtype);
    }

    /** Whether every element is zero: the engine's stand-in for an output that received no gradient. */
    static boolean isZero(Tensor t) {
        return RowCounts.nonzero(t.detach().toDoubleArray(), 1, t.numel())[0] == 0;
    }
}
