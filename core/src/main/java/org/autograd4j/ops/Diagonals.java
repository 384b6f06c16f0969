package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.TrianglePositions;
import org.autograd4j.tensor.Shapes;

/**
 * Diagonals and triangles of matrices: {@code diagonal} (a view), {@code diag}, {@code trace},
 * {@code tril}, {@code triu}, and matrices built along diagonals: {@code diag_embed}, {@code block_diag}.
 * Offsets count diagonals above the main one (negative: below).
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
        TrianglePositions.outside(rows, cols, diagonal, lower, storage(drop).bools());
        Tensor out = Copying.convert(x, x.dtype());
        Pointwise.map2Into(out, drop, out, (v, d) -> d != 0 ? 0 : v);
        return Graph.record(lower ? "TrilBackward0" : "TriuBackward0", out, x, ctx -> {
            ctx.forward(t -> triangle(t[0], diagonal, lower));
            return g -> new Tensor[] {triangle(g, diagonal, lower)};
        });
    }

    /**
     * {@code torch.diag_embed}: the last dimension of {@code x} written on diagonal {@code offset} of new
     * (dim1, dim2) planes, zeros elsewhere ({@code DiagEmbedBackward0}: the gradient is that diagonal).
     */
    public static Tensor diagEmbed(Tensor x, int offset, int dim1, int dim2) {
        int rank = x.dim() + 1;
        int d1 = Shapes.wrapDim(dim1, rank);
        int d2 = Shapes.wrapDim(dim2, rank);
        if (d1 == d2) {
            throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        }
        int n = x.size(-1) + Math.abs(offset);
        int[] shape = new int[rank];
        int[] batch = x.shape();
        for (int d = 0, b = 0; d < rank; d++) {
            shape[d] = d == d1 || d == d2 ? n : batch[b++];
        }
        Tensor out = embed(x, shape, offset, d1, d2);
        return Graph.record("DiagEmbedBackward0", out, x, ctx -> {
            ctx.forward(t -> diagEmbed(t[0], offset, d1, d2));
            return g -> new Tensor[] {diagonal(g, offset, d1, d2)};
        });
    }

    /**
     * {@code torch.block_diag}: the tensors (0-d as 1x1, 1-d as one row) as blocks down the diagonal of a matrix
     * of their promoted dtype ({@code BlockDiagBackward0}: each gradient is its block).
     */
    public static Tensor blockDiag(Tensor... tensors) {
        DType dtype = tensors.length == 0 ? DType.FLOAT32 : tensors[0].dtype();
        int rows = 0;
        int cols = 0;
        for (int i = 0; i < tensors.length; i++) {
            if (tensors[i].dim() > 2) {
                throw new IllegalArgumentException("torch.block_diag: Input tensors must have 2 or fewer dimensions. "
                        + "Input " + i + " has " + tensors[i].dim() + " dimensions");
            }
            dtype = DType.promote(dtype, tensors[i].dtype());
            rows += blockShape(tensors[i])[0];
            cols += blockShape(tensors[i])[1];
        }
        Tensor out = Tensor.zeros(new int[] {tensors.length == 0 ? 1 : rows, cols}, dtype);
        int[][] corners = new int[tensors.length][];
        for (int i = 0, r = 0, c = 0; i < tensors.length; i++) {
            int[] block = blockShape(tensors[i]);
            corners[i] = new int[] {r, c};
            Copying.copyInto(tensors[i].detach().reshape(block), out.narrow(0, r, block[0]).narrow(1, c, block[1]));
            r += block[0];
            c += block[1];
        }
        return Graph.record("BlockDiagBackward0", out, tensors, ctx -> {
            ctx.forward(t -> blockDiag(Tangents.orZeros(t, tensors).toArray(new Tensor[0])));
            return g -> blockGradients(g, tensors, corners);
        });
    }

    private static int[] blockShape(Tensor t) {
        switch (t.dim()) {
            case 0: return new int[] {1, 1};
            case 1: return new int[] {1, t.size(0)};
            default: return t.shape();
        }
    }

    private static Tensor[] blockGradients(Tensor g, Tensor[] tensors, int[][] corners) {
        Tensor[] grads = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            int[] block = blockShape(tensors[i]);
            grads[i] = g.narrow(0, corners[i][0], block[0]).narrow(1, corners[i][1], block[1])
                    .reshape(tensors[i].shape()).to(tensors[i].dtype());
        }
        return grads;
    }
}
