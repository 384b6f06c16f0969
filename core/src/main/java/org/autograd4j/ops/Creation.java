package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.storage;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.Fills;
import org.autograd4j.kernels.Sequences;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;

/** Factories for new tensors: from Java arrays, constants, ranges. */
public final class Creation {
    private Creation() {
    }

    /** Wraps {@code array} (not copied) as a tensor of {@code shape}; a 1-D shape is the array's length. */
    public static Tensor fromArray(Object array, DType dtype, int... shape) {
        Storage storage = Storage.wrap(dtype, array);
        checkShape(shape);
        int n = Shapes.numel(shape);
        if (n != storage.length()) {
            throw new IllegalArgumentException("shape '" + Shapes.str(shape) + "' is invalid for input of size "
                    + storage.length());
        }
        return TensorAccess.create(storage, shape.length == 0 ? Shapes.SCALAR : shape.clone());
    }

    /** A tensor from nested Java arrays (float[][], double[][][], ...), checked to be rectangular. */
    public static Tensor fromNested(Object nested, DType dtype) {
        List<Integer> dims = new ArrayList<>();
        Object level = nested;
        while (level.getClass().getComponentType().isArray()) {
            dims.add(Array.getLength(level));
            level = Array.getLength(level) == 0 ? Array.newInstance(level.getClass().getComponentType().getComponentType(), 0)
                    : Array.get(level, 0);
        }
        dims.add(Array.getLength(level));
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        Storage storage = Storage.allocate(dtype, Shapes.numel(shape));
        int[] cursor = {0};
        flatten(nested, shape, 0, storage, cursor);
        return TensorAccess.create(storage, shape);
    }

    private static void flatten(Object level, int[] shape, int depth, Storage out, int[] cursor) {
        int len = Array.getLength(level);
        if (len != shape[depth]) {
            throw new IllegalArgumentException("expected sequence of length " + shape[depth] + " at dim " + depth
                    + " (got " + len + ")");
        }
        if (depth == shape.length - 1) {
            System.arraycopy(level, 0, out.array(), cursor[0], len);
            cursor[0] += len;
            return;
        }
        for (int i = 0; i < len; i++) {
            flatten(Array.get(level, i), shape, depth + 1, out, cursor);
        }
    }

    public static Tensor empty(int[] shape, DType dtype) {
        checkShape(shape);
        return TensorAccess.create(Storage.allocate(dtype, Shapes.numel(shape)), shape.length == 0 ? Shapes.SCALAR : shape.clone());
    }

    /**
     * Like {@link #empty} but keeps {@code shape} itself: for internal callers whose shape array is
     * already a tensor's (or freshly computed) and will never be modified.
     */
    static Tensor emptyWithShape(int[] shape, DType dtype) {
        return TensorAccess.create(Storage.allocate(dtype, Shapes.numel(shape)), shape);
    }

    public static Tensor full(int[] shape, double value, DType dtype) {
        Tensor t = empty(shape, dtype);
        if (value != 0) {
            Fills.fill(storage(t).array(), value);
        }
        return t;
    }

    /** {@code torch.arange} with floating-point bounds: values {@code start + i * step}, computed in double. */
    public static Tensor arange(double start, double end, double step, DType dtype) {
        checkRange(start, end, step);
        double size = Math.ceil((end - start) / step);
        if (!(size >= 0 && size <= Long.MAX_VALUE)) {
            throw new IllegalArgumentException("invalid size, possible overflow?");
        }
        int n = Shapes.storableLength((long) size);
        return inType(fromArray(Sequences.arithmetic(n, start, step), DType.FLOAT64, n), dtype);
    }

    /** {@code torch.arange} with integer bounds: exact in 64-bit integers, as PyTorch computes int64 ranges. */
    public static Tensor arange(long start, long end, long step, DType dtype) {
        checkRange(start, end, step);
        long n;
        try {
            long span = Math.subtractExact(end, start);
            n = span / step + (span % step != 0 ? 1 : 0);
        } catch (ArithmeticException overflow) {
            n = Long.MAX_VALUE; // the span alone is past any storage
        }
        int length = Shapes.storableLength(n);
        return inType(fromArray(Sequences.arithmetic(length, start, step), DType.INT64, length), dtype);
    }

    /** PyTorch's checks on arange's bounds and step (NaN fails the sign test, as in PyTorch). */
    private static void checkRange(double start, double end, double step) {
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("unsupported range: " + scalarText(start) + " -> " + scalarText(end));
        }
        if (step == 0) {
            throw new IllegalArgumentException("step must be nonzero");
        }
        if (!((step > 0 && end >= start) || (step < 0 && end <= start))) {
            throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
        }
    }

    /** A number as PyTorch's C++ messages print it: {@code 0}, {@code 0.5}, {@code nan}, {@code inf}. */
    private static String scalarText(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public static Tensor linspace(double start, double end, int steps, DType dtype) {
        if (steps < 0) {
            throw new IllegalArgumentException("number of steps must be non-negative");
        }
        int n = Shapes.storableLength(steps); // the limit message, not an OOM
        return inType(fromArray(Sequences.linspace(n, start, end), DType.FLOAT64, n), dtype);
    }

    /** {@code t} (fresh, unrecorded) converted to {@code dtype}, as storing each value into that dtype would. */
    private static Tensor inType(Tensor t, DType dtype) {
        return t.dtype() == dtype ? t : Copying.convert(t, dtype);
    }

    public static Tensor eye(int n, int m, DType dtype) {
        Tensor t = empty(new int[] {n, m}, dtype);
        Fills.diagonal(storage(t).array(), n, m, 1);
        return t;
    }

    static void checkShape(int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("Trying to create tensor with negative dimension " + s + ": "
                        + Shapes.str(shape));
            }
        }
    }
}
