package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.BackwardFn;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.RowReductions;

/**
 * Spread and soft maximum: {@code var}, {@code std} (with a {@code correction} subtracted from the
 * element count: 1 is Bessel's unbiased estimate, 0 the population value) and a numerically stable
 * {@code logsumexp}. An empty {@code dims} reduces over every dimension.
 */
public final class Statistics {
    private Statistics() {
    }

    /** Variance over {@code dims} (node {@code VarBackward0}). */
    public static Tensor var(Tensor x, int[] dims, int correction, boolean keepdim) {
        return spread(x, dims, correction, keepdim, false);
    }

    /** Standard deviation over {@code dims} (node {@code StdBackward0}). */
    public static Tensor std(Tensor x, int[] dims, int correction, boolean keepdim) {
        return spread(x, dims, correction, keepdim, true);
    }

    private static Tensor spread(Tensor x, int[] dims, int correction, boolean keepdim, boolean sqrt) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("std and var only support floating point and complex dtypes");
        }
        Rows rows = Rows.over(x, dims);
        double denominator = Math.max(0, rows.n - correction);
        double[] v = sqrt ? RowReductions.standardDeviation(rows.d, rows.outer, rows.n, denominator)
                : RowReductions.variance(rows.d, rows.outer, rows.n, denominator);
        Tensor out = rows.reduced(v, x.dtype(), keepdim);
        int[] reduced = rows.dims;
        if (!sqrt) {
            return Graph.record("VarBackward0", out, x, ctx -> {
                SavedTensor sx = ctx.save("self", x);
                BackwardFn backward = g -> new Tensor[] {varBackward(g, sx.get(), reduced, denominator, keepdim)};
                ctx.forward(t -> Tangents.ofReduction(backward, out, t[0], reduced, keepdim));
                return backward;
            });
        }
        return Graph.record("StdBackward0", out, x, ctx -> {
            SavedTensor sx = ctx.save("self", x);
            SavedTensor so = ctx.save("result", out);
            BackwardFn backward = g -> {
                // grad / (2 * std), and 0 where std is 0, as PyTorch's std_backward
                Tensor std = so.get();
                Tensor scaled = Masking.zeroWhere(g.div(std.mul(2)), Pointwise.map(std, DType.BOOL, s -> s == 0 ? 1 : 0));
                return new Tensor[] {varBackward(scaled, sx.get(), reduced, denominator, keepdim)};
            };
            ctx.forward(t -> Tangents.ofReduction(backward, out, t[0], reduced, keepdim));
            return backward;
        });
    }

    /** (2 / (N - correction)) * grad * (x - mean), as PyTorch's {@code var_backward}. */
    private static Tensor varBackward(Tensor g, Tensor x, int[] dims, double denominator, boolean keepdim) {
        Tensor centered = x.sub(x.mean(dims, true));
        return Reductions.unreduce(g, dims, keepdim, x.shape()).mul(centered).mul(2 / denominator);
    }

    /** log(sum(exp(x))) over {@code dims}, computed stably (node {@code LogsumexpBackward0}). */
    public static Tensor logsumexp(Tensor x, int[] dims, boolean keepdim) {
        // integer rows read as float64, exactly as the int64 values widen
        Rows rows = Rows.over(x.dtype().isFloatingPoint() ? x : Copying.convert(x, DType.FLOAT64), dims);
        double[] v = RowReductions.logSumExp(rows.d, rows.outer, rows.n);
        Tensor out = rows.reduced(v, Promotion.floating(x.dtype()), keepdim);
        int[] reduced = rows.dims;
        return Graph.record("LogsumexpBackward0", out, x, ctx -> {
            SavedTensor sx = ctx.save("self", x);
            SavedTensor so = ctx.save("result", out);
            BackwardFn backward = g -> {
                Tensor in = sx.get();
                int[] shape = in.shape();
                Tensor result = Reductions.unreduce(so.get(), reduced, keepdim, shape);
                return new Tensor[] {Reductions.unreduce(g, reduced, keepdim, shape).mul(in.sub(result).exp())};
            };
            ctx.forward(t -> Tangents.ofReduction(backward, out, t[0], reduced, keepdim));
            return backward;
        });
    }
}
