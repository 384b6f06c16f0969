package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.linalg.Precision;
import org.autograd4j.tensor.Shapes;

/**
 * A tensor of shape (*, rows, cols) seen as its batch of matrices, each copied out as a row-major
 * float64 array for the {@code kernels.linalg} loops, and the way back. The factorizations run in
 * float64 for float32 inputs too, but for the blocked updates ({@link #precision()}); results are
 * rounded to the input's dtype.
 */
final class MatrixBatch {
    final int[] batch;
    final int rows;
    final int cols;
    final DType dtype;
    final double[][] matrices;

    private MatrixBatch(Tensor x) {
        int[] shape = x.shape();
        this.batch = Arrays.copyOf(shape, shape.length - 2);
        this.rows = shape[shape.length - 2];
        this.cols = shape[shape.length - 1];
        this.dtype = x.dtype();
        double[] flat = x.detach().toDoubleArray();
        this.matrices = new double[Shapes.numel(batch)][];
        for (int b = 0; b < matrices.length; b++) {
            matrices[b] = Arrays.copyOfRange(flat, b * rows * cols, (b + 1) * rows * cols);
        }
    }

    /** The matrices of {@code x} (at least 2-D). */
    static MatrixBatch of(Tensor x) {
        return new MatrixBatch(x);
    }

    /**
     * The precision of the blocked factorizations' trailing updates: float32 for float32 matrices
     * (as PyTorch computes them), float64 otherwise.
     */
    Precision precision() {
        return dtype == DType.FLOAT32 ? Precision.FLOAT32 : Precision.FLOAT64;
    }

    int count() {
        return matrices.length;
    }

    /** One matrix per batch element, each {@code r}×{@code c}, as a tensor of this batch's shape and dtype. */
    Tensor matrices(double[][] values, int r, int c) {
        return Tensor.of(flatten(values, r * c), shape(r, c)).to(dtype);
    }

    /** One vector of length {@code n} per batch element. */
    Tensor vectors(double[][] values, int n) {
        int[] shape = Arrays.copyOf(batch, batch.length + 1);
        shape[batch.length] = n;
        return Tensor.of(flatten(values, n), shape).to(dtype);
    }

    /** One number per batch element, as a tensor of the batch's shape. */
    Tensor scalars(double[] values) {
        return Tensor.of(values, batch).to(dtype);
    }

    /** One LAPACK-style {@code info} per batch element (int64; PyTorch's is int32), as a tensor of the batch's shape. */
    Tensor infos(long[] values) {
        return Tensor.of(values, batch);
    }

    private int[] shape(int r, int c) {
        int[] shape = Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = r;
        shape[batch.length + 1] = c;
        return shape;
    }

    private static double[] flatten(double[][] values, int each) {
        double[] flat = new double[values.length * each];
        for (int b = 0; b < values.length; b++) {
            System.arraycopy(values[b], 0, flat, b * each, each);
        }
        return flat;
    }
}
