package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.ValuesIndices;
import org.autograd4j.autograd.engine.BackwardFn;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.OpContext;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.RowReductions;

/**
 * Largest and smallest elements: {@code max}/{@code min} (whole tensor, or values and indices
 * along a dim), {@code amax}/{@code amin} over several dims, {@code argmax}/{@code argmin}.
 * NaN propagates: a row holding NaN has NaN as its extremum and the first NaN's index, as in
 * PyTorch. Ties pick the first index; gradients of the value-only reductions are split evenly
 * among ties, those of {@code max(dim)} go to the returned index.
 */
public final class Extrema {
    private Extrema() {
    }

    /** Largest element (node {@code MaxBackward1}); the gradient is split evenly among ties. */
    public static Tensor max(Tensor x) {
        return extremumAll(x, true);
    }

    public static Tensor min(Tensor x) {
        return extremumAll(x, false);
    }

    /** Values and indices of the largest elements along {@code dim} (node {@code MaxBackward0}). */
    public static ValuesIndices max(Tensor x, int dim, boolean keepdim) {
        return extremumDim(x, dim, keepdim, true);
    }

    public static ValuesIndices min(Tensor x, int dim, boolean keepdim) {
        return extremumDim(x, dim, keepdim, false);
    }

    /** Largest values over {@code dims} (all dims if empty) (node {@code AmaxBackward0}). */
    public static Tensor amax(Tensor x, int[] dims, boolean keepdim) {
        return extremumDims(x, dims, keepdim, true);
    }

    public static Tensor amin(Tensor x, int[] dims, boolean keepdim) {
        return extremumDims(x, dims, keepdim, false);
    }

    /** Index of the largest element of the flattened tensor, int64. */
    public static Tensor argmax(Tensor x) {
        return argAll(x, true);
    }

    public static Tensor argmin(Tensor x) {
        return argAll(x, false);
    }

    /** Indices of the largest elements along {@code dim}, int64. */
    public static Tensor argmax(Tensor x, int dim, boolean keepdim) {
        return argDim(x, dim, keepdim, true);
    }

    public static Tensor argmin(Tensor x, int dim, boolean keepdim) {
        return argDim(x, dim, keepdim, false);
    }

    private static String name(boolean isMax) {
        return isMax ? "max" : "min";
    }

    private static Tensor extremumAll(Tensor x, boolean isMax) {
        if (x.numel() == 0) {
            throw new IllegalArgumentException(name(isMax) + "(): Expected reduction dim to be specified for "
                    + "input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        }
        Rows rows = Rows.all(x);
        Tensor out = pick(rows, bestIndices(rows, isMax), x.dtype(), false);
        String node = isMax ? "MaxBackward1" : "MinBackward1";
        int[] all = Reductions.allDims(x.dim());
        return Graph.record(node, out, x, ctx -> reduction(ctx,
                evenly(ctx.save("self", x), ctx.save("result", out), all, false), out, all, false));
    }

    private static Tensor extremumDims(Tensor x, int[] dims, boolean keepdim, boolean isMax) {
        Rows rows = Rows.over(x, dims);
        String op = isMax ? "amax" : "amin";
        checkNonEmpty(rows, op);
        Tensor out = pick(rows, bestIndices(rows, isMax), x.dtype(), keepdim);
        int[] reduced = rows.dims;
        return Graph.record(isMax ? "AmaxBackward0" : "AminBackward0", out, x,
                ctx -> reduction(ctx, evenly(ctx.save("self", x), ctx.save("result", out), reduced, keepdim), out,
                        reduced, keepdim));
    }

    /** Declares the forward formula of a reduction by its backward one, which it returns. */
    static BackwardFn reduction(OpContext ctx, BackwardFn backward, Tensor out, int[] dims, boolean keepdim) {
        ctx.forward(t -> Tangents.ofReduction(backward, out, t[0], dims, keepdim));
        return backward;
    }

    private static ValuesIndices extremumDim(Tensor x, int dim, boolean keepdim, boolean isMax) {
        Rows rows = Rows.of(x, dim);
        checkNonEmpty(rows, name(isMax));
        int[] best = bestIndices(rows, isMax);
        Tensor values = pick(rows, best, x.dtype(), keepdim);
        Tensor indices = rows.reduced(toLongs(best), DType.INT64, keepdim);
        if (Graph.isRecording(x) || ForwardLevel.isActive()) {
            Tensor drop = selectionMask(rows, best);
            int[] reduced = rows.dims;
            int[] shape = x.shape();
            Graph.recordMulti(isMax ? "MaxBackward0" : "MinBackward0", new Tensor[] {values, indices}, new Tensor[] {x},
                    ctx -> {
                        ctx.forwardMulti(t -> new Tensor[] {Masking.zeroWhere(t[0], drop).sum(reduced, keepdim), null});
                        return grads -> new Tensor[] {
                            Masking.zeroWhere(Reductions.unreduce(grads[0], reduced, keepdim, shape), drop)};
                    });
        }
        return new ValuesIndices(values, indices);
    }

    private static Tensor argAll(Tensor x, boolean isMax) {
        if (x.numel() == 0) {
            throw new IllegalArgumentException("arg" + name(isMax) + "(): Expected reduction dim to be specified for "
                    + "input.numel() == 0.");
        }
        Rows rows = Rows.all(x);
        return rows.reduced(new long[] {bestIndices(rows, isMax)[0]}, DType.INT64, false);
    }

    private static Tensor argDim(Tensor x, int dim, boolean keepdim, boolean isMax) {
        Rows rows = Rows.of(x, dim);
        checkNonEmpty(rows, "arg" + name(isMax));
        int[] best = bestIndices(rows, isMax);
        return rows.reduced(toLongs(best), DType.INT64, keepdim);
    }

    private static long[] toLongs(int[] values) {
        return java.util.Arrays.stream(values).asLongStream().toArray();
    }

    private static void checkNonEmpty(Rows rows, String op) {
        for (int dim : rows.dims) {
            if (rows.shape[dim] == 0) {
                throw new IndexOutOfBoundsException(op + "(): Expected reduction dim " + dim + " to have non-zero size.");
            }
        }
    }

    /** Per row, the index of the first extremum (or of the first NaN). */
    static int[] bestIndices(Rows rows, boolean isMax) {
        return RowReductions.argExtremum(rows.data(), rows.outer, rows.n, isMax);
    }

    /** The element at {@code best[r]} of each row, in {@code type}. */
    private static Tensor pick(Rows rows, int[] best, DType type, boolean keepdim) {
        return rows.reduced(RowReductions.pick(rows.data(), rows.n, best), type, keepdim);
    }

    /** A bool tensor of the input's shape, false exactly at each row's chosen index. */
    private static Tensor selectionMask(Rows rows, int[] best) {
        return rows.scanned(RowReductions.allBut(rows.outer, rows.n, best), DType.BOOL);
    }

    /**
     * The backward of a value-only extremum: the gradient divided evenly among the elements equal
     * to the result (NaN counting as equal to NaN), zero elsewhere.
     */
    static org.autograd4j.autograd.engine.BackwardFn evenly(SavedTensor input, SavedTensor result, int[] dims,
            boolean keepdim) {
        return g -> {
            Tensor x = input.get();
            int[] shape = x.shape();
            Tensor r = Reductions.unreduce(result.get().detach(), dims, keepdim, shape);
            Tensor drop = Pointwise.map2(x, r, DType.BOOL, (a, b) -> a == b || Double.isNaN(a) && Double.isNaN(b) ? 0 : 1);
            Tensor count = Reductions.sum(Pointwise.map(drop, g.dtype(), v -> 1 - v), dims, true);
            Tensor spread = Reductions.unreduce(g, dims, keepdim, shape).div(count);
            return new Tensor[] {Masking.zeroWhere(spread, drop)};
        };
    }
}
