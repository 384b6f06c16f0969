package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.BackwardFn;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.RowNorms;

/**
 * Vector p-norms over all elements or over chosen dims ({@code torch.norm}), with PyTorch's
 * {@code norm_backward}: the gradient at a zero norm is 0 (not NaN), and for p = ±inf it is split
 * evenly among the elements whose magnitude equals the norm.
 */
public final class Norms {
    private Norms() {
    }

    /** The p-norm over {@code dims} (every dim if empty) (node {@code NormBackward1}). */
    public static Tensor norm(Tensor x, double p, int[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("norm(): input dtype should be either floating point or complex. Got "
                    + x.dtype().scalarTypeName() + " instead.");
        }
        return recordNorm("NormBackward1", x, p, dims, keepdim);
    }

    /**
     * {@code torch.linalg.vector_norm}: the same p-norm, over {@code dims} (every dim if empty)
     * (node {@code LinalgVectorNormBackward0}).
     */
    public static Tensor vectorNorm(Tensor x, double p, int[] dims, boolean keepdim) {
        LinalgChecks.floating("linalg.vector_norm", x);
        return recordNorm("LinalgVectorNormBackward0", x, p, dims, keepdim);
    }

    private static Tensor recordNorm(String node, Tensor x, double p, int[] dims, boolean keepdim) {
        Rows rows = Rows.over(x, dims);
        Tensor out = rows.reduced(RowNorms.of(rows.d, rows.outer, rows.n, p), x.dtype(), keepdim);
        int[] reduced = rows.dims;
        return Graph.record(node, out, x, ctx -> {
            SavedTensor sx = ctx.save("self", x);
            SavedTensor so = ctx.save("result", out);
            BackwardFn backward = g -> new Tensor[] {normBackward(g, sx.get(), so.get(), p, reduced, keepdim)};
            ctx.forward(t -> Tangents.ofReduction(backward, out, t[0], reduced, keepdim));
            return backward;
        });
    }

    /**
     * {@code torch.norm} with a string p: "fro" is the 2-norm, computed over exactly two dims as
     * {@code sqrt(sum(x * x))} as PyTorch does; "nuc" (nuclear norm) is not supported.
     */
    public static Tensor norm(Tensor x, String p, int[] dims, boolean keepdim) {
        if ("nuc".equals(p)) {
            throw new UnsupportedOperationException("norm(): the nuclear norm ('nuc') is not supported");
        }
        if (!"fro".equals(p)) {
            throw new IllegalArgumentException("only valid string values are 'fro' and 'nuc', found " + p);
        }
        if (dims.length == 2) {
            return x.mul(x).sum(dims, keepdim).sqrt();
        }
        return norm(x, 2, dims, keepdim);
    }

    static Tensor normBackward(Tensor grad, Tensor x, Tensor result, double p, int[] dims, boolean keepdim) {
        int[] shape = x.shape();
        Tensor g = Reductions.unreduce(grad, dims, keepdim, shape);
        Tensor norm = Reductions.unreduce(result, dims, keepdim, shape);
        if (p == 0) {
            return Tensor.zeros(shape, x.dtype());
        }
        Tensor sign = Pointwise.map(x, x.dtype(), Math::signum);
        if (p == 1) {
            return g.mul(sign);
        }
        Tensor normIsZero = Pointwise.map(norm, DType.BOOL, v -> v == 0 ? 1 : 0);
        if (p == 2) {
            return x.mul(Masking.zeroWhere(g.div(norm), normIsZero));
        }
        Tensor abs = x.mul(sign);
        if (Double.isInfinite(p)) {
            Tensor drop = Pointwise.map2(x, norm, DType.BOOL,
                    (a, n) -> Math.abs(a) == n || Double.isNaN(a) ? 0 : 1);
            Tensor count = Reductions.sum(Pointwise.map(drop, x.dtype(), v -> 1 - v), dims, true);
            return Masking.zeroWhere(sign.mul(g.div(count)), drop);
        }
        if (p < 1) {
            Tensor isZero = Pointwise.map(x, DType.BOOL, v -> v == 0 ? 1 : 0);
            Tensor scaled = Masking.zeroWhere(sign.mul(abs.pow(p - 1)), isZero);
            return scaled.mul(g).mul(norm.pow(1 - p));
        }
        Tensor scaled = p < 2 ? sign.mul(abs.pow(p - 1)) : x.mul(abs.pow(p - 2));
        return scaled.mul(Masking.zeroWhere(g.div(norm.pow(p - 1)), normIsZero));
    }
}
