package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;
import org.autograd4j.tensor.VersionCounter;

/**
 * The element-moving loops shared by the indexing ops (no autograd): storage offsets of the
 * elements an index selects, and copying or accumulating elements between such offset lists.
 */
final class IndexKernels {
    private IndexKernels() {
    }

    /** The storage offsets of a layout's elements, in row-major order over {@code shape}. */
    static int[] offsets(int[] shape, int[] strides, int base) {
        int n = Shapes.numel(shape);
        int[] out = new int[n];
        int rank = shape.length;
        int[] index = new int[rank];
        int off = base;
        for (int k = 0; k < n; k++) {
            out[k] = off;
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                off += strides[d];
                if (index[d] < shape[d]) {
                    break;
                }
                off -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
        return out;
    }

    /** The offsets of {@code t}'s elements over {@code shape} (a prefix-box of t's shape). */
    static int[] offsets(Tensor t, int[] shape) {
        // A 0-d tensor reads as one element along each dimension of shape, as PyTorch treats it.
        return offsets(shape, t.dim() == 0 ? new int[shape.length] : rawStrides(t), t.storageOffset());
    }

    /** The values of an integer index tensor in row-major order; other dtypes are rejected with {@code what}'s message. */
    static long[] indexValues(Tensor index, String what) {
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException(what);
        }
        return index.toLongArray();
    }

    /** {@code dst[dstOff[k]] = src[srcOff[k]]} (or {@code +=}); both storages have the same dtype. */
    static void move(Storage src, int[] srcOff, Storage dst, int[] dstOff, boolean accumulate) {
        int n = srcOff.length;
        switch (src.dtype()) {
            case FLOAT32: {
                float[] s = src.floats();
                float[] d = dst.floats();
                for (int k = 0; k < n; k++) {
                    d[dstOff[k]] = accumulate ? d[dstOff[k]] + s[srcOff[k]] : s[srcOff[k]];
                }
                break;
            }
            case FLOAT64: {
                double[] s = src.doubles();
                double[] d = dst.doubles();
                for (int k = 0; k < n; k++) {
                    d[dstOff[k]] = accumulate ? d[dstOff[k]] + s[srcOff[k]] : s[srcOff[k]];
                }
                break;
            }
            case INT64: {
                long[] s = src.longs();
                long[] d = dst.longs();
                for (int k = 0; k < n; k++) {
                    d[dstOff[k]] = accumulate ? d[dstOff[k]] + s[srcOff[k]] : s[srcOff[k]];
                }
                break;
            }
            default: {
                boolean[] s = src.bools();
                boolean[] d = dst.bools();
                for (int k = 0; k < n; k++) {
                    d[dstOff[k]] = (accumulate && d[dstOff[k]]) || s[srcOff[k]];
                }
            }
        }
    }

    /** {@code 0, 1, ..., n-1}: the offsets of a fresh contiguous tensor. */
    static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
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
