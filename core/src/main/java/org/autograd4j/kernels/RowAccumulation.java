package org.autograd4j.kernels;

/**
 * The sum of the rows of a float matrix, as one row: the dim-0 sum of a contiguous matrix (such as
 * the gradient of {@code linear}'s bias, summed over the batch in the backward).
 *
 * <p>A row accumulator: each row is added to a block of running sums, the form C2 vectorises. Both
 * operands are indexed from zero with one index ({@link AlignedBlocks} says why): a block of each
 * row is copied into scratch first. Summed as a general reduction over dim 0, the same sums cost
 * about 2 ns per element (CPU time, JDK 17 and 25, a 128 x 512 gradient); here about 0.2.
 *
 * <p>The running sums are float over at most {@link #CHUNK} rows at a time; the chunks' sums are
 * added in double and rounded once, so a long column is summed about as exactly as the general
 * reduction sums it (a float sum of a million rows would lose most of its digits).
 *
 * <p>Each column is summed in row order whatever the thread count (threads take disjoint blocks
 * of columns), so the result does not depend on it.
 */
public final class RowAccumulation {
    /** Columns per block: the running sums and the copied row (2 KiB) stay in L1. */
    static final int BLOCK = 256;
    /** Rows summed in float before their sums go into the double totals. */
    static final int CHUNK = 64;
    /**
     * The narrowest rows worth it: below this, copying each row costs more than the general
     * reduction's strided sums of each column.
     */
    public static final int MIN_COLUMNS = 32;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private RowAccumulation() {
    }

    /** A thread's blocks: the running float sums, the copied row and the double totals. */
    private static final class Scratch {
        final float[] sums = new float[BLOCK];
        final float[] row = new float[BLOCK];
        final double[] totals = new double[BLOCK];
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
        Scratch scratch = SCRATCH.get();
        if (rows <= CHUNK) {
            sumChunk(rows, cols, x, xOff, ld, scratch);
            System.arraycopy(scratch.sums, 0, out, outOff, cols);
            return;
        }
        double[] totals = scratch.totals;
        java.util.Arrays.fill(totals, 0, cols, 0);
        for (int r = 0; r < rows; r += CHUNK) {
            sumChunk(Math.min(CHUNK, rows - r), cols, x, xOff + r * ld, ld, scratch);
            for (int j = 0; j < cols; j++) {
                totals[j] += scratch.sums[j];
            }
        }
        for (int j = 0; j < cols; j++) {
            out[outOff + j] = (float) totals[j];
        }
    }

    /** The float sums of {@code rows} rows into {@code scratch.sums}. */
    private static void sumChunk(int rows, int cols, float[] x, int xOff, int ld, Scratch scratch) {
        float[] sums = scratch.sums;
        float[] row = scratch.row;
        System.arraycopy(x, xOff, sums, 0, cols);
        for (int i = 1; i < rows; i++) {
            System.arraycopy(x, xOff + i * ld, row, 0, cols);
            addRow(cols, row, sums);
        }
    }

    private static void addRow(int cols, float[] row, float[] sums) {
        for (int j = 0; j < cols; j++) {
            sums[j] += row[j];
        }
    }
}
