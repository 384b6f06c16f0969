package org.autograd4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.Generator;
import org.autograd4j.data.DataLoader;
import org.autograd4j.data.Dataset;

/**
 * Which samples each step takes: the batches of a {@link DataLoader} with {@code shuffle(true)} and a generator
 * seeded with {@code seed} (one random permutation per epoch, cut into consecutive batches, the last one short),
 * so every step of an epoch takes distinct samples and a run with the same seed takes the same batches, on
 * Spark or on one machine. Any step can be asked for: a resumed run replays the epochs up to it.
 */
final class StepSampler {
    private final int size;
    private final int batchSize;
    private final long seed;
    private DataLoader<long[]> loader;
    private int epoch;
    private List<long[]> batches;

    StepSampler(long size, int batchSize, long seed) {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + " samples can be numbered, got "
                    + size);
        }
        this.size = (int) size;
        this.batchSize = batchSize;
        this.seed = seed;
        restart();
    }

    /** The global indices of the samples step {@code step} (from 0) takes, ascending. */
    long[] batch(int step) {
        int perEpoch = (size + batchSize - 1) / batchSize;
        int wanted = step / perEpoch;
        if (wanted < epoch) {
            restart();
        }
        while (epoch < wanted) {
            batches = nextEpoch();
            epoch++;
        }
        return batches.get(step % perEpoch).clone();
    }

    private void restart() {
        loader = DataLoader.builder(indices(size))
                .batchSize(batchSize).shuffle(true).generator(new Generator(seed)).prefetch(0)
                .collate(StepSampler::sorted)
                .build();
        batches = nextEpoch();
        epoch = 0;
    }

    private List<long[]> nextEpoch() {
        List<long[]> all = new ArrayList<>();
        loader.forEach(all::add);
        return all;
    }

    private static long[] sorted(List<Long> indices) {
        long[] out = indices.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** The data set whose samples are their own indices. */
    private static Dataset<Long> indices(int size) {
        return new Dataset<>() {
            @Override
            public Long get(int index) {
                return (long) index;
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
