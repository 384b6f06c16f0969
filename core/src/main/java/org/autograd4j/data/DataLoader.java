package org.autograd4j.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.autograd4j.Generator;
import org.autograd4j.internal.Args;

/**
 * Batches of a data set, epoch after epoch, as {@code torch.utils.data.DataLoader}:
 * <pre>
 * var loader = DataLoader.builder(train).batchSize(64).shuffle(true).generator(new Generator(0)).build();
 * for (Batch batch : loader) {
 *     Tensor loss = F.crossEntropy(model.forward(batch.x()), batch.y());
 *     ...
 * }
 * </pre>
 * Each {@code for} loop is one epoch. With {@code shuffle} the order equals PyTorch's for the same seed, epoch
 * after epoch (see {@link RandomSampler}); like PyTorch, starting an epoch also draws one number from the
 * generator (PyTorch's worker base seed), so the random numbers drawn after it stay PyTorch's too.
 *
 * <p>By default the next {@value Builder#DEFAULT_PREFETCH} batches are prepared on a background thread while the
 * current one trains. The batches and their order do not depend on it; but a data set that draws random numbers
 * while loading (an augmentation) should draw them from a {@link Generator} of its own, or the loading thread and
 * the training loop take turns on the global generator in no fixed order. {@code prefetch(0)} loads on the
 * calling thread, as PyTorch's {@code num_workers=0}.
 *
 * @param <B> the batch type: {@link Batch} with the default collate function
 */
public final class DataLoader<B> implements Iterable<B> {
    private final Sampler sampler;
    private final int batchSize;
    private final boolean dropLast;
    private final int prefetch;
    private final Generator generator;
    private final Function<int[], B> fetch;

    private DataLoader(Builder<?, B> b, Function<int[], B> fetch) {
        this.sampler = b.sampler();
        this.batchSize = b.batchSize;
        this.dropLast = b.dropLast;
        this.prefetch = b.prefetch;
        this.generator = b.generator;
        this.fetch = fetch;
    }

    /** A builder over {@code dataset} with PyTorch's defaults: batch size 1, in order, the default collate. */
    public static <T> Builder<T, Batch> builder(Dataset<T> dataset) {
        return new Builder<>(dataset, Collate::defaultCollate);
    }

    /** The number of batches in an epoch ({@code len(loader)}). */
    public int size() {
        int n = sampler.size();
        return n / batchSize + (dropLast || n % batchSize == 0 ? 0 : 1);
    }

    public int batchSize() {
        return batchSize;
    }

    /** Starts an epoch: draws its order now, on this thread, and loads its batches as they are asked for. */
    @Override
    public Iterator<B> iterator() {
        // PyTorch seeds its worker processes from this draw; drawn and unused here, it keeps the stream PyTorch's.
        (generator != null ? generator : Generator.defaultGenerator()).nextLong();
        List<int[]> batches = batches(sampler.nextEpoch());
        if (prefetch == 0) {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < batches.size();
                }

                @Override
                public B next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("the epoch has ended");
                    }
                    return fetch.apply(batches.get(next++));
                }
            };
        }
        return new Prefetcher<>(batches, fetch, prefetch);
    }

    /** The epoch's order cut into batches of indices. */
    private List<int[]> batches(int[] order) {
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int end = Math.min(start + batchSize, order.length);
            if (end - start < batchSize && dropLast) {
                break;
            }
            batches.add(Arrays.copyOfRange(order, start, end));
        }
        return batches;
    }

    /**
     * The options of a {@link DataLoader}, named as PyTorch's keyword arguments.
     *
     * @param <T> the sample type
     * @param <B> the batch type
     */
    public static final class Builder<T, B> {
        static final int DEFAULT_PREFETCH = 2;

        private final Dataset<T> dataset;
        private final Function<? super List<T>, ? extends B> collate;
        private int batchSize = 1;
        private boolean shuffle;
        private Sampler sampler;
        private Generator generator;
        private boolean dropLast;
        private int prefetch = DEFAULT_PREFETCH;

        private Builder(Dataset<T> dataset, Function<? super List<T>, ? extends B> collate) {
            this.dataset = Args.nonNull(dataset, "dataset");
            this.collate = collate;
        }

        public Builder<T, B> batchSize(int batchSize) {
            if (batchSize <= 0) {
                throw new IllegalArgumentException("batch_size should be a positive integer value, but got batch_size="
                        + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** A new random order every epoch (a {@link RandomSampler} over the loader's generator). */
        public Builder<T, B> shuffle(boolean shuffle) {
            this.shuffle = shuffle;
            return this;
        }

        /** The order of the indices; excludes {@link #shuffle}. */
        public Builder<T, B> sampler(Sampler sampler) {
            this.sampler = Args.nonNull(sampler, "sampler");
            return this;
        }

        /** The generator for shuffling and the per-epoch draw; the global one when unset. */
        public Builder<T, B> generator(Generator generator) {
            this.generator = generator;
            return this;
        }

        /** Drops the last batch of an epoch when it is short. */
        public Builder<T, B> dropLast(boolean dropLast) {
            this.dropLast = dropLast;
            return this;
        }

        /** How many batches a background thread prepares ahead; 0 loads on the calling thread. */
        public Builder<T, B> prefetch(int batches) {
            if (batches < 0) {
                throw new IllegalArgumentException("prefetch must be non-negative, got " + batches);
            }
            this.prefetch = batches;
            return this;
        }

        /** Turns each list of samples into a batch (PyTorch's {@code collate_fn}). */
        public <C> Builder<T, C> collate(Function<? super List<T>, ? extends C> collate) {
            Builder<T, C> b = new Builder<>(dataset, Args.nonNull(collate, "collate"));
            b.batchSize = batchSize;
            b.shuffle = shuffle;
            b.sampler = sampler;
            b.generator = generator;
            b.dropLast = dropLast;
            b.prefetch = prefetch;
            return b;
        }

        public DataLoader<B> build() {
            if (shuffle && sampler != null) {
                throw new IllegalArgumentException("sampler option is mutually exclusive with shuffle");
            }
            Dataset<T> data = dataset;
            Function<? super List<T>, ? extends B> collateFn = collate;
            return new DataLoader<>(this, indices -> {
                List<T> samples = new ArrayList<>(indices.length);
                for (int i : indices) {
                    samples.add(data.get(i));
                }
                return collateFn.apply(samples);
            });
        }

        private Sampler sampler() {
            if (sampler != null) {
                return sampler;
            }
            return shuffle ? new RandomSampler(dataset, generator) : new SequentialSampler(dataset);
        }
    }
}
