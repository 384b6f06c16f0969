package org.autograd4j.kernels;

/**
 * The sum of the rows of a float matrix, as one row: the gradient of a bias broadcast down a
 * batch ({@code linear}'s bias, summed over the batch in the backward).
 *
 * <p>A row accumulator: each row is added to a block of running sums, the form C2 vectorises. Both
 * operands are indexed from zero with one index ({@link AlignedBlocks} says why): a block of each
 * row is copied into scratch first. Summed as a general reduction over dim 0, the same sums cost
 * about 2 ns per element (CPU time, JDK 17 and 25, a 128 x 512 gradient); here about 0.2.
 *
 * <p>Each column is summed in row order whatever the thread count (threads take disjoint blocks
 * of columns), so the result does not depend on it.
 */
public final class RowAccumulation {
    /** Columns per block: the running sums and the copied row (2 KiB) stay in L1. */
    static final int BLOCK = 256;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][BLOCK]);

    private RowAccumulation() {
    }

    /**
     * {@code out[outOff + j] = x[xOff + j] + x[xOff + ld + j] + ...} over {@code rows} rows (at least
     * one) of {@code cols} contiguous columns, {@code ld} apart (0 for one row repeated).
     */
    public static void sumOfRows(int rows, int cols, float[] x, int xOff, int ld, float[] out, int outOff) {
        int blocks = (cols + BLOCK - 1) / BLOCK;
        int grain = Math.max(1, ParallelKernels.MIN_PARALLEL / Math.max(1, rows * BLOCK));
        Parallel.forRange(0, blocks, grain, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                int j0 = b * BLOCK;
                sumBlock(rows, Math.min(BLOCK, cols - j0), x, xOff + j0, ld, out, outOff + j0);
            }
        });
    }

    private static void sumBlock(int rows, int cols, float[] x, int xOff, int ld, float[] out, int outOff) {
        float[][] scratch = SCRATCH.get();
        float[] sums = scratch[0];
        float[] row = scratch[1];
        System.arraycopy(x, xOff, sums, 0, cols);
        for (int i = 1; i < rows; i++) {
            System.arraycopy(x, xOff + i * ld, row, 0, cols);
            addRow(cols, row, sums);
        }
        System.arraycopy(sums, 0, out, outOff, cols);
    }

    private static void addRow(int cols, float[] row, float[] sums) {
        for (int j = 0; j < cols; j++) {
            sums[j] += row[j];
        }
    }
}
