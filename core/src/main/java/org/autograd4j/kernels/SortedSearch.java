package org.autograd4j.kernels;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Searches in sorted values: searchsorted's insertion points and isin's membership. Both sides come
 * as {@code long[]} (integral values, compared exactly: a double cannot hold every int64) or both
 * as {@code double[]}, where a comparison with NaN on either side puts the key after the boundary.
 */
public final class SortedSearch {
    /** What {@link #compare} returns when either side is NaN. */
    private static final int UNORDERED = 2;

    private SortedSearch() {
    }

    /**
     * For each key, PyTorch's binary search in its row of {@code m} sorted boundaries: the first
     * boundary at or above the key (strictly above when {@code right}); a NaN key goes after every
     * boundary. With {@code batched}, key i searches boundary row {@code i / keysPerRow}, else the one
     * row.
     */
    public static long[] insertionPoints(Object bounds, int m, boolean batched, Object keys, int keysPerRow,
                                         boolean right) {
        long[] out = new long[Array.getLength(keys)];
        for (int i = 0; i < out.length; i++) {
            out[i] = insertionPoint(bounds, batched ? i / keysPerRow * m : 0, m, keys, i, right);
        }
        return out;
    }

    private static int insertionPoint(Object bounds, int base, int m, Object keys, int key, boolean right) {
        int start = 0;
        int end = m;
        while (start < end) {
            int mid = start + (end - start) / 2;
            int c = compare(bounds, base + mid, keys, key);
            boolean after = right ? c == 1 : c == 0 || c == 1;
            if (after) {
                end = mid;
            } else {
                start = mid + 1;
            }
        }
        return start;
    }

    /** -1, 0 or 1 as {@code a[i]} is below, equal to or above {@code b[j]}; or UNORDERED. */
    private static int compare(Object a, int i, Object b, int j) {
        if (a instanceof long[] l) {
            return Long.compare(l[i], ((long[]) b)[j]);
        }
        double x = ((double[]) a)[i];
        double y = ((double[]) b)[j];
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return UNORDERED;
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** Whether each key equals some element of {@code set} (NaN equals nothing, -0.0 equals 0.0), or not with {@code invert}. */
    public static boolean[] membership(Object set, Object keys, boolean invert) {
        IntPredicate found = set instanceof long[] l ? inSorted(l, (long[]) keys) : inSorted((double[]) set, (double[]) keys);
        boolean[] out = new boolean[Array.getLength(keys)];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.test(i) != invert;
        }
        return out;
    }

    private static IntPredicate inSorted(long[] set, long[] keys) {
        long[] sorted = set.clone();
        Arrays.sort(sorted);
        return i -> Arrays.binarySearch(sorted, keys[i]) >= 0;
    }

    private static IntPredicate inSorted(double[] set, double[] keys) {
        // NaN dropped and -0.0 made 0.0, so that the binary search finds either zero
        double[] sorted = Arrays.stream(set).filter(v -> !Double.isNaN(v)).map(v -> v + 0.0).sorted().toArray();
        return i -> !Double.isNaN(keys[i]) && Arrays.binarySearch(sorted, keys[i] + 0.0) >= 0;
    }
}
