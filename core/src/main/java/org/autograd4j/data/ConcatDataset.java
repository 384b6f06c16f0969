package org.autograd4j.data;

import java.util.List;
import java.util.Objects;
import org.autograd4j.internal.Args;

/** Data sets one after the other, as {@code torch.utils.data.ConcatDataset}. */
public final class ConcatDataset<T> implements Dataset<T> {
    private final List<Dataset<? extends T>> datasets;
    /** {@code cumulativeSizes[i]}: how many samples datasets 0..i hold together. */
    private final int[] cumulativeSizes;

    public ConcatDataset(List<? extends Dataset<? extends T>> datasets) {
        Args.nonNull(datasets, "datasets");
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("datasets should not be an empty iterable");
        }
        this.datasets = List.copyOf(datasets);
        cumulativeSizes = new int[datasets.size()];
        int total = 0;
        for (int i = 0; i < cumulativeSizes.length; i++) {
            total = Math.addExact(total, datasets.get(i).size());
            cumulativeSizes[i] = total;
        }
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size());
        int which = firstExceeding(index);
        int start = which == 0 ? 0 : cumulativeSizes[which - 1];
        return datasets.get(which).get(index - start);
    }

    /** The first data set whose cumulative size exceeds {@code index} (Python's {@code bisect_right}). */
    private int firstExceeding(int index) {
        int lo = 0;
        int hi = cumulativeSizes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeSizes[mid] <= index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public int size() {
        return cumulativeSizes[cumulativeSizes.length - 1];
    }
}
