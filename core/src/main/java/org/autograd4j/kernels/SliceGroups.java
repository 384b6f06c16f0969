package org.autograd4j.kernels;

import java.util.Arrays;

/**
 * Runs of equal slices, the loops of unique and unique_consecutive: {@code n} slices of {@code m}
 * elements each (row-major), compared element by element as PyTorch compares them ({@code -0.0}
 * equal to {@code 0.0}); a slice holding NaN equals no other and sorts after equal prefixes.
 * Floating slices come as {@code double[]}, integer and bool ones as {@code long[]}.
 */
public final class SliceGroups {
    private final long[] keys;
    private final boolean[] holdsNaN;
    private final int n;
    private final int m;

    /** The distinct slices met in some order: the first of each run, how many in it, and each slice's run. */
    public record Groups(long[] firsts, long[] counts, long[] inverse) {
    }

    public SliceGroups(Object slices, int n, int m) {
        this.n = n;
        this.m = m;
        holdsNaN = new boolean[n];
        if (slices instanceof long[] l) {
            keys = l;
            return;
        }
        double[] d = (double[]) slices;
        keys = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            keys[i] = StableSort.key(d[i]);
            holdsNaN[i / m] |= Double.isNaN(d[i]);
        }
    }

    /** The slices in lexicographic order, ties in input order: stable sorts from the last column to the first. */
    public int[] sortedOrder() {
        int[] order = ElementOffsets.contiguous(n);
        for (int j = m - 1; j >= 0 && n > 0; j--) {
            long[] column = new long[n];
            for (int i = 0; i < n; i++) {
                column[i] = keys[order[i] * m + j];
            }
            int[] byColumn = StableSort.order(column);
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                next[i] = order[byColumn[i]];
            }
            order = next;
        }
        return order;
    }

    /** Groups the slices visited in {@code order} into runs of equal ones. */
    public Groups group(int[] order) {
        long[] firsts = new long[n];
        long[] counts = new long[n];
        long[] inverse = new long[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int at = order[i];
            if (i == 0 || !equal(at, order[i - 1])) {
                firsts[groups++] = at;
            }
            counts[groups - 1]++;
            inverse[at] = groups - 1;
        }
        return new Groups(Arrays.copyOf(firsts, groups), Arrays.copyOf(counts, groups), inverse);
    }

    private boolean equal(int a, int b) {
        return !holdsNaN[a] && !holdsNaN[b] && Arrays.equals(keys, a * m, a * m + m, keys, b * m, b * m + m);
    }
}
