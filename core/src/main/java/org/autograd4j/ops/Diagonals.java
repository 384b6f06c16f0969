package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.tensor.Shapes;

/**
 * Diagonals and triangles of matrices: {@code diagonal} (a view), {@code diag}, {@code trace},
 * {@code tril}, {@code triu}. Offsets count diagonals above the main one (negative: below).
 */
public final class Diagonals {
    private Diagonals() {
    }

    /** A view of the diagonal {@code offset} of the (dim1, dim2) planes, appended as the last dim (node {@code DiagonalBackward0}). */
    public static Tensor diagonal(Tensor x, int offset, int dim1, int dim2) {
        int rank = x.dim();
        int d1 = Shapes.wrapDim(dim1, rank);
        int d2 = Shapes.wrapDim(dim2, rank);
        if (d1 == d2) {
            throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        }
        int[] shape = rawShape(x);
        int[] strides = rawStrides(x);
        int length;
        int start = x.storageOffset();
        if (offset >= 0) {
            length = Math.max(0, Math.min(shape[d1], shape[d2] - offset));
            start += length == 0 ? 0 : offset * strides[d2];
        } else {
            length = Math.max(0, Math.min(shape[d1] + offset, shape[d2]));
            start += length == 0 ? 0 : -offset * strides[d1];
        }
        int[] outShape = new int[rank - 1];
        int[] outStrides = new int[rank - 1];
        int k = 0;
        for (int d = 0; d < rank; d++) {
            if (d != d1 && d != d2) {
                outShape[k] = shape[d];
                outStrides[k++] = strides[d];
            }
        }
        outShape[k] = length;
        outStrides[k] = strides[d1] + strides[d2];
        Tensor out = Views.makeView(x, outShape, outStrides, start);
        int[] inShape = x.shape();
        return Graph.record("DiagonalBackward0", out, x, ctx -> {
            ctx.forward(t -> diagonal(t[0], offset, d1, d2));
            return g -> new Tensor[] {diagonalBackward(g, inShape, offset, d1, d2)};
        });
    }

    /** Zeros of {@code shape} with {@code g} written on the diagonal: the backward of {@link #diagonal}. */
    static Tensor diagonalBackward(Tensor g, int[] shape, int offset, int d1, int d2) {
        Tensor out = embed(g, shape, offset, d1, d2);
        return Graph.record("DiagonalBackwardBackward0", out, g, ctx -> {
            ctx.forward(t -> diagonalBackward(t[0], shape, offset, d1, d2));
            return gg -> new Tensor[] {diagonal(gg, offset, d1, d2)};
        });
    }

    private static Tensor embed(Tensor values, int[] shape, int offset, int d1, int d2) {
        Tensor out = Tensor.zeros(shape, values.dtype());
        Copying.copyInto(values.detach(), diagonal(out, offset, d1, d2));
        return out;
    }

    /** 1-D input: a square matrix with it on diagonal {@code offset}; 2-D: that diagonal as a vector (node {@code DiagBackward0}). */
    public static Tensor diag(Tensor x, int offset) {
        if (x.dim() != 1 && x.dim() != 2) {
            throw new IllegalArgumentException("matrix or a vector expected");
        }
        int n = x.size(0) + Math.abs(offset);
        Tensor out = x.dim() == 1 ? embed(x, new int[] {n, n}, offset, 0, 1)
                : Copying.convert(diagonal(x.detach(), offset, 0, 1), x.dtype());
        int[] shape = x.shape();
        return Graph.record("DiagBackward0", out, x, ctx -> {
            ctx.forward(t -> diag(t[0], offset));
            return g -> new Tensor[] { shape.length == 1 ? diagonal(g, offset, 0, 1) : diagonalBackward(g, shape, offset, 0, 1)};
        });
    }

    /** Sum of the main diagonal of a matrix (node {@code TraceBackward0}). */
    public static Tensor trace(Tensor x) {
        if (x.dim() != 2) {
            throw new IllegalArgumentException("trace: expected a matrix, but got tensor with dim " + x.dim());
        }
        Tensor out = Reductions.sum(diagonal(x.detach(), 0, 0, 1));
        int[] shape = x.shape();
        int length = Math.min(shape[0], shape[1]);
        return Graph.record("TraceBackward0", out, x, ctx -> {
            ctx.forward(t -> trace(t[0]));
            return g -> new Tensor[] {diagonalBackward(g.expand(length), shape, 0, 0, 1)};
        });
    }

    /** The lower triangle (on and below diagonal {@code diagonal}) of the last two dims (node {@code TrilBackward0}). */
    public static Tensor tril(Tensor x, int diagonal) {
        return triangle(x, diagonal, true);
    }

    /** The upper triangle (node {@code TriuBackward0}). */
    public static Tensor triu(Tensor x, int diagonal) {
        return triangle(x, diagonal, false);
    }

    private static Tensor triangle(Tensor x, int diagonal, boolean lower) {
        int rank = x.dim();
        Shapes.wrapDim(-2, rank < 2 ? 1 : rank); // PyTorch 1.13 reports a 1-D input as an out-of-range dim -2
        int rows = x.size(-2);
        int cols = x.size(-1);
        Tensor drop = Creation.empty(new int[] {rows, cols}, DType.BOOL);
        boolean[] mask = storage(drop).bools();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                mask[i * cols + j] = lower ? j - i > diagonal : j - i < diagonal;
            }
        }
        Tensor out = Copying.convert(x, x.dtype());
        Pointwise.map2Into(out, drop, out, (v, d) -> d != 0 ? 0 : v);
        return Graph.record(lower ? "TrilBackward0" : "TriuBackward0", out, x, ctx -> {
            ctx.forward(t -> triangle(t[0], diagonal, lower));
            return g -> new Tensor[] {triangle(g, diagonal, lower)};
        });
    }
}
