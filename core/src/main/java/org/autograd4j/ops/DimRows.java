package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * A contiguous floating tensor seen as rows along one dimension: {@code outer * inner} rows of
 * {@code n} elements, row {@code r} starting at {@code (r / inner) * n * inner + r % inner} with a
 * stride of {@code inner} (1 for the last dimension). The fused softmax and loss kernels read a row
 * into a double scratch buffer, compute in double, and write the row back; float32 results are
 * rounded once at the store.
 */
final class DimRows {
    /** How many rows ({@code outer * inner}). */
    final int rows;
    /** The length of each row (the size of the dimension). */
    final int n;
    private final int inner;
    private final float[] f;
    private final double[] d;
    private final int offset;

    /** {@code t} must be contiguous and float32 or float64; a 0-d tensor is one row of one element. */
    DimRows(Tensor t, int dim) {
        int[] shape = rawShape(t);
        int len = shape.length == 0 ? 1 : shape[dim];
        int in = 1;
        for (int i = dim + 1; i < shape.length; i++) {
            in *= shape[i];
        }
        this.n = len;
        this.inner = in;
        this.rows = len == 0 ? 0 : Shapes.numel(shape) / len;
        this.offset = t.storageOffset();
        this.f = t.dtype() == DType.FLOAT32 ? storage(t).floats() : null;
        this.d = f == null ? storage(t).doubles() : null;
    }

    private int base(int row) {
        return inner == 1 ? offset + row * n : offset + (row / inner) * n * inner + row % inner;
    }

    /** Copies row {@code row} into {@code buf[0..n)}. */
    void load(int row, double[] buf) {
        int b = base(row);
        if (d != null && inner == 1) {
            System.arraycopy(d, b, buf, 0, n);
        } else if (d != null) {
            for (int i = 0; i < n; i++) {
                buf[i] = d[b + i * inner];
            }
        } else {
            for (int i = 0; i < n; i++) {
                buf[i] = f[b + i * inner];
            }
        }
    }

    /** Writes {@code buf[0..n)} to row {@code row} (rounding to float32 for a float32 tensor). */
    void store(int row, double[] buf) {
        int b = base(row);
        if (d != null && inner == 1) {
            System.arraycopy(buf, 0, d, b, n);
        } else if (d != null) {
            for (int i = 0; i < n; i++) {
                d[b + i * inner] = buf[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                f[b + i * inner] = (float) buf[i];
            }
        }
    }
}
