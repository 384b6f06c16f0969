package org.autograd4j.kernels;

/**
 * Storage offsets of elements: those of a strided layout in row-major order, and those an integer
 * index picks along one dimension. The indexing ops move elements between such offset lists
 * ({@link OffsetMoves}).
 */
public final class ElementOffsets {
    private ElementOffsets() {
    }

    /**
     * The storage offsets of a layout's {@code n} elements, in row-major order over {@code shape}; the
     * caller counts n with {@code Shapes.numel}, which refuses a count past an array's reach.
     */
    public static int[] of(int n, int[] shape, int[] strides, int base) {
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

    /** {@code 0, 1, ..., n-1}: the offsets of a fresh contiguous tensor. */
    public static int[] contiguous(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** {@code offsets[i] + by} for every i, in a new array: positions within a run made storage offsets. */
    public static int[] shifted(int[] offsets, int by) {
        int[] out = new int[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            out[i] = offsets[i] + by;
        }
        return out;
    }

    /**
     * {@code offsets[b] += index[b] * stride} for every b, a negative index counting from the end of
     * a dimension of {@code size}. Returns the position of the first index outside
     * {@code [-size, size)} (the offsets are then incomplete), or -1 when all are in bounds.
     */
    public static int addIndex(long[] index, int size, int stride, int[] offsets) {
        for (int b = 0; b < index.length; b++) {
            long i = index[b];
            if (i < -size || i >= size) {
                return b;
            }
            offsets[b] += (int) (i < 0 ? i + size : i) * stride;
        }
        return -1;
    }

    /**
     * {@code base + outer[i] + middle[j] + inner[k]} for every (i, j, k) in row-major order: the
     * offsets of a layout made of three independent blocks of dimensions.
     */
    public static int[] outerSum(int base, int[] outer, int[] middle, int[] inner) {
        int[] out = new int[outer.length * middle.length * inner.length];
        int k = 0;
        for (int o : outer) {
            for (int m : middle) {
                for (int i : inner) {
                    out[k++] = base + o + m + i;
                }
            }
        }
        return out;
    }

    /**
     * {@code out[at + i * cols.length + j] = rows[i] + cols[j]}, or -1 where either is negative: the
     * plane positions a 2-D map reads, from each axis's positions (the rows' already times the row
     * width), -1 marking a position in the padding.
     */
    public static void grid(int[] rows, int[] cols, int[] out, int at) {
        int k = at;
        for (int r : rows) {
            for (int c : cols) {
                out[k++] = r < 0 || c < 0 ? -1 : r + c;
            }
        }
    }

    /**
     * For each of {@code offsets}, its position in {@code layout}, or -1 where it is not there: where
     * each element of a view sits among its base's elements. {@code layout}'s offsets are distinct
     * and below {@code storageLength}.
     */
    public static int[] positionsIn(int[] layout, int storageLength, int[] offsets) {
        int[] positionAt = new int[storageLength];
        java.util.Arrays.fill(positionAt, -1);
        for (int i = 0; i < layout.length; i++) {
            positionAt[layout[i]] = i;
        }
        int[] out = new int[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            out[i] = positionAt[offsets[i]];
        }
        return out;
    }
}
