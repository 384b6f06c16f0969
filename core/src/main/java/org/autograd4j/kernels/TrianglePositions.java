package org.autograd4j.kernels;

/**
 * Positions of a grid on one side of a diagonal: the mask of tril/triu, the coordinates of
 * tril_indices/triu_indices, and combinations' r-dimensional triangle of increasing (or
 * non-decreasing) index tuples.
 */
public final class TrianglePositions {
    private TrianglePositions() {
    }

    /**
     * Fills a row-major {@code rows x cols} mask, true where an element lies outside the lower (or
     * upper) triangle that keeps column {@code j} of row {@code i} when {@code j - i <= diagonal}
     * (or {@code >= diagonal}).
     */
    public static void outside(int rows, int cols, int diagonal, boolean lower, boolean[] mask) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                mask[i * cols + j] = lower ? j - i > diagonal : j - i < diagonal;
            }
        }
    }

    /**
     * The {@code n} coordinates of a triangle in row-major order, as {@code [rows of the n
     * positions..., columns of the n positions...]}: row i holds columns {@code [0, i + shift)}
     * (lower) or {@code [i + shift, cols)} (upper), clamped to the matrix.
     */
    public static long[] coordinates(int rows, int cols, long shift, boolean lower, int n) {
        long[] flat = new long[2 * n];
        int k = 0;
        // rows before the first one the lower triangle reaches hold nothing: start there
        for (long i = lower ? Math.max(0, -shift) : 0; i < rows && k < n; i++) {
            long bound = Math.max(0, Math.min(cols, i + shift));
            for (long j = lower ? 0 : bound; j < (lower ? bound : cols); j++, k++) {
                flat[k] = i;
                flat[n + k] = j;
            }
        }
        return flat;
    }

    /**
     * The mask over the {@code n^r} positions of an r-dimensional grid (row-major) whose coordinates
     * increase (or, {@code withReplacement}, do not decrease) along the dims.
     */
    public static boolean[] ordered(int n, int r, int positions, boolean withReplacement) {
        boolean[] mask = new boolean[positions];
        int[] position = new int[r];
        for (int flat = 0; flat < positions; flat++) {
            int rest = flat;
            for (int d = r - 1; d >= 0; d--) {
                position[d] = rest % n;
                rest /= n;
            }
            boolean ordered = true;
            for (int d = 1; d < r && ordered; d++) {
                ordered = withReplacement ? position[d - 1] <= position[d] : position[d - 1] < position[d];
            }
            mask[flat] = ordered;
        }
        return mask;
    }
}
