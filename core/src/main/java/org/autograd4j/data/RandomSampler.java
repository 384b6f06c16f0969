package org.autograd4j.data;

import org.autograd4j.Generator;
import org.autograd4j.internal.Args;

/**
 * A fresh random permutation every epoch, drawn exactly as {@code torch.utils.data.RandomSampler} (without
 * replacement) draws it in PyTorch 1.13, so the same seed gives the same order epoch after epoch:
 * <ul>
 *   <li>with a generator: {@code randperm(n, generator)}; PyTorch then draws one more, unused, permutation when
 *       the epoch runs out (its sampler's tail for {@code num_samples % n}), which is drawn here too;</li>
 *   <li>without one: a seed from the global generator, then {@code randperm(n)} from a generator seeded with it.</li>
 * </ul>
 */
public final class RandomSampler implements Sampler {
    private final Dataset<?> dataset;
    private final Generator generator;

    /** Shuffles with {@code generator}, or from a seed drawn from the global generator when it is null. */
    public RandomSampler(Dataset<?> dataset, Generator generator) {
        Args.nonNull(dataset, "dataset");
        this.dataset = dataset;
        this.generator = generator;
    }

    @Override
    public int[] nextEpoch() {
        int n = dataset.size();
        long[] perm;
        if (generator == null) {
            perm = new Generator(Generator.defaultGenerator().nextLong()).randperm(n).toLongArray();
        } else {
            perm = generator.randperm(n).toLongArray();
            // Drawn as PyTorch draws it at the end of the epoch; drawing it now changes nothing for a generator
            // that serves only this sampler, and keeps the next epoch's permutation PyTorch's.
            generator.randperm(n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) perm[i];
        }
        return order;
    }

    @Override
    public int size() {
        return dataset.size();
    }
}
