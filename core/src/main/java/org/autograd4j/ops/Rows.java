package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * A tensor's data seen as {@code outer} rows of {@code n} elements, where each row holds the
 * elements of the reduced dimensions for one position of the kept dimensions. Forward kernels of
 * reductions and scans loop over these rows, then build their output with {@link #reduced} or
 * {@link #scanned}. Floating data is read as doubles, integer and bool data as longs.
 */
final class Rows {
    final int[] shape;
    final DType dtype;
    /** The reduced dimensions, sorted and wrapped. */
    final int[] dims;
    final int outer;
    final int n;
    /** Row-major rows for floating inputs, else null. */
    final double[] d;
    /** Row-major rows for int64/bool inputs, else null. */
    final long[] l;
    private final int[] order;

    private Rows(Tensor x, int[] dims) {
        this.shape = x.shape();
        this.dtype = x.dtype();
        this.dims = dims;
        int rank = shape.length;
        boolean[] reduced = new boolean[rank];
        for (int dim : dims) {
            reduced[dim] = true;
        }
        order = new int[rank];
        int k = 0;
        int rowLength = 1;
        for (int i = 0; i < rank; i++) {
            if (!reduced[i]) {
                order[k++] = i;
            }
        }
        for (int dim : dims) {
            order[k++] = dim;
            rowLength *= shape[dim];
        }
        this.n = rowLength;
        this.outer = rowLength == 0 ? outerCount(shape, reduced) : Shapes.numel(shape) / rowLength;
        Tensor permuted = x.detach().permute(order);
        if (x.numel() == 0) {
            d = x.dtype().isFloatingPoint() ? new double[0] : null;
            l = d == null ? new long[0] : null;
        } else if (x.dtype().isFloatingPoint()) {
            d = permuted.toDoubleArray();
            l = null;
        } else {
            l = permuted.toLongArray();
            d = null;
        }
    }

    private static int outerCount(int[] shape, boolean[] reduced) {
        int count = 1;
        for (int i = 0; i < shape.length; i++) {
            count *= reduced[i] ? 1 : shape[i];
        }
        return count;
    }

    /** Rows over the given dims (wrapped, sorted, checked for repeats). */
    static Rows of(Tensor x, int[] dims) {
        return new Rows(x, Reductions.normalizeDims(dims, x.dim()));
    }

    /** Rows over one dim. */
    static Rows of(Tensor x, int dim) {
        return new Rows(x, x.dim() == 0 ? new int[0] : new int[] {Shapes.wrapDim(dim, x.dim())});
    }

    /** Rows over {@code dims}, or one row of every element when {@code dims} is empty. */
    static Rows over(Tensor x, int[] dims) {
        return dims.length == 0 ? all(x) : of(x, dims);
    }

    /** One row holding every element. */
    static Rows all(Tensor x) {
        return new Rows(x, Reductions.allDims(x.dim()));
    }

    /** The rows: {@link #d} for floating inputs, else {@link #l}. */
    Object data() {
        return d != null ? d : l;
    }

    /** Element {@code i} of row {@code r} as a double. */
    double get(int r, int i) {
        return d != null ? d[r * n + i] : l[r * n + i];
    }

    /** The shape of a reduction's result. */
    int[] reducedShape(boolean keepdim) {
        return reducedShape(shape, dims, keepdim);
    }

    static int[] reducedShape(int[] shape, int[] dims, boolean keepdim) {
        boolean[] reduced = new boolean[shape.length];
        int count = 0;
        for (int dim : dims) {
            reduced[dim] = true;
            count++;
        }
        int[] out = new int[keepdim ? shape.length : shape.length - count];
        int k = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!reduced[i]) {
                out[k++] = shape[i];
            } else if (keepdim) {
                out[k++] = 1;
            }
        }
        return out;
    }

    /** A reduction's result: one value per row ({@code double[]} or {@code long[]}), converted to {@code type}. */
    Tensor reduced(Object values, DType type, boolean keepdim) {
        Tensor out = Creation.fromArray(values, values instanceof double[] ? DType.FLOAT64 : DType.INT64,
                reducedShape(keepdim));
        return out.dtype() == type ? out : Copying.convert(out, type);
    }

    /** A scan's result: {@code values} laid out as the rows, put back into the input's shape. */
    Tensor scanned(Object values, DType type) {
        int[] permutedShape = new int[shape.length];
        int[] inverse = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            permutedShape[i] = shape[order[i]];
            inverse[order[i]] = i;
        }
        Tensor t = Creation.fromArray(values, values instanceof double[] ? DType.FLOAT64 : DType.INT64, permutedShape);
        if (t.numel() == 0) {
            return Creation.empty(shape, type);
        }
        return Copying.convert(t.permute(inverse), type);
    }
}
