package org.autograd4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.autograd4j.Tensor;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.utils.ParameterVector;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.lr.LRScheduler;

/**
 * Trains a model on an RDD of samples across a Spark cluster, with the few lines of the local loop:
 * <pre>
 * Module model = SparkTrainer.builder(sc, () -&gt; new Sequential(new Linear(784, 10)))
 *         .optimizer(params -&gt; new SGD(params, 0.1, 0.9))
 *         .batchSize(1024).steps(500).seed(0)
 *         .fit(samples);                      // a JavaRDD&lt;Sample&gt;
 * </pre>
 *
 * <p><b>Synchronous data parallelism</b> (the default), the pattern of Spark MLlib's {@code GradientDescent}: each
 * step the driver broadcasts the flat parameter vector and the step's batch (global sample indices, drawn as a
 * shuffled {@code DataLoader} draws them from the seed); each partition loads the vector into its executor's
 * cached replica of the model and computes the summed loss and gradient of its share of the batch;
 * {@code treeAggregate} adds up (gradient, loss, count); the driver divides by the count and runs the optimizer,
 * whose state stays on the driver. That is single-machine mini-batch training with the same batches, up to the
 * order of float additions.
 *
 * <p><b>Parameter averaging</b> ({@link Builder#averaging}): each partition runs k steps on its shares of k
 * batches with its own optimizer, fresh each round, and the driver averages the resulting parameters, weighted by
 * samples. One job per k steps instead of one per step, but an approximation: it is not the local run.
 *
 * <p>Buffers (BatchNorm's running statistics) are not synchronised: the driver's model keeps its own. Models
 * that draw random numbers in training (dropout) draw them on the executors, so such runs match a local run
 * in distribution only.
 */
public final class SparkTrainer {
    private final JavaSparkContext sc;
    private final ModelFactory modelFactory;
    private final OptimizerFactory optimizerFactory;
    private final Function<Optimizer, LRScheduler> schedulerFactory;
    private final SumLoss loss;
    private final int batchSize;
    private final int steps;
    private final long seed;
    private final int localSteps;
    private final int treeDepth;
    private final int workerThreads;
    private final TrainingCheckpoints checkpoints;
    private final TrainingListener listener;

    private SparkTrainer(Builder b) {
        this.sc = b.sc;
        this.modelFactory = b.modelFactory;
        this.optimizerFactory = Objects.requireNonNull(b.optimizerFactory, "an optimizer is required: "
                + "optimizer(params -> new SGD(params, lr))");
        this.schedulerFactory = b.schedulerFactory;
        this.loss = b.loss;
        this.batchSize = b.batchSize;
        this.steps = b.steps;
        this.seed = b.seed;
        this.localSteps = b.localSteps;
        this.treeDepth = b.treeDepth;
        this.workerThreads = b.workerThreads;
        this.checkpoints = b.checkpointFolder == null ? null
                : new TrainingCheckpoints(b.checkpointFolder, b.checkpointEvery, b.seed, b.batchSize);
        this.listener = b.listener;
        if (schedulerFactory != null && localSteps > 1) {
            throw new IllegalArgumentException("a learning-rate scheduler needs the driver's optimizer, which "
                    + "parameter averaging does not use; schedule the executors' optimizers in their factory");
        }
    }

    /** A trainer of the models {@code model} builds, on {@code sc}'s cluster. */
    public static Builder builder(JavaSparkContext sc, ModelFactory model) {
        return new Builder(Objects.requireNonNull(sc, "sc"), Objects.requireNonNull(model, "model"));
    }

    /**
     * Trains on labelled arrays, batched by {@link Sample#collator}: {@code inputShape} is one sample's shape
     * (none: a flat vector).
     */
    public Module fit(JavaRDD<Sample> samples, int... inputShape) {
        return fit(samples, Sample.collator(inputShape));
    }

    /**
     * Trains on {@code samples} (numbered in partition order, cached for the run) and returns the driver's
     * model. With checkpoints, resumes from the last one in the folder.
     */
    public <T> Module fit(JavaRDD<T> samples, Collator<T> collator) {
        Module model = modelFactory.create();
        Optimizer optimizer = optimizerFactory.create(model.parameters());
        LRScheduler scheduler = schedulerFactory == null ? null : schedulerFactory.apply(optimizer);
        int done = restore(model, optimizer, scheduler);
        JavaRDD<Shard<T>> shards = Shard.of(samples).persist(StorageLevel.MEMORY_ONLY());
        try {
            long size = shards.map(shard -> (long) shard.size()).fold(0L, Long::sum);
            if (size == 0) {
                throw new IllegalArgumentException("the training RDD holds no samples");
            }
            StepSampler sampler = new StepSampler(size, batchSize, seed);
            Replica<T> replica = new Replica<>(UUID.randomUUID().toString(), modelFactory, collator, loss,
                    workerThreads);
            while (done < steps) {
                int jobSteps = Math.min(localSteps, steps - done);
                StepReport report = job(shards, replica, sampler, done, jobSteps, model, optimizer, scheduler);
                listener.stepFinished(report);
                save(done, report.step(), model, optimizer, scheduler);
                done = report.step();
            }
        } finally {
            shards.unpersist(false);
        }
        return model;
    }

    /** One Spark job: steps {@code first} to {@code first + count - 1}. */
    private <T> StepReport job(JavaRDD<Shard<T>> shards, Replica<T> replica, StepSampler sampler, int first,
            int count, Module model, Optimizer optimizer, LRScheduler scheduler) {
        long start = System.nanoTime();
        long[][] batches = new long[count][];
        for (int i = 0; i < count; i++) {
            batches[i] = sampler.batch(first + i);
        }
        float[] parameters = ParameterVector.parametersToVector(model.parameters()).detach().toFloatArray();
        Broadcast<StepPayload> payload = sc.broadcast(new StepPayload(parameters, batches));
        long broadcast = System.nanoTime();
        OptimizerFactory local = localSteps > 1 ? optimizerFactory : null;
        VectorSum sum = shards.mapPartitions(new PartitionTask<>(replica, payload, local))
                .treeAggregate(VectorSum.empty(), VectorSum::add, VectorSum::add, treeDepth);
        long job = System.nanoTime();
        payload.destroy();
        Tensor mean = Tensor.of(sum.mean());
        if (local == null) {
            ParameterVector.vectorToGradients(mean, model.parameters());
            optimizer.step();
            if (scheduler != null) {
                scheduler.step();
            }
        } else {
            ParameterVector.vectorToParameters(mean, model.parameters());
        }
        long end = System.nanoTime();
        return new StepReport(first + count, steps, sum.meanLoss(), sum.count(), end - start, broadcast - start,
                job - broadcast, sum.maxFetchNanos(), sum.maxComputeNanos(), end - job);
    }

    private int restore(Module model, Optimizer optimizer, LRScheduler scheduler) {
        try {
            return checkpoints == null ? 0 : checkpoints.restore(model, optimizer, scheduler);
        } catch (IOException e) {
            throw new UncheckedIOException("could not resume from the last checkpoint", e);
        }
    }

    private void save(int before, int after, Module model, Optimizer optimizer, LRScheduler scheduler) {
        if (checkpoints == null || !(checkpoints.due(before, after) || after == steps)) {
            return;
        }
        try {
            listener.checkpointSaved(after, checkpoints.save(after, model, optimizer, scheduler));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the checkpoint of step " + after, e);
        }
    }

    /** The settings of a {@link SparkTrainer}; all but the optimizer have defaults. */
    public static final class Builder {
        private final JavaSparkContext sc;
        private final ModelFactory modelFactory;
        private OptimizerFactory optimizerFactory;
        private Function<Optimizer, LRScheduler> schedulerFactory;
        private SumLoss loss = SumLoss.crossEntropy();
        private int batchSize = 64;
        private int steps = 100;
        private long seed;
        private int localSteps = 1;
        private int treeDepth = 2;
        private int workerThreads;
        private Path checkpointFolder;
        private int checkpointEvery;
        private TrainingListener listener = report -> { };

        private Builder(JavaSparkContext sc, ModelFactory modelFactory) {
            this.sc = sc;
            this.modelFactory = modelFactory;
        }

        /** The optimizer, for example {@code params -> new Adam(params, 1e-3)} (required). */
        public Builder optimizer(OptimizerFactory optimizer) {
            this.optimizerFactory = Objects.requireNonNull(optimizer, "optimizer");
            return this;
        }

        /** A learning-rate schedule over the driver's optimizer, stepped after every step (synchronous only). */
        public Builder scheduler(Function<Optimizer, LRScheduler> scheduler) {
            this.schedulerFactory = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** The loss, summed over a batch (default: cross-entropy). */
        public Builder loss(SumLoss loss) {
            this.loss = Objects.requireNonNull(loss, "loss");
            return this;
        }

        /** Samples per step across the whole cluster (default 64). */
        public Builder batchSize(int batchSize) {
            this.batchSize = positive(batchSize, "batch size");
            return this;
        }

        /** Optimizer steps to run (default 100); a resumed run counts the checkpoint's steps as done. */
        public Builder steps(int steps) {
            this.steps = positive(steps, "step count");
            return this;
        }

        /** Seeds the batches: the same seed takes the same samples in every step (default 0). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Parameter averaging: each partition runs {@code k} local steps between averages (default 1, which is
         * synchronous training).
         */
        public Builder averaging(int k) {
            this.localSteps = positive(k, "number of local steps");
            return this;
        }

        /** The depth of {@code treeAggregate} (default 2, as Spark's). */
        public Builder treeDepth(int depth) {
            this.treeDepth = positive(depth, "tree depth");
            return this;
        }

        /**
         * autograd4j threads per executor JVM for large operations (default: leave the executor's setting, which
         * is its core count); 1 suits executors running a task per core.
         */
        public Builder workerThreads(int threads) {
            this.workerThreads = positive(threads, "thread count");
            return this;
        }

        /** Writes a checkpoint every {@code every} steps (and at the end) into {@code folder}, and resumes there. */
        public Builder checkpoints(Path folder, int every) {
            this.checkpointFolder = Objects.requireNonNull(folder, "folder");
            this.checkpointEvery = positive(every, "checkpoint interval");
            return this;
        }

        /** Hears each step's report (default: nobody). */
        public Builder listener(TrainingListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public SparkTrainer build() {
            return new SparkTrainer(this);
        }

        /** {@code build().fit(samples, inputShape)}. */
        public Module fit(JavaRDD<Sample> samples, int... inputShape) {
            return build().fit(samples, inputShape);
        }

        private static int positive(int value, String what) {
            if (value <= 0) {
                throw new IllegalArgumentException("the " + what + " must be positive, got " + value);
            }
            return value;
        }
    }
}
