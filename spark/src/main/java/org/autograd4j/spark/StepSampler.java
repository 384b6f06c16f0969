package org.autograd4j.spark;

import java.util.Arrays;
import org.autograd4j.Generator;
import org.autograd4j.data.Dataset;
import org.autograd4j.data.RandomSampler;

/**
 * Which samples each step takes: the batches of a shuffled {@code DataLoader} with {@code shuffle=True} and a
 * generator seeded with {@code seed} (one random permutation per epoch, cut into consecutive batches, the last
 * one short), so every step's samples are distinct and a run with the same seed takes the same batches, on
 * Spark or on one machine. Any step can be asked for: a resumed run replays the permutations up to it.
 */
final class StepSampler {
    private final int size;
    private final int batchSize;
    private final long seed;
    private RandomSampler epochs;
    private int epoch;
    private int[] order;

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

    int stepsPerEpoch() {
        return (size + batchSize - 1) / batchSize;
    }

    /** The global indices of the samples step {@code step} (from 0) takes, ascending. */
    long[] batch(int step) {
        moveTo(step / stepsPerEpoch());
        int from = step % stepsPerEpoch() * batchSize;
        int to = Math.min(from + batchSize, size);
        long[] indices = new long[to - from];
        for (int i = from; i < to; i++) {
            indices[i - from] = order[i];
        }
        Arrays.sort(indices);
        return indices;
    }

    private void moveTo(int wanted) {
        if (wanted < epoch) {
            restart();
        }
        while (epoch < wanted) {
            order = epochs.nextEpoch();
            epoch++;
        }
    }

    private void restart() {
        epochs = new RandomSampler(indicesOnly(size), new Generator(seed));
        order = epochs.nextEpoch();
        epoch = 0;
    }

    /** A data set that is only a size: the sampler draws its permutation from the size alone. */
    private static Dataset<Void> indicesOnly(int size) {
        return new Dataset<>() {
            @Override
            public Void get(int index) {
                throw new UnsupportedOperationException("the sampler's data set holds no samples");
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
