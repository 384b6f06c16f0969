package org.autograd4j.nn.functional;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.ops.Copying;
import org.autograd4j.ops.Creation;
import org.autograd4j.tensor.Shapes;

/** Shared helpers of the convolution, pooling and padding kernels: array access and argument checks. */
final class Kernels2d {
    private Kernels2d() {
    }

    /** {@code t}'s values in row-major order as a new double array (kernels compute in double). */
    static double[] values(Tensor t) {
        return (double[]) Copying.contiguousArray(t, DType.FLOAT64);
    }

    /** A new tensor of {@code dtype} holding {@code data} (row-major) with the given shape. */
    static Tensor tensor(double[] data, int[] shape, DType dtype) {
        Tensor t = Creation.fromArray(data, DType.FLOAT64, shape);
        return dtype == DType.FLOAT64 ? t : Copying.convert(t, dtype);
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
