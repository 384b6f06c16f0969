package org.autograd4j.kernels;

/** The per-column maximum of each bag of embedding rows, as embedding_bag's max mode picks it. */
public final class BagMax {
    private BagMax() {
    }

    /**
     * For each bag b (the entries {@code [start[b], start[b + 1])} of {@code rows}) and column j of a
     * row-major [V, d] {@code weight}: the row whose column j is largest, the first on ties, or -1 for
     * an empty bag. Returned row-major [bags, d].
     */
    public static long[] argmax(double[] weight, int d, long[] rows, int[] start) {
        int bags = start.length - 1;
        long[] best = new long[bags * d];
        java.util.Arrays.fill(best, -1);
        for (int b = 0; b < bags; b++) {
            for (int e = start[b]; e < start[b + 1]; e++) {
                long row = rows[e];
                for (int j = 0; j < d; j++) {
                    long current = best[b * d + j];
                    if (current < 0 || weight[(int) row * d + j] > weight[(int) current * d + j]) {
                        best[b * d + j] = row;
                    }
                }
            }
        }
        return best;
    }
}
