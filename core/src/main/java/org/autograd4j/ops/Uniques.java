package org.autograd4j.ops;

import java.util.Arrays;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.UniqueResult;
import org.autograd4j.kernels.StableSort;

/**
 * {@code unique} and {@code uniqueConsecutive} of all elements (PyTorch's {@code dim=None}): both
 * group runs of equal elements, {@code unique} in sorted order, {@code uniqueConsecutive} in input
 * order. {@code -0.0} equals {@code 0.0} (the first one met is kept) and every NaN is a value of
 * its own, sorted last. The results are not differentiable.
 */
public final class Uniques {
    private Uniques() {
    }

    /** The distinct elements in ascending order, with the inverse and counts when asked for. */
    public static UniqueResult unique(Tensor x, boolean returnInverse, boolean returnCounts) {
        long[] keys = keys(x);
        return grouped(x, keys, StableSort.order(keys), returnInverse, returnCounts);
    }

    /** The first element of each run of equal consecutive elements, with the inverse and counts when asked for. */
    public static UniqueResult uniqueConsecutive(Tensor x, boolean returnInverse, boolean returnCounts) {
        long[] keys = keys(x);
        int[] inputOrder = new int[keys.length];
        for (int i = 0; i < inputOrder.length; i++) {
            inputOrder[i] = i;
        }
        return grouped(x, keys, inputOrder, returnInverse, returnCounts);
    }

    /** Keys that compare as the elements do ({@code -0.0} as {@code 0.0}); NaN is told apart by {@link #isNaN}. */
    private static long[] keys(Tensor x) {
        Tensor flat = x.detach().reshape(-1);
        if (!x.dtype().isFloatingPoint()) {
            return flat.to(DType.INT64).toLongArray();
        }
        double[] values = flat.toDoubleArray();
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = StableSort.key(values[i]);
        }
        return keys;
    }

    /** Groups the elements visited in {@code order} into runs of equal keys, NaN never equal to anything. */
    private static UniqueResult grouped(Tensor x, long[] keys, int[] order, boolean returnInverse,
            boolean returnCounts) {
        boolean[] nan = x.dtype().isFloatingPoint() ? x.detach().reshape(-1).isnan().toBooleanArray()
                : new boolean[keys.length];
        long[] firsts = new long[keys.length];
        long[] counts = new long[keys.length];
        long[] inverse = new long[keys.length];
        int groups = 0;
        for (int i = 0; i < order.length; i++) {
            int at = order[i];
            boolean sameAsPrevious = i > 0 && !nan[at] && !nan[order[i - 1]] && keys[at] == keys[order[i - 1]];
            if (!sameAsPrevious) {
                firsts[groups++] = at;
            }
            counts[groups - 1]++;
            inverse[at] = groups - 1;
        }
        Tensor firstIndices = Tensor.of(Arrays.copyOf(firsts, groups), groups);
        Tensor values = x.detach().reshape(-1).indexSelect(0, firstIndices);
        return new UniqueResult(values,
                returnInverse ? Tensor.of(inverse, x.shape()) : null,
                returnCounts ? Tensor.of(Arrays.copyOf(counts, groups), groups) : null);
    }
}
