package org.autograd4j.examples.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.autograd4j.examples.cli.Version;
import org.autograd4j.examples.report.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code autograd4j spark-train}: the MNIST MLP trained data-parallel on Apache Spark. */
@Command(name = "spark-train",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Trains the MNIST MLP data-parallel on Apache Spark (synchronous: one Spark job per step).",
            "Takes the batches, Adam and cosine schedule of 'train' at the same seed, batch size, epochs and "
                    + "learning rate, without augmentation: compare with 'train --shift 0'.",
            "Needs Spark on the class path: the spark-demo module's demo profile does it (see the README), or spark-submit "
                    + "--class org.autograd4j.examples.spark.Autograd4jOnSpark autograd4j-spark.jar spark-train."})
final class SparkTrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL",
            description = "local[N] or spark://host:port (default: ${DEFAULT-VALUE}).")
    private String master = "local[2]";

    @Option(names = {"-p", "--partitions"}, paramLabel = "N",
            description = "Partitions of the training digits (default: ${DEFAULT-VALUE}).")
    private int partitions = 2;

    @Option(names = {"-e", "--epochs"}, paramLabel = "N",
            description = "Passes over the training set (default: ${DEFAULT-VALUE}).")
    private int epochs = 1;

    @Option(names = {"-b", "--batch-size"}, paramLabel = "N",
            description = "Samples per step, across the cluster (default: ${DEFAULT-VALUE}).")
    private int batchSize = 64;

    @Option(names = "--lr", paramLabel = "RATE",
            description = "Adam's starting learning rate, annealed to zero over the run (default: ${DEFAULT-VALUE}).")
    private double learningRate = 0.002;

    @Option(names = {"-s", "--seed"}, paramLabel = "N", description = "Seeds weights and batches "
            + "(default: ${DEFAULT-VALUE}).")
    private long seed = 0;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to save the model (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("runs", "mnist-mlp-spark.safetensors");

    @Override
    public Integer call() throws IOException {
        if (partitions < 1 || epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new ParameterException(spec.commandLine(), "partitions, epochs, batch size and learning rate must "
                    + "be positive");
        }
        PrintWriter console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "Training the MLP on %s: 8,000 MNIST digits in %d partitions, %d epoch(s), "
                + "batch %d, Adam lr %s with cosine decay, seed %d.%n", master, partitions, epochs, batchSize,
                learningRate, seed);
        long start = System.nanoTime();
        MnistOnSpark.Result result;
        try {
            result = MnistOnSpark.train(master, partitions, epochs, batchSize, learningRate, seed,
                    new ProgressLines(console, MnistOnSpark.steps(epochs, batchSize) / (5 * epochs)));
        } catch (NoClassDefFoundError e) {
            console.println("Spark is not on the class path (" + e.getMessage() + "): run spark-train through "
                    + "the spark-demo module's demo profile or spark-submit, as 'spark-train --help' says.");
            return 1;
        }
        console.printf(Locale.ROOT, "test accuracy: %.2f%%%n", 100 * result.testAccuracy());
        Files.createDirectories(out.toAbsolutePath().getParent());
        result.model().save(out);
        console.println("model saved to " + out);
        console.println("total time " + Durations.minutesSeconds((System.nanoTime() - start) / 1e9));
        return 0;
    }
}
