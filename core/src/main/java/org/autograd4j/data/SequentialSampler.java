package org.autograd4j.data;

import org.autograd4j.internal.Args;
/** Indices 0 to size-1 in order, every epoch ({@code torch.utils.data.SequentialSampler}). */
public final class SequentialSampler implements Sampler {
    private final Dataset<?> dataset;

    public SequentialSampler(Dataset<?> dataset) {
        Args.nonNull(dataset, "dataset");
        this.dataset = dataset;
    }

    @Override
    public int[] nextEpoch() {
        int[] order = new int[dataset.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return order;
    }

    @Override
    public int size() {
        return dataset.size();
    }
}
