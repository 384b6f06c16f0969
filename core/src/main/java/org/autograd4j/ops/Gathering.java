package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.kernels.ElementOffsets;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.Shapes;

/**
 * Index-driven reads and writes along one dimension: {@code indexSelect}/{@code indexAdd} (a
 * 1-D index picks whole slices) and {@code gather}/{@code scatter}/{@code scatterAdd} (an index
 * of the input's rank picks single elements). Each backward is the dual op, as in
 * derivatives.yaml: gather's is a scatterAdd into zeros, scatterAdd's (w.r.t. src) is a gather.
 */
public final class Gathering {
    private Gathering() {
    }

    // ------------------------------------------------------------------ slices: indexSelect, indexAdd

    /** {@code x.index_select(dim, index)} (node {@code IndexSelectBackward0}). */
    public static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        long[] idx = vectorIndex(index, "index_select(): Expected dtype int32 or int64 for index",
                "index_select(): Index is supposed to be a vector");
        if (x.dim() == 0 && idx.length != 1) {
            throw new IndexOutOfBoundsException("index_select(): Index to scalar can have only 1 value, got "
                    + idx.length + " value(s)");
        }
        int[] original = x.shape();
        Tensor src = x.dim() == 0 ? IndexLayouts.rawView(x, new int[] {1}, new int[] {1}, x.storageOffset()) : x;
        int d = Shapes.wrapDim(dim, x.dim());
        int size = rawShape(src)[d];
        int[] shape = src.shape();
        shape[d] = idx.length;
        Tensor out = Creation.empty(shape, x.dtype());
        checkSliceIndices(idx, size);
        for (int i = 0; i < idx.length; i++) {
            Copying.copyInto(IndexLayouts.rawSelect(src, d, (int) idx[i]), IndexLayouts.rawSelect(out, d, i));
        }
        if (x.dim() == 0) {
            out = TensorAccess.create(storage(out), new int[0]);
        }
        return Graph.record("IndexSelectBackward0", out, x, ctx -> {
            ctx.forward(t -> indexSelect(t[0], d, index));
            return g -> new Tensor[] { indexAdd(Tensor.zeros(original, g.dtype()), d, index, g, 1)};
        });
    }

    /**
     * {@code x.index_add(dim, index, source, alpha)}: {@code out.select(dim, index[i]) += alpha * source.select(dim, i)};
     * duplicate indices accumulate (node {@code IndexAddBackward0}).
     */
    public static Tensor indexAdd(Tensor x, int dim, Tensor index, Tensor source, double alpha) {
        long[] idx = vectorIndex(index, "index_add_(): Expected dtype int32/int64 for index",
                "index_add_(): Index is supposed to be a vector");
        int d = Shapes.wrapDim(dim, x.dim());
        if (source.dtype() != x.dtype()) {
            throw new IllegalArgumentException("index_add_(): self (" + x.dtype().scalarTypeName()
                    + ") and source (" + source.dtype().scalarTypeName() + ") must have the same scalar type");
        }
        if (d >= Math.max(source.dim(), 1)) {
            throw new IndexOutOfBoundsException("index_add_(): Indexing dim " + d + " is out of bounds of the source "
                    + "tensor with dim " + source.dim());
        }
        int sourceSize = source.dim() == 0 ? 1 : rawShape(source)[d];
        if (idx.length != sourceSize) {
            throw new IllegalArgumentException("index_add_(): Number of indices (" + idx.length
                    + ") should be equal to source.size(dim): (" + sourceSize + "), for dim: " + d);
        }
        Tensor out = Copying.convert(x, x.dtype());
        if (x.dim() == 0) {
            out = out.reshape(1);
        }
        Tensor src = source.dim() == 0 ? source.reshape(1) : source;
        if (alpha != 1) {
            src = Pointwise.binary(BinaryOp.MUL, src.detach(), TensorAccess.wrap(alpha)).to(x.dtype());
        }
        checkSliceIndices(idx, rawShape(out)[d]);
        for (int i = 0; i < idx.length; i++) {
            Tensor slot = IndexLayouts.rawSelect(out, d, (int) idx[i]);
            Pointwise.binaryInto(BinaryOp.ADD, slot, IndexLayouts.rawSelect(src, d, i), slot);
        }
        if (x.dim() == 0) {
            out = TensorAccess.create(storage(out), new int[0]);
        }
        int[] sourceShape = source.shape();
        return Graph.record("IndexAddBackward0", out, x, source, ctx -> {
            ctx.forward(t -> indexAdd(Tangents.orZeros(t[0], x), d, index, Tangents.orZeros(t[1], source), alpha));
            return g -> {
                Tensor gs = null;
                if (ctx.needsGrad(1)) {
                    gs = indexSelect(g, d, index);
                    gs = (alpha == 1 ? gs : gs.mul(alpha)).reshape(sourceShape.length == 0 ? new int[0] : gs.shape());
                }
                return new Tensor[] {ctx.needsGrad(0) ? g : null, gs};
            };
        });
    }

    private static long[] vectorIndex(Tensor index, String dtypeMessage, String rankMessage) {
        long[] idx = IndexLayouts.indexValues(index, dtypeMessage);
        if (index.dim() > 1) {
            throw new IndexOutOfBoundsException(rankMessage);
        }
        return idx;
    }

    /** index_select's and index_add's check that every index picks one of a dim's {@code size} slices. */
    private static void checkSliceIndices(long[] idx, int size) {
        if (Ranges.firstOutside(idx, 0, size - 1L) >= 0) {
            throw new IndexOutOfBoundsException("index out of range in self");
        }
    }

    // ------------------------------------------------------------------ elements: gather, scatter, scatterAdd

    /** {@code x.gather(dim, index)}: {@code out[i][j][k] = x[i][index[i][j][k]][k]} for dim 1 (node {@code GatherBackward0}). */
    /** {@link #gather(Tensor, int, Tensor)} with PyTorch's {@code sparse_grad}, which must be false here. */
    public static Tensor gather(Tensor x, int dim, Tensor index, boolean sparseGrad) {
        if (sparseGrad) {
            throw new UnsupportedOperationException("sparse gradients are not supported");
        }
        return gather(x, dim, index);
    }

    public static Tensor gather(Tensor x, int dim, Tensor index) {
        long[] idx = IndexLayouts.indexValues(index, "gather(): Expected dtype int64 for index");
        int d = Shapes.wrapDim(dim, x.dim());
        checkIndexShape(x, d, index, null);
        Tensor out = Creation.empty(rawShape(index), x.dtype());
        int[] from = elementOffsets(x, d, rawShape(index), idx);
        IndexLayouts.move(x, from, out, ElementOffsets.contiguous(idx.length), false);
        int[] original = x.shape();
        return Graph.record("GatherBackward0", out, x, ctx -> {
            ctx.forward(t -> gather(t[0], d, index));
            return g -> new Tensor[] { scatterAdd(Tensor.zeros(original, g.dtype()), d, index, g)};
        });
    }

    /** {@code x.scatter(dim, index, src)}: a copy of x with {@code out[i][index[i][j]] = src[i][j]} (node {@code ScatterBackward0}). */
    public static Tensor scatter(Tensor x, int dim, Tensor index, Tensor src) {
        Tensor out = scatterForward(x, dim, index, src, false, "scatter");
        int d = Shapes.wrapDim(dim, x.dim());
        return Graph.record("ScatterBackward0", out, x, src, ctx -> {
            ctx.forward(t -> scatter(Tangents.orZeros(t[0], x), d, index, Tangents.orZeros(t[1], src)));
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? scatter(g, d, index, 0) : null,
                    ctx.needsGrad(1) ? gather(g, d, index) : null};
        });
    }

    /** {@code x.scatter(dim, index, value)}: a copy of x with {@code value} at the indexed places (node {@code ScatterBackward1}). */
    public static Tensor scatter(Tensor x, int dim, Tensor index, double value) {
        Tensor src = Tensor.full(rawShape(index), value, x.dtype());
        Tensor out = scatterForward(x, dim, index, src, false, "scatter");
        int d = Shapes.wrapDim(dim, x.dim());
        return Graph.record("ScatterBackward1", out, x, ctx -> {
            ctx.forward(t -> scatter(t[0], d, index, 0));
            return g -> new Tensor[] {scatter(g, d, index, 0)};
        });
    }

    /** {@code x.scatter_add(dim, index, src)}: duplicate indices accumulate (node {@code ScatterAddBackward0}). */
    public static Tensor scatterAdd(Tensor x, int dim, Tensor index, Tensor src) {
        Tensor out = scatterForward(x, dim, index, src, true, "scatter_add");
        int d = Shapes.wrapDim(dim, x.dim());
        return Graph.record("ScatterAddBackward0", out, x, src, ctx -> {
            ctx.forward(t -> scatterAdd(Tangents.orZeros(t[0], x), d, index, Tangents.orZeros(t[1], src)));
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? g : null,
                    ctx.needsGrad(1) ? gather(g, d, index) : null};
        });
    }

    private static Tensor scatterForward(Tensor x, int dim, Tensor index, Tensor src, boolean accumulate, String op) {
        long[] idx = IndexLayouts.indexValues(index, op + "(): Expected dtype int64 for index");
        if (src.dtype() != x.dtype()) {
            throw new IllegalArgumentException(op + "(): Expected self.dtype to be equal to src.dtype");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        checkIndexShape(x, d, index, src);
        Tensor out = Copying.convert(x, x.dtype());
        int[] to = elementOffsets(out, d, rawShape(index), idx);
        IndexLayouts.move(src, IndexLayouts.offsets(src, rawShape(index)), out, to, accumulate);
        return out;
    }

    /** Offsets in t of the elements an index tensor of {@code shape} selects along {@code d}, bounds-checked. */
    static int[] elementOffsets(Tensor t, int d, int[] shape, long[] idx) {
        int[] strides = t.dim() == 0 ? new int[shape.length] : t.stride(); // 0-d: one element along every dim
        int size = t.dim() == 0 ? 1 : rawShape(t)[d];
        int step = t.dim() == 0 ? 0 : strides[d];
        if (t.dim() > 0) {
            strides[d] = 0;
        }
        int bad = Ranges.firstOutside(idx, 0, size - 1L);
        if (bad >= 0) {
            throw new IllegalArgumentException("index " + idx[bad] + " is out of bounds for dimension " + d
                    + " with size " + size);
        }
        int[] offsets = ElementOffsets.of(Shapes.numel(shape), shape, strides, t.storageOffset());
        ElementOffsets.addIndex(idx, size, step, offsets); // every index is in [0, size): none wraps or fails
        return offsets;
    }

    static void checkIndexShape(Tensor x, int d, Tensor index, Tensor src) {
        int rank = Math.max(x.dim(), 1);
        if (Math.max(index.dim(), 1) != rank) {
            throw new IllegalArgumentException("Index tensor must have the same number of dimensions as "
                    + (src == null ? "input" : "self") + " tensor");
        }
        if (src != null && Math.max(src.dim(), 1) != rank) {
            throw new IllegalArgumentException("Index tensor must have the same number of dimensions as src tensor");
        }
        for (int k = 0; k < index.dim(); k++) {
            boolean tooBig = k != d && rawShape(index)[k] > nonEmptySize(x, k);
            if (src == null && tooBig) {
                throw new IllegalArgumentException("Size does not match at dimension " + k + " expected index "
                        + Shapes.str(rawShape(index)) + " to be smaller than self " + Shapes.str(rawShape(x))
                        + " apart from dimension " + d);
            }
            if (src != null && (tooBig || rawShape(index)[k] > nonEmptySize(src, k))) {
                throw new IllegalArgumentException("Expected index " + Shapes.str(rawShape(index))
                        + " to be smaller than self " + Shapes.str(rawShape(x)) + " apart from dimension " + d
                        + " and to be smaller size than src " + Shapes.str(rawShape(src)));
            }
        }
    }

    /** A dim's size, 1 for a 0-d tensor (PyTorch's {@code ensure_nonempty_size}). */
    private static int nonEmptySize(Tensor t, int k) {
        return t.dim() == 0 ? 1 : rawShape(t)[k];
    }
}
