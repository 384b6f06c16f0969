package org.autograd4j.examples.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.data.DataLoader;
import org.autograd4j.data.TensorDataset;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.examples.mnist.Architecture;
import org.autograd4j.examples.mnist.DigitModel;
import org.autograd4j.examples.mnist.Score;
import org.autograd4j.nn.Module;
import org.autograd4j.optim.Adam;
import org.autograd4j.optim.lr.CosineAnnealingLR;
import org.autograd4j.spark.Sample;
import org.autograd4j.spark.Samples;
import org.autograd4j.spark.SparkTrainer;
import org.autograd4j.spark.TrainingListener;

/**
 * {@code autograd4j spark-train}: the MNIST MLP of {@code train}, trained with {@link SparkTrainer} on a Spark
 * master. The executors read the digits from the datasets jar themselves. With the seed, batch size, epochs and
 * learning rate of a {@code train --shift 0} run (Spark takes no augmentation), it takes the same batches with
 * the same Adam and cosine schedule, so it ends with the same model up to the order of float additions.
 */
public final class MnistOnSpark {
    private static final int TEST_BATCH_SIZE = 500;

    /** What a run gives: the trained model and its accuracy on the test digits. */
    public record Result(DigitModel model, double testAccuracy) {
    }

    private MnistOnSpark() {
    }

    /** The number of steps of {@code epochs} passes over the training digits. */
    public static int steps(int epochs, int batchSize) {
        return epochs * ((Datasets.MNIST10K_TRAIN_SIZE + batchSize - 1) / batchSize);
    }

    /**
     * Trains on {@code master} ({@code local[2]}, {@code spark://host:7077}) with {@code partitions} partitions
     * of the training digits.
     */
    public static Result train(String master, int partitions, int epochs, int batchSize, double learningRate,
            long seed, TrainingListener listener) {
        int steps = steps(epochs, batchSize);
        try (JavaSparkContext sc = new JavaSparkContext(conf(master))) {
            Tensor.manualSeed(seed);
            Module network = SparkTrainer.builder(sc, () -> Architecture.MLP.build())
                    .optimizer(params -> new Adam(params, learningRate))
                    .scheduler(optimizer -> new CosineAnnealingLR(optimizer, steps))
                    .batchSize(batchSize).steps(steps).seed(seed)
                    .workerThreads(1)
                    .listener(listener)
                    .fit(Samples.read(sc, Datasets.MNIST10K_TRAIN_SIZE, partitions, MnistOnSpark::trainingDigits),
                            1, 28, 28);
            DigitModel model = new DigitModel(Architecture.MLP);
            model.network().loadStateDict(network.stateDict());
            return new Result(model, testAccuracy(model));
        }
    }

    private static SparkConf conf(String master) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("autograd4j spark-train")
                .set("spark.ui.showConsoleProgress", "false");
        if (master.startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.ui.enabled", "false");
        } else {
            // A cluster's executors need the program's classes: this jar (the shaded autograd4j.jar) holds them all.
            conf.setJars(new String[] {jarOfThisProgram()});
        }
        return conf;
    }

    private static String jarOfThisProgram() {
        try {
            return Path.of(MnistOnSpark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the program's jar", e);
        }
    }

    /** Training digits {@code from} to {@code to - 1}, normalised as {@link DigitModel#logits} does. */
    private static List<Sample> trainingDigits(int from, int to) {
        TensorDataset train = Datasets.mnist10k().train();
        List<Sample> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            List<Tensor> digit = train.get(i);
            out.add(Sample.of(DigitModel.normalise(digit.get(0)), (long) digit.get(1).item()));
        }
        return out;
    }

    private static double testAccuracy(DigitModel model) {
        DataLoader<Batch> test = DataLoader.builder(Datasets.mnist10k().test()).batchSize(TEST_BATCH_SIZE).build();
        Score score = new Score();
        model.network().eval();
        try (var noGrad = Autograd.noGrad()) {
            for (Batch batch : test) {
                score.add(model.logits(batch.x()), batch.y());
            }
        }
        return score.accuracy();
    }
}
