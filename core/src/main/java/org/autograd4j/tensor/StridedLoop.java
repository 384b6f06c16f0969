package org.autograd4j.tensor;

/**
 * Walks several equally shaped strided operands together, handing the caller one innermost run at
 * a time, so that 1-D kernels do the per-element work.
 *
 * <p>Adjacent dimensions that are laid out contiguously for every operand are merged first, so a
 * contiguous (or contiguous-with-broadcast-scalar) operation becomes a single run of {@code numel}
 * elements and pays no per-row overhead.
 *
 * <p>Views can describe more elements than an int counts (an {@code expand} of a small tensor to
 * 65536 x 65536): runs stay at most {@code Integer.MAX_VALUE} long, and the number of runs is a
 * long. Offsets into a storage always fit an int, since every element lies in one Java array.
 */
public final class StridedLoop {

    /** Receives one innermost run: {@code n} elements, starting at {@code offsets[k]} for operand k. */
    @FunctionalInterface
    public interface Run {
        void run(int n, int[] offsets);
    }

    private final int[] shape;
    private final int[][] strides;
    private final int innerSize;
    private final long outerCount;

    /** {@code strides[k]} are operand k's strides over {@code shape} (0 where broadcast). */
    public StridedLoop(int[] shape, int[]... strides) {
        int rank = shape.length;
        int[] mergedShape = new int[Math.max(rank, 1)];
        int[][] merged = new int[strides.length][Math.max(rank, 1)];
        int m = 0;
        mergedShape[0] = 1;
        boolean started = false;
        for (int d = 0; d < rank; d++) {
            if (shape[d] == 1) {
                continue; // a size-1 dimension moves no operand
            }
            if (started && canMerge(shape, strides, m, merged, d)
                    && (long) mergedShape[m] * shape[d] <= Integer.MAX_VALUE) {
                mergedShape[m] *= shape[d];
                for (int k = 0; k < strides.length; k++) {
                    merged[k][m] = strides[k][d];
                }
                continue;
            }
            if (started) {
                m++;
            }
            started = true;
            mergedShape[m] = shape[d];
            for (int k = 0; k < strides.length; k++) {
                merged[k][m] = strides[k][d];
            }
        }
        int dims = m + 1;
        this.shape = java.util.Arrays.copyOf(mergedShape, dims);
        this.strides = new int[strides.length][];
        for (int k = 0; k < strides.length; k++) {
            this.strides[k] = java.util.Arrays.copyOf(merged[k], dims);
        }
        this.innerSize = this.shape[dims - 1];
        long outer = 1;
        for (int d = 0; d < dims - 1; d++) {
            outer *= this.shape[d];
        }
        this.outerCount = innerSize == 0 ? 0 : outer;
    }

    /** Dimension d folds into the current merged dimension m when each operand steps through it contiguously. */
    private static boolean canMerge(int[] shape, int[][] strides, int m, int[][] merged, int d) {
        for (int k = 0; k < strides.length; k++) {
            if (merged[k][m] != strides[k][d] * shape[d]) {
                return false;
            }
        }
        return true;
    }

    public int innerSize() {
        return innerSize;
    }

    /** The stride of operand k along the innermost run. */
    public int innerStride(int k) {
        return strides[k][shape.length - 1];
    }

    /** How many innermost runs there are. */
    public long outerCount() {
        return outerCount;
    }

    /** Calls {@code run} for every run, operand k starting at {@code baseOffsets[k]}. */
    public void forEach(int[] baseOffsets, Run run) {
        forRange(baseOffsets, 0, outerCount, run);
    }

    /** Calls {@code run} for runs {@code from} (inclusive) to {@code to} (exclusive): disjoint ranges can run on different threads. */
    public void forRange(int[] baseOffsets, long from, long to, Run run) {
        if (from >= to) {
            return; // also keeps an empty shape's zero sizes out of the coordinate arithmetic
        }
        int operands = strides.length;
        int outerDims = shape.length - 1;
        int[] index = new int[Math.max(outerDims, 1)];
        int[] offsets = new int[operands];
        // Decompose the first outer index into per-dimension coordinates.
        long rest = from;
        for (int d = outerDims - 1; d >= 0; d--) {
            index[d] = (int) (rest % shape[d]);
            rest /= shape[d];
        }
        for (int k = 0; k < operands; k++) {
            int off = baseOffsets[k];
            for (int d = 0; d < outerDims; d++) {
                off += index[d] * strides[k][d];
            }
            offsets[k] = off;
        }
        int[] start = offsets.clone();
        for (long r = from; r < to; r++) {
            System.arraycopy(offsets, 0, start, 0, operands);
            run.run(innerSize, start);
            advance(index, offsets, outerDims);
        }
    }

    /** Moves to the next outer coordinate, like an odometer. */
    private void advance(int[] index, int[] offsets, int outerDims) {
        for (int d = outerDims - 1; d >= 0; d--) {
            index[d]++;
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] += strides[k][d];
            }
            if (index[d] < shape[d]) {
                return;
            }
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] -= strides[k][d] * shape[d];
            }
            index[d] = 0;
        }
    }
}
