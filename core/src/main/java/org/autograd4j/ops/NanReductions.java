package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;

/** Reductions that skip NaN: {@code nansum} (its own node, as PyTorch) and {@code nanmean} (PyTorch's composition). */
public final class NanReductions {
    private NanReductions() {
    }

    /**
     * {@code torch.nansum(input, dim, keepdim)}: the sum treating NaN as zero, over {@code dims} (null: all, to a 0-d
     * result); integer and bool inputs sum to int64 ({@code NansumBackward0}: the gradient skips the NaN places).
     */
    public static Tensor nansum(Tensor x, int[] dims, boolean keepdim) {
        int[] reduced = dims == null ? Reductions.allDims(x.dim()) : Reductions.normalizeDims(dims, x.dim());
        boolean keep = dims != null && keepdim;
        Tensor numbers = Prims.noGrad(() -> x.isnan().logicalNot());
        Tensor kept = x.dtype().isFloatingPoint() ? Prims.noGrad(() -> x.maskedFill(x.isnan(), 0)) : x;
        Tensor out = Reductions.sumKernel(kept, reduced, keep);
        int[] shape = x.shape();
        return Graph.record("NansumBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].mul(numbers).sum(reduced, keep));
            return g -> new Tensor[] {Reductions.unreduce(g, reduced, keep, shape).mul(numbers)};
        });
    }

    /** {@code torch.nanmean(input, dim, keepdim)}: nansum divided by the count of non-NaN elements ({@code DivBackward0}). */
    public static Tensor nanmean(Tensor x, int[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("nanmean(): expected input to have floating point dtype but got "
                    + x.dtype().scalarTypeName());
        }
        Tensor counts = Prims.noGrad(() -> nansum(x.isnan().logicalNot(), dims, keepdim));
        return nansum(x, dims, keepdim).div(counts);
    }
}
