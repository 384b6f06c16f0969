package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.ValuesIndices;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.RowOrders;
import org.autograd4j.tensor.Shapes;

/**
 * Sorting and order statistics along a dim: {@code sort}, {@code argsort}, {@code msort},
 * {@code topk}, {@code kthvalue}, {@code median}, {@code nanmedian}, {@code mode}, {@code cummax}
 * and {@code cummin}. NaN sorts above every number, and {@code -0.0} ties with {@code 0.0}, as in
 * PyTorch. Every op finds the indices of the chosen elements first, then gathers the values; the
 * gradient flows back to the chosen elements only (PyTorch's {@code value_selecting_reduction_backward}).
 * Ties keep their input order (a stable sort), which is PyTorch's order for {@code sort}; PyTorch's
 * {@code kthvalue} and {@code median} pick among tied elements by a quickselect, so the index
 * returned for a tie may differ from PyTorch's (the value never does).
 */
public final class Sorting {
    private Sorting() {
    }

    /** Values and indices sorted along {@code dim} (node {@code SortBackward0}, or {@code SortBackward1} when stable). */
    public static ValuesIndices sort(Tensor x, boolean stable, int dim, boolean descending) {
        Along along = new Along(x, dim);
        Tensor indices = along.sorted(descending);
        return along.select(stable ? "SortBackward1" : "SortBackward0", indices, true);
    }

    /** The indices that sort {@code x} along {@code dim} (int64, not differentiable). */
    public static Tensor argsort(Tensor x, boolean stable, int dim, boolean descending) {
        return sort(x, stable, dim, descending).indices().detach();
    }

    /** {@code x} sorted along its first dim (node {@code SortBackward0}). */
    public static Tensor msort(Tensor x) {
        return sort(x, false, 0, false).values();
    }

    /** The {@code k} largest (or smallest) elements along {@code dim}, in order when sorted (node {@code TopkBackward0}). */
    public static ValuesIndices topk(Tensor x, int k, int dim, boolean largest, boolean sorted) {
        Along along = new Along(x, dim);
        if (k < 0 || k > along.rows.n) {
            throw new IllegalArgumentException("selected index k out of range");
        }
        Tensor indices = along.sorted(largest).narrow(along.dim, 0, k).contiguous();
        return along.select("TopkBackward0", indices, true);
    }

    /** The {@code k}-th smallest element along {@code dim}, counting from 1 (node {@code KthvalueBackward0}). */
    public static ValuesIndices kthvalue(Tensor x, int k, int dim, boolean keepdim) {
        Along along = new Along(x, dim);
        if (k < 1 || k > along.rows.n) {
            throw new IllegalArgumentException("kthvalue(): selected number k out of range for dimension " + along.dim);
        }
        Tensor indices = along.sorted(false).narrow(along.dim, k - 1, 1).contiguous();
        return along.select("KthvalueBackward0", indices, keepdim);
    }

    /** The lower median along {@code dim}, NaN where the row holds NaN (node {@code MedianBackward1}). */
    public static ValuesIndices median(Tensor x, int dim, boolean keepdim) {
        Along along = new Along(x, dim).nonEmpty("median");
        return along.select("MedianBackward1", along.medianIndices(false), keepdim);
    }

    /** The lower median along {@code dim} of the non-NaN elements (node {@code NanmedianBackward1}). */
    public static ValuesIndices nanmedian(Tensor x, int dim, boolean keepdim) {
        Along along = new Along(x, dim).nonEmpty("median");
        return along.select("NanmedianBackward1", along.medianIndices(true), keepdim);
    }

    /**
     * The most frequent value along {@code dim}, the smallest of equally frequent ones, at the last
     * index holding it (node {@code ModeBackward0}).
     */
    public static ValuesIndices mode(Tensor x, int dim, boolean keepdim) {
        Along along = new Along(x, dim).nonEmpty("mode");
        return along.select("ModeBackward0", along.modeIndices(), keepdim);
    }

    /** The lower median of all elements, NaN if any is NaN or there are none (node {@code MedianBackward0}). */
    public static Tensor median(Tensor x) {
        Tensor out = wholeMedian(x, false);
        return Graph.record("MedianBackward0", out, x,
                ctx -> Extrema.reduction(ctx, Extrema.evenly(ctx.save("self", x), ctx.save("result", out), all(x),
                        false), out, all(x), false));
    }

    /** The lower median of the non-NaN elements (node {@code NanmedianBackward0}). */
    public static Tensor nanmedian(Tensor x) {
        Tensor out = wholeMedian(x, true);
        return Graph.record("NanmedianBackward0", out, x,
                ctx -> Extrema.reduction(ctx, Extrema.evenly(ctx.save("self", x), ctx.save("result", out), all(x),
                        false), out, all(x), false));
    }

    private static int[] all(Tensor x) {
        return Reductions.allDims(x.dim());
    }

    /** The running maximum along {@code dim} and where it was last reached (node {@code CummaxBackward0}). */
    public static ValuesIndices cummax(Tensor x, int dim) {
        Along along = new Along(x, dim);
        return along.select("CummaxBackward0", along.runningBest(true), true);
    }

    /** The running minimum along {@code dim} and where it was last reached (node {@code CumminBackward0}). */
    public static ValuesIndices cummin(Tensor x, int dim) {
        Along along = new Along(x, dim);
        return along.select("CumminBackward0", along.runningBest(false), true);
    }

    private static Tensor wholeMedian(Tensor x, boolean ignoreNan) {
        Tensor flat = x.detach().reshape(-1);
        if (flat.numel() == 0) {
            return Tensor.full(new int[0], Double.NaN, x.dtype());
        }
        Along along = new Along(flat, 0);
        return flat.gather(0, along.medianIndices(ignoreNan)).reshape();
    }

    /**
     * A tensor seen as rows along one dim (a 0-d tensor as one row of one element), with the
     * recording of an op that selects elements of those rows.
     */
    private static final class Along {
        final Tensor x;
        final Tensor data;
        final int dim;
        final Rows rows;
        final RowOrders orders;

        Along(Tensor x, int dim) {
            this.x = x;
            this.data = x.dim() == 0 ? x.detach().reshape(1) : x.detach();
            this.dim = Shapes.wrapDim(dim, data.dim());
            this.rows = Rows.of(data, this.dim);
            this.orders = new RowOrders(rows.data(), rows.outer, rows.n);
        }

        /** Rejects an empty dim with PyTorch's message (which says "median" for nanmedian too). */
        Along nonEmpty(String op) {
            if (rows.n == 0) {
                throw new IndexOutOfBoundsException(op + "(): Expected reduction dim " + dim + " to have non-zero size.");
            }
            return this;
        }

        /** Each row's stable sorting permutation, as int64 indices in the data's shape. */
        Tensor sorted(boolean descending) {
            return rows.scanned(orders.permutations(descending), DType.INT64);
        }

        /**
         * Per row (keeping the dim, of size 1), the index of the lower median; without
         * {@code ignoreNan} a row holding NaN gives its first NaN, with it the median of the other
         * elements (the first NaN if all are NaN).
         */
        Tensor medianIndices(boolean ignoreNan) {
            return rows.reduced(orders.medianIndices(ignoreNan), DType.INT64, true);
        }

        /** Per row (keeping the dim, of size 1), the last index of the longest run of equal values in sorted order. */
        Tensor modeIndices() {
            return rows.reduced(orders.modeIndices(), DType.INT64, true);
        }

        /** For each position, the index of the latest running maximum (or minimum); a NaN holds from where it appears. */
        Tensor runningBest(boolean isMax) {
            return rows.scanned(orders.runningBest(isMax), DType.INT64);
        }

        /**
         * The elements of {@code x} at {@code indices} (the data's shape, the dim possibly
         * shorter), recorded as node {@code name}: its gradient adds the incoming gradient at
         * the chosen places, zero elsewhere. Without {@code keepdim} the dim (of size 1) is dropped.
         */
        ValuesIndices select(String name, Tensor indices, boolean keepdim) {
            Tensor values = data.gather(dim, indices);
            int[] keptShape = indices.shape();
            int[] dataShape = data.shape();
            int[] inputShape = x.shape();
            Tensor outIndices = shaped(indices, keepdim);
            Tensor outValues = shaped(values, keepdim);
            int d = dim;
            Graph.recordMulti(name, new Tensor[] {outValues, outIndices}, new Tensor[] {x}, ctx -> {
                ctx.forwardMulti(t -> new Tensor[] {shaped(t[0].reshape(dataShape).gather(d, indices), keepdim), null});
                return grads -> new Tensor[] {
                    Tensor.zeros(dataShape, grads[0].dtype()).scatterAdd(d, indices, grads[0].reshape(keptShape))
                            .reshape(inputShape)};
            });
            return new ValuesIndices(outValues, outIndices);
        }

        /** A result in the input's layout: 0-d for a 0-d input, the dim dropped without keepdim. */
        private Tensor shaped(Tensor t, boolean keepdim) {
            if (x.dim() == 0) {
                return t.reshape();
            }
            return keepdim ? t : t.squeeze(dim);
        }
    }
}
