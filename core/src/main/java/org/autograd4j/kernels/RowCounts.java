package org.autograd4j.kernels;

import java.util.function.IntPredicate;

/**
 * Truth tests of each row of a row-major {@code outer x n} array ({@code double[]} for floating
 * data, {@code long[]} for integer and bool data): count_nonzero, all and any. NaN is nonzero.
 */
public final class RowCounts {
    private RowCounts() {
    }

    /** How many elements of each row are nonzero. */
    public static long[] nonzero(Object rows, int outer, int n) {
        IntPredicate isNonzero = rows instanceof long[] l ? i -> l[i] != 0 : i -> ((double[]) rows)[i] != 0;
        long[] counts = new long[outer];
        for (int i = 0; i < outer * n; i++) { // outer * n is the tensor's element count, an int
            counts[i / n] += isNonzero.test(i) ? 1 : 0;
        }
        return counts;
    }

    /** Per row, 1 if all its elements are nonzero ({@code all}; so for an empty row) or if any is (not {@code all}), else 0. */
    public static long[] truth(Object rows, int outer, int n, boolean all) {
        long[] counts = nonzero(rows, outer, n);
        for (int r = 0; r < outer; r++) {
            counts[r] = (all ? counts[r] == n : counts[r] > 0) ? 1 : 0;
        }
        return counts;
    }
}
