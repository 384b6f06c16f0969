package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;

/** Shared helpers of the convolution, pooling and padding kernels: array access and argument checks. */
final class Kernels2d {
    private Kernels2d() {
    }

    /**
     * {@code t}'s values in row-major order as an array of its own dtype's Java type ({@code float[]}
     * or {@code double[]}): the storage itself when {@code t} is contiguous and spans all of it, else a
     * copy. Kernels only read it.
     */
    static Object values(Tensor t) {
        return values(t, t.dtype());
    }

    /** {@code t}'s values in row-major order as an array of {@code dtype}'s Java type (read-only, see above). */
    static Object values(Tensor t, DType dtype) {
        Storage s = storage(t);
        if (t.dtype() == dtype && t.storageOffset() == 0 && s.length() == t.numel() && t.isContiguous()) {
            return s.array();
        }
        return Copying.contiguousArray(t, dtype);
    }

    /** A new zero-filled array of {@code n} elements of {@code dtype}'s Java type. */
    static Object newArray(DType dtype, int n) {
        return Storage.allocate(dtype, n).array();
    }

    /** A new tensor of {@code dtype} wrapping {@code data} (row-major, of that dtype's Java type) with the given shape. */
    static Tensor tensor(Object data, int[] shape, DType dtype) {
        return Creation.fromArray(data, dtype, shape);
    }

    /** An int or a tuple of length 1 or {@code n}, expanded to {@code n} values (PyTorch's _pair). */
    static int[] expand(int[] v, int n, String name) {
        if (v.length == n) {
            return v.clone();
        }
        if (v.length == 1) {
            int[] out = new int[n];
            java.util.Arrays.fill(out, v[0]);
            return out;
        }
        throw new IllegalArgumentException("expected " + name + " to be a single integer value or a list of " + n
                + " values to match the convolution dimensions, but got " + name + "=" + Shapes.str(v));
    }

    static int[] ints(int v, int n) {
        int[] out = new int[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    static void requireFloating(Tensor t, String op) {
        if (!t.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"" + op + "\" not implemented for '"
                    + t.dtype().scalarTypeName() + "'");
        }
    }
}
