package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.ElementOffsets;
import org.autograd4j.kernels.OffsetMoves;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.VersionCounter;

/**
 * What the indexing ops share (no autograd): a tensor's element offsets and index values for the
 * kernels ({@code kernels.ElementOffsets}, {@code kernels.OffsetMoves}), and unrecorded views.
 */
final class IndexLayouts {
    private IndexLayouts() {
    }

    /** The offsets of {@code t}'s elements over {@code shape} (a prefix-box of t's shape). */
    static int[] offsets(Tensor t, int[] shape) {
        // A 0-d tensor reads as one element along each dimension of shape, as PyTorch treats it.
        return ElementOffsets.of(Shapes.numel(shape), shape, t.dim() == 0 ? new int[shape.length] : rawStrides(t), t.storageOffset());
    }

    /** The values of an integer index tensor in row-major order; other dtypes are rejected with {@code what}'s message. */
    static long[] indexValues(Tensor index, String what) {
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException(what);
        }
        return index.toLongArray();
    }

    /** {@code dst[dstOff[k]] = src[srcOff[k]]} (or {@code +=}) in the tensors' storages, of the same dtype. */
    static void move(Tensor src, int[] srcOff, Tensor dst, int[] dstOff, boolean accumulate) {
        OffsetMoves.move(storage(src).array(), srcOff, storage(dst).array(), dstOff, accumulate);
    }

    /** An unrecorded view of {@code t} (for internal loops that must not touch the graph or the version). */
    static Tensor rawView(Tensor t, int[] shape, int[] strides, int offset) {
        return TensorAccess.create(storage(t), shape, strides, offset, new VersionCounter());
    }

    /** The unrecorded slice of {@code t} at {@code index} along {@code dim}. */
    static Tensor rawSelect(Tensor t, int dim, int index) {
        return rawView(t, Views.remove(rawShape(t), dim), Views.remove(rawStrides(t), dim),
                t.storageOffset() + index * rawStrides(t)[dim]);
    }
}
