package org.autograd4j.kernels;

/**
 * A stable sort of indices by primitive keys (a bottom-up merge sort on {@code int[]}, so nothing
 * is boxed), and the keys that make doubles sort as PyTorch's do.
 */
public final class StableSort {
    private StableSort() {
    }

    /**
     * The indices {@code 0..n-1} ordered by {@code keys}, equal keys keeping their index order.
     * The keys move with their indices, so every pass reads memory in order.
     */
    public static int[] order(long[] keys) {
        int n = keys.length;
        long[] key = keys.clone();
        int[] idx = new int[n];
        long[] keyTmp = new long[n];
        int[] idxTmp = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(key, idx, keyTmp, idxTmp, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n));
            }
            long[] k = key;
            key = keyTmp;
            keyTmp = k;
            int[] i = idx;
            idx = idxTmp;
            idxTmp = i;
        }
        return idx;
    }

    /** Merges the sorted runs {@code [lo, mid)} and {@code [mid, hi)} into the targets, the left run first on ties. */
    private static void merge(long[] key, int[] idx, long[] keyOut, int[] idxOut, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            boolean right = i == mid || j < hi && key[j] < key[i];
            int from = right ? j++ : i++;
            keyOut[k] = key[from];
            idxOut[k] = idx[from];
        }
    }

    /**
     * A long ordered as the double is, with {@code -0.0} equal to {@code 0.0} and every NaN equal
     * to each other and above infinity.
     */
    public static long key(double v) {
        long bits = Double.doubleToLongBits(v + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
}
