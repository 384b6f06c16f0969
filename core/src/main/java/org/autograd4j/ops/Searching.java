package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.SortedSearch;

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
        long[] out = SortedSearch.insertionPoints(keys(sorted, values), m, sorted.dim() != 1, keys(values, sorted), k,
                right);
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
        return Tensor.of(SortedSearch.membership(keys(test, elements), keys(elements, test), invert), elements.shape());
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
     * A tensor's elements in row-major order for {@code kernels.SortedSearch}: as longs when both it
     * and {@code other} are integral (so large int64 values keep their precision), as doubles otherwise.
     */
    private static Object keys(Tensor t, Tensor other) {
        boolean integral = !t.dtype().isFloatingPoint() && !other.dtype().isFloatingPoint();
        Tensor dense = t.detach().contiguous();
        return integral ? dense.toLongArray() : dense.toDoubleArray();
    }
}
