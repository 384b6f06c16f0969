package org.autograd4j.tensor;

import java.util.Arrays;

/** Pure functions on shapes and strides: sizes, broadcasting, dimension wrapping. */
public final class Shapes {
    /** The shape (and strides) of every 0-d tensor; shape arrays are never modified, so one instance serves. */
    public static final int[] SCALAR = new int[0];

    private Shapes() {
    }

    /**
     * The most elements one storage can hold: a storage is one Java array, and HotSpot refuses
     * arrays a few elements short of {@code Integer.MAX_VALUE}.
     */
    public static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    /**
     * The element count of a shape that is stored (allocated, or addressed with int counts): more
     * than {@link #MAX_ELEMENTS} is refused with a message naming the limit.
     */
    public static int numel(int[] shape) {
        long n = count(shape);
        if (n > MAX_ELEMENTS) {
            throw tooLarge(n, str(shape));
        }
        return (int) n;
    }

    /** A 1-D length as an int, if one storage can hold that many elements. */
    public static int storableLength(long n) {
        if (n > MAX_ELEMENTS) {
            throw tooLarge(n, "[" + n + "]");
        }
        return (int) n;
    }

    private static IllegalArgumentException tooLarge(long n, String shape) {
        return new IllegalArgumentException("a tensor of shape " + shape + " has " + n + " elements, more than "
                + "one Java array can hold (" + MAX_ELEMENTS + "); autograd4j keeps a tensor's elements in one array");
    }

    /**
     * The element count of any shape, views included (an expanded view may describe more elements
     * than an array holds), with PyTorch's error when it overflows 64 bits.
     */
    public static long count(int[] shape) {
        long n = 1;
        boolean overflow = false;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("Trying to create tensor with negative dimension " + s + ": "
                        + str(shape));
            }
            if (s == 0) {
                return 0;
            }
            long high = Math.multiplyHigh(n, s);
            n *= s;
            overflow |= high != 0 || n < 0;
        }
        if (overflow) {
            throw new IllegalArgumentException("Storage size calculation overflowed with sizes=" + str(shape));
        }
        return n;
    }

    /** Row-major strides for a freshly allocated tensor of this shape. */
    public static int[] contiguousStrides(int[] shape) {
        if (shape.length == 0) {
            return SCALAR;
        }
        int[] strides = new int[shape.length];
        long s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            // Past an int only when another dimension is 0: no element is addressed, any stride does.
            strides[d] = (int) Math.min(s, Integer.MAX_VALUE);
            s = Math.min(s * Math.max(shape[d], 1), Integer.MAX_VALUE + 1L);
        }
        return strides;
    }

    public static boolean isContiguous(int[] shape, int[] strides) {
        int expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 1) {
                continue;
            }
            if (shape[d] == 0) {
                return true;
            }
            if (strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** The shape two operands broadcast to, with PyTorch's error when they cannot. */
    public static int[] broadcast(int[] a, int[] b) {
        if (Arrays.equals(a, b)) {
            return a;
        }
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i - (n - a.length);
            int db = i - (n - b.length);
            int sa = da >= 0 ? a[da] : 1;
            int sb = db >= 0 ? b[db] : 1;
            if (sa != sb && sa != 1 && sb != 1) {
                throw new IllegalArgumentException("The size of tensor a (" + sa + ") must match the size of tensor b ("
                        + sb + ") at non-singleton dimension " + i);
            }
            out[i] = sa == 1 ? sb : sa;
        }
        return out;
    }

    /** Wraps a possibly negative dimension index into [0, rank), as PyTorch does. */
    public static int wrapDim(int dim, int rank) {
        int effective = Math.max(rank, 1);
        if (dim < -effective || dim >= effective) {
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of [" + (-effective)
                    + ", " + (effective - 1) + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + effective : dim;
    }

    /**
     * The index of an existing dimension (for {@code size(dim)}, {@code stride(dim)}): like
     * {@link #wrapDim}, but a 0-d tensor has none.
     */
    public static int existingDim(int dim, int rank) {
        if (rank == 0) {
            throw new IndexOutOfBoundsException("Dimension specified as " + dim + " but tensor has no dimensions");
        }
        return wrapDim(dim, rank);
    }

    /** PyTorch's list form of a shape: {@code [2, 3]}. */
    public static String str(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(']').toString();
    }

    /** Strides that make {@code shape} read a tensor of {@code from} shape/strides as broadcast (stride 0 on new or size-1 dims). */
    public static int[] expandedStrides(int[] fromShape, int[] fromStrides, int[] shape) {
        count(shape); // a view may hold more elements than an array, but must be countable
        int[] strides = new int[shape.length];
        int lead = shape.length - fromShape.length;
        if (lead < 0) {
            throw new IllegalArgumentException("the number of sizes provided (" + shape.length
                    + ") must be greater or equal to the number of dimensions in the tensor (" + fromShape.length + ")");
        }
        for (int d = 0; d < shape.length; d++) {
            int fd = d - lead;
            if (fd < 0) {
                strides[d] = 0;
            } else if (fromShape[fd] == shape[d]) {
                strides[d] = fromStrides[fd];
            } else if (fromShape[fd] == 1) {
                strides[d] = 0;
            } else {
                throw new IllegalArgumentException("The expanded size of the tensor (" + shape[d]
                        + ") must match the existing size (" + fromShape[fd] + ") at non-singleton dimension " + d
                        + ".  Target sizes: " + str(shape) + ".  Tensor sizes: " + str(fromShape));
            }
        }
        return strides;
    }

    /** The storage index of every element of a (shape, strides, offset) layout, in row-major order. */
    public static int[] storagePositions(int[] shape, int[] strides, int offset) {
        int n = numel(shape);
        int[] positions = new int[n];
        for (int flat = 0; flat < n; flat++) {
            int rest = flat;
            int p = offset;
            for (int d = shape.length - 1; d >= 0; d--) {
                p += (rest % shape[d]) * strides[d];
                rest /= shape[d];
            }
            positions[flat] = p;
        }
        return positions;
    }
}
