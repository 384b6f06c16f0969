package org.autograd4j.data;

import java.util.Objects;
import org.autograd4j.internal.Args;

/** The samples of a data set at the given indices, in that order, as {@code torch.utils.data.Subset}. */
public final class Subset<T> implements Dataset<T> {
    private final Dataset<T> dataset;
    private final int[] indices;

    public Subset(Dataset<T> dataset, int... indices) {
        this.dataset = Args.nonNull(dataset, "dataset");
        for (int index : Args.nonNull(indices, "indices")) {
            Objects.checkIndex(index, dataset.size());
        }
        this.indices = indices.clone();
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive): {@code Subset(dataset, range(from, to))}. */
    public static <T> Subset<T> range(Dataset<T> dataset, int from, int to) {
        Args.nonNull(dataset, "dataset");
        Objects.checkFromToIndex(from, to, dataset.size());
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return new Subset<>(dataset, indices);
    }

    public Dataset<T> dataset() {
        return dataset;
    }

    /** The indices into {@link #dataset()}, in order (a copy). */
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public T get(int index) {
        return dataset.get(indices[Objects.checkIndex(index, indices.length)]);
    }

    @Override
    public int size() {
        return indices.length;
    }
}
