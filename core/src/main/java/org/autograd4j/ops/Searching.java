package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;

/**
 * Searching sorted sequences and sets: {@code searchsorted}, {@code bucketize}, {@code isin} and
 * {@code argwhere}. Results are int64 indices or bool masks, so nothing is recorded. Comparisons
 * are PyTorch's: a NaN value is placed after every boundary, and NaN is in no set.
 */
public final class Searching {
    private Searching() {
    }

    /**
     * For each value, the index in {@code sorted} (its last dim) where it would be inserted to keep
     * it sorted: before equal elements, or after them when {@code right} (int64, the values' shape).
     * A 1-D {@code sorted} serves every value; otherwise its leading dims must be the values'.
     */
    public static Tensor searchsorted(Tensor sorted, Tensor values, boolean right) {
        checkBoundaries(sorted, values);
        int m = sorted.dim() == 0 ? 0 : sorted.size(-1);
        int k = values.dim() == 0 ? 1 : values.size(-1);
        Keys bounds = new Keys(sorted, values);
        Keys keys = new Keys(values, sorted);
        long[] out = new long[values.numel()];
        for (int i = 0; i < out.length; i++) {
            int base = sorted.dim() == 1 ? 0 : i / k * m;
            out[i] = insertionPoint(bounds, base, m, keys, i, right);
        }
        return Tensor.of(out, values.shape());
    }

    /** {@code searchsorted(boundaries, input, right)} with 1-D boundaries: the bucket of each element (int64). */
    public static Tensor bucketize(Tensor input, Tensor boundaries, boolean right) {
        if (boundaries.dim() != 1) {
            throw new IllegalArgumentException("boundaries tensor must be 1 dimension, but got dim(" + boundaries.dim() + ")");
        }
        return searchsorted(boundaries, input, right);
    }

    /** Whether each element equals some element of {@code test} (bool, the elements' shape); negated by {@code invert}. */
    public static Tensor isin(Tensor elements, Tensor test, boolean invert) {
        Keys set = new Keys(test, elements).sortedWithoutNaN();
        Keys keys = new Keys(elements, test);
        boolean[] out = new boolean[elements.numel()];
        for (int i = 0; i < out.length; i++) {
            out[i] = set.contains(keys, i) != invert;
        }
        return Tensor.of(out, elements.shape());
    }

    /** The coordinates of the non-zero elements, one row each: shape {@code [n, dim()]} (int64). */
    public static Tensor argwhere(Tensor x) {
        return AdvancedIndexing.nonzero(x);
    }

    private static void checkBoundaries(Tensor sorted, Tensor values) {
        if (sorted.dim() == 0) {
            throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should have positive dimension, "
                    + "but got 0 dimension");
        }
        int[] leading = Arrays.copyOf(sorted.shape(), sorted.dim() - 1);
        int[] valuesLeading = values.dim() == 0 ? null : Arrays.copyOf(values.shape(), values.dim() - 1);
        if (sorted.dim() != 1 && !Arrays.equals(leading, valuesLeading)) {
            throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should be 1 dimension or the "
                    + "first N-1 dimensions of boundaries tensor and input value tensor must match, but we got "
                    + "boundaries tensor " + Arrays.toString(sorted.shape()) + " and input value tensor "
                    + Arrays.toString(values.shape()));
        }
    }

    /**
     * PyTorch's binary search: the first boundary at or above the key (strictly above when
     * {@code right}); NaN on either side counts as below, so a NaN key goes after every boundary.
     */
    private static int insertionPoint(Keys bounds, int base, int m, Keys keys, int key, boolean right) {
        int start = 0;
        int end = m;
        while (start < end) {
            int mid = start + (end - start) / 2;
            int c = bounds.compare(base + mid, keys, key);
            boolean after = right ? c == 1 : c == 0 || c == 1;
            if (after) {
                end = mid;
            } else {
                start = mid + 1;
            }
        }
        return start;
    }

    /**
     * A tensor's elements in row-major order, compared exactly: as longs when both sides are
     * integral (so large int64 values keep their precision), as doubles otherwise.
     */
    private static final class Keys {
        /** What {@link #compare} returns when either side is NaN. */
        static final int UNORDERED = 2;
        final long[] l;
        final double[] d;

        Keys(Tensor t, Tensor other) {
            boolean integral = !t.dtype().isFloatingPoint() && !other.dtype().isFloatingPoint();
            Tensor dense = t.detach().contiguous();
            this.l = integral ? dense.toLongArray() : null;
            this.d = integral ? null : dense.toDoubleArray();
        }

        private Keys(long[] l, double[] d) {
            this.l = l;
            this.d = d;
        }

        /** -1, 0 or 1 as element {@code i} is below, equal to or above {@code other}'s element {@code j}; or UNORDERED. */
        int compare(int i, Keys other, int j) {
            if (l != null) {
                return Long.compare(l[i], other.l[j]);
            }
            double a = d[i];
            double b = other.d[j];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return UNORDERED;
            }
            return a < b ? -1 : a > b ? 1 : 0;
        }

        /** These elements sorted, NaN dropped and {@code -0.0} made {@code 0.0}, for {@link #contains}. */
        Keys sortedWithoutNaN() {
            if (l != null) {
                long[] s = l.clone();
                Arrays.sort(s);
                return new Keys(s, null);
            }
            double[] s = Arrays.stream(d).filter(v -> !Double.isNaN(v)).map(v -> v + 0.0).sorted().toArray();
            return new Keys(null, s);
        }

        /** Whether this sorted set holds {@code other}'s element {@code j}. */
        boolean contains(Keys other, int j) {
            if (l != null) {
                return Arrays.binarySearch(l, other.l[j]) >= 0;
            }
            double v = other.d[j];
            return !Double.isNaN(v) && Arrays.binarySearch(d, v + 0.0) >= 0;
        }
    }
}
