package org.autograd4j.kernels;

import java.util.Arrays;

/**
 * embedding_bag's bags as lists of kept entries: for each entry of the 1-D input that is not the
 * padding row, its weight row, its bag and its position in the input, bag b holding the kept
 * entries {@code [start[b], start[b + 1])}; and the per-entry factors of the sum and mean modes.
 */
public record BagEntries(long[] index, long[] bag, long[] position, int[] start) {
    /**
     * The entries of {@code count} bags starting at {@code offsets} (checked: first 0, increasing,
     * within the input) over {@code input}, dropping those equal to {@code pad} (-1 for none).
     */
    public static BagEntries keep(long[] input, long[] offsets, int count, long pad) {
        int entries = input.length;
        long[] index = new long[entries];
        long[] bag = new long[entries];
        long[] position = new long[entries];
        int[] start = new int[count + 1];
        int kept = 0;
        for (int b = 0; b < count; b++) {
            start[b] = kept;
            long end = b + 1 < offsets.length ? offsets[b + 1] : entries;
            for (long e = offsets[b]; e < end; e++) {
                if (input[(int) e] != pad) {
                    index[kept] = input[(int) e];
                    bag[kept] = b;
                    position[kept++] = e;
                }
            }
        }
        start[count] = kept;
        return new BagEntries(Arrays.copyOf(index, kept), Arrays.copyOf(bag, kept), Arrays.copyOf(position, kept), start);
    }

    /** Each kept entry's factor: 1 / its bag's size with {@code mean}, else 1. */
    public double[] factors(boolean mean) {
        int bags = start.length - 1;
        double[] factor = new double[start[bags]];
        for (int b = 0; b < bags; b++) {
            Arrays.fill(factor, start[b], start[b + 1], mean ? 1.0 / (start[b + 1] - start[b]) : 1);
        }
        return factor;
    }

    /** Each kept entry's 1 / (how often its row occurs in {@code input}), scale_grad_by_freq's factor. */
    public double[] inverseFrequencies(long[] input, int rows) {
        long[] counts = BinCounts.ofValues(input, rows);
        double[] factor = new double[index.length];
        for (int e = 0; e < index.length; e++) {
            factor[e] = 1.0 / counts[(int) index[e]];
        }
        return factor;
    }
}
