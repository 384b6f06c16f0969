package org.autograd4j.ops;

import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.kernels.Sequences;
import org.autograd4j.tensor.Shapes;

/**
 * Rearranging elements without computing on them: {@code repeat_interleave}, {@code rot90},
 * {@code broadcast_to}/{@code broadcast_tensors} and {@code atleast_1d/2d/3d}. All but rot90 are PyTorch's
 * compositions (of index_select, expand, reshape, unsqueeze), so they record those ops' nodes.
 */
public final class Rearranging {
    private Rearranging() {
    }

    /**
     * {@code torch.repeat_interleave(input, repeats, dim)}: each slice along {@code dim} repeated; {@code dim}
     * null repeats the flattened elements. PyTorch's composition: index_select with the repeated indices.
     */
    public static Tensor repeatInterleave(Tensor x, Tensor repeats, Integer dim) {
        Tensor input = dim == null ? x.flatten() : x;
        int d = dim == null ? 0 : Shapes.wrapDim(dim, input.dim());
        int size = input.dim() == 0 ? 1 : input.size(d);
        Tensor counts;
        if (repeats.dim() == 0 || (repeats.dim() == 1 && repeats.size(0) == 1)) {
            counts = repeats.reshape(1).expand(size);
        } else if (repeats.dim() == 1) {
            if (repeats.size(0) != size) {
                throw new IllegalArgumentException("repeats must have the same size as input along dim");
            }
            counts = repeats;
        } else {
            throw new IllegalArgumentException("repeats must be 0-dim or 1-dim tensor");
        }
        return input.indexSelect(d, repeatInterleave(counts));
    }

    /** {@code torch.repeat_interleave(repeats)}: each index i repeated {@code repeats[i]} times (int64). */
    public static Tensor repeatInterleave(Tensor repeats) {
        if (repeats.dtype() != DType.INT64) {
            throw new IllegalArgumentException("\"repeat_interleave_cpu\" not implemented for '"
                    + repeats.dtype().scalarTypeName() + "'");
        }
        if (repeats.dim() != 1) {
            throw new IllegalArgumentException("repeats must be 1-d tensor");
        }
        long[] counts = repeats.contiguous().toLongArray();
        if (Ranges.firstOutside(counts, 0, Long.MAX_VALUE) >= 0) {
            throw new IllegalArgumentException("repeats can not be negative");
        }
        int length = Shapes.storableLength(Sequences.saturatingTotal(counts));
        return Tensor.of(Sequences.repeatedIndices(counts, length));
    }

    /**
     * {@code torch.rot90(input, k, dims)}: rotates the (dims[0], dims[1]) planes by 90° k times, from the first
     * towards the second axis ({@code Rot90Backward0}, whose gradient rotates back).
     */
    public static Tensor rot90(Tensor x, int k, int[] dims) {
        checkRotation(x, dims);
        int turns = Math.floorMod(k, 4);
        int[] plane = {dims[0], dims[1]};
        Tensor out = Prims.noGrad(() -> {
            switch (turns) {
                case 1: return x.flip(plane[1]).transpose(plane[0], plane[1]).contiguous();
                case 2: return x.flip(plane);
                case 3: return x.flip(plane[0]).transpose(plane[0], plane[1]).contiguous();
                default: return x.detach().clone();
            }
        });
        return Graph.record("Rot90Backward0", out, x, ctx -> {
            ctx.forward(t -> rot90(t[0], k, plane));
            return g -> new Tensor[] {rot90(g, -k, plane)};
        });
    }

    private static void checkRotation(Tensor x, int[] dims) {
        int rank = x.dim();
        if (dims.length != 2) {
            throw new IllegalArgumentException("expected total rotation dims == 2, but got dims = " + dims.length);
        }
        if (rank < 2) {
            throw new IllegalArgumentException("expected total dims >= 2, but got total dims = " + rank);
        }
        if (dims[0] == dims[1] || Math.abs(dims[0] - dims[1]) == rank) {
            throw new IllegalArgumentException("expected rotation dims to be different, but got dim0 = " + dims[0]
                    + " and dim1 = " + dims[1]);
        }
        for (int i = 0; i < 2; i++) {
            if (dims[i] >= rank || dims[i] < -rank) {
                throw new IllegalArgumentException("Rotation dim" + i + " out of range, dim" + i + " = " + dims[i]);
            }
        }
    }

    /** {@code torch.broadcast_to(input, shape)}: expand, with expand's checks ({@code ExpandBackward0}). */
    public static Tensor broadcastTo(Tensor x, int[] shape) {
        if (shape.length < x.dim()) {
            throw new IllegalArgumentException("expand(torch." + x.dtype().scalarTypeName() + "Tensor{" + Shapes.str(x.shape())
                    + "}, size=" + Shapes.str(shape) + "): the number of sizes provided (" + shape.length
                    + ") must be greater or equal to the number of dimensions in the tensor (" + x.dim() + ")");
        }
        return x.expand(shape);
    }

    /** {@code torch.broadcast_tensors}: every tensor expanded to the common broadcast shape. */
    public static List<Tensor> broadcastTensors(List<Tensor> tensors) {
        int[] shape = Shapes.SCALAR;
        for (Tensor t : tensors) {
            shape = Shapes.broadcast(shape, t.shape());
        }
        int[] common = shape;
        return tensors.stream().map(t -> t.expand(common)).toList();
    }

    /** {@code torch.atleast_1d}: a 0-d tensor as shape [1], others unchanged. */
    public static Tensor atleast1d(Tensor x) {
        return x.dim() == 0 ? x.reshape(1) : x;
    }

    /** {@code torch.atleast_2d}: 0-d as [1, 1], 1-d as a row [1, n], others unchanged. */
    public static Tensor atleast2d(Tensor x) {
        switch (x.dim()) {
            case 0: return x.reshape(1, 1);
            case 1: return x.unsqueeze(0);
            default: return x;
        }
    }

    /** {@code torch.atleast_3d}: 0-d as [1, 1, 1], 1-d [n] as [1, n, 1], 2-d [m, n] as [m, n, 1], others unchanged. */
    public static Tensor atleast3d(Tensor x) {
        switch (x.dim()) {
            case 0: return x.reshape(1, 1, 1);
            case 1: return x.unsqueeze(0).unsqueeze(-1);
            case 2: return x.unsqueeze(-1);
            default: return x;
        }
    }
}
