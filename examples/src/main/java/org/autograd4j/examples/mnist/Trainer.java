package org.autograd4j.examples.mnist;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.data.DataLoader;
import org.autograd4j.data.Dataset;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.nn.F;
import org.autograd4j.optim.Adam;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.lr.CosineAnnealingLR;
import org.autograd4j.optim.lr.LRScheduler;

/**
 * Trains a {@link DigitModel} on MNIST with Adam and a cosine learning-rate schedule, testing after every epoch.
 * PyTorch's usual loop, step for step; what happens is reported to a {@link Listener}.
 */
public final class Trainer {
    /** Test batches are large: evaluation keeps no graph. */
    private static final int TEST_BATCH_SIZE = 500;

    /** What a training run reports as it goes. Every method runs on the training thread. */
    public interface Listener {
        /** An epoch begins, over {@code samples} training samples. */
        default void epochStarted(int epoch, int samples) {
        }

        /** A training step has finished; {@code soFar} scores the epoch's batches up to this one. */
        default void batchFinished(int epoch, Score soFar) {
        }

        /** An epoch and its test have finished. */
        default void epochFinished(EpochResult result) {
        }

        /** A listener that tells this one, then {@code next}. */
        default Listener andThen(Listener next) {
            Listener first = this;
            return new Listener() {
                @Override
                public void epochStarted(int epoch, int samples) {
                    first.epochStarted(epoch, samples);
                    next.epochStarted(epoch, samples);
                }

                @Override
                public void batchFinished(int epoch, Score soFar) {
                    first.batchFinished(epoch, soFar);
                    next.batchFinished(epoch, soFar);
                }

                @Override
                public void epochFinished(EpochResult result) {
                    first.epochFinished(result);
                    next.epochFinished(result);
                }
            };
        }
    }

    private final TrainingOptions options;
    private final DigitModel model;
    private final Optimizer optimizer;
    private final LRScheduler schedule;
    private final DataLoader<Batch> trainLoader;
    private final DataLoader<Batch> testLoader;
    private final int trainSamples;

    /** Seeds the global generator with {@code options.seed()} and builds the model, optimizer and loaders. */
    public Trainer(TrainingOptions options, Datasets.Split data) {
        this.options = options;
        this.trainSamples = data.train().size();
        Tensor.manualSeed(options.seed());
        this.model = new DigitModel(options.architecture());
        this.trainLoader = DataLoader.builder(augmented(data.train()))
                .batchSize(options.batchSize())
                .shuffle(true)
                .generator(new Generator(options.seed()))
                .build();
        this.testLoader = DataLoader.builder(data.test()).batchSize(TEST_BATCH_SIZE).build();
        this.optimizer = new Adam(model.network().parameters(), options.learningRate());
        this.schedule = new CosineAnnealingLR(optimizer, options.epochs() * trainLoader.size());
    }

    private Dataset<List<Tensor>> augmented(Dataset<List<Tensor>> train) {
        if (options.maxShift() == 0) {
            return train;
        }
        // seed + 1: a stream apart from the shuffling's, which draws from a generator seeded with seed.
        RandomShift shift = new RandomShift(options.maxShift(), options.seed() + 1);
        return train.map(shift::apply);
    }

    public DigitModel model() {
        return model;
    }

    /** Runs every epoch; returns their results in order. */
    public List<EpochResult> run(Listener listener) {
        List<EpochResult> results = new ArrayList<>();
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Score train = trainEpoch(epoch, listener);
            Score test = test();
            EpochResult result = new EpochResult(epoch, train.loss(), train.accuracy(), test.loss(), test.accuracy());
            listener.epochFinished(result);
            results.add(result);
        }
        return results;
    }

    private Score trainEpoch(int epoch, Listener listener) {
        model.network().train();
        listener.epochStarted(epoch, trainSamples);
        Score score = new Score();
        for (Batch batch : trainLoader) {
            Tensor logits = model.logits(batch.x());
            Tensor loss = F.crossEntropy(logits, batch.y());
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            schedule.step();
            score.add(loss, logits, batch.y());
            listener.batchFinished(epoch, score);
        }
        return score;
    }

    /** The loss and accuracy on the test set, in evaluation mode and without recording a graph. */
    public Score test() {
        model.network().eval();
        Score score = new Score();
        try (var noGrad = Autograd.noGrad()) {
            for (Batch batch : testLoader) {
                score.add(model.logits(batch.x()), batch.y());
            }
        }
        return score;
    }
}
