package org.autograd4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.autograd4j.Threads;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.examples.mnist.Architecture;
import org.autograd4j.examples.mnist.EpochResult;
import org.autograd4j.examples.mnist.Trainer;
import org.autograd4j.examples.mnist.TrainingOptions;
import org.autograd4j.examples.report.ConsoleReport;
import org.autograd4j.examples.report.Durations;
import org.autograd4j.examples.report.TrainingChart;
import org.autograd4j.examples.report.TrainingCurves;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code autograd4j train}: trains a classifier on the shipped MNIST digits, then saves it and its chart. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Trains a digit classifier on the shipped MNIST digits (the default command).",
            "Trains on samples 0-7999 with Adam and a cosine learning-rate schedule, showing a progress bar per "
                    + "epoch and the accuracy on the test samples 8000-9999 after each. Saves the model as "
                    + "safetensors, and a PNG chart of the loss and accuracy curves beside it.",
            "The same seed gives the same numbers, run after run, whatever the thread count."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "mlp|cnn", converter = ArchitectureConverter.class,
            description = "mlp: 784-256-128-10 (default); cnn: two convolutions and two linear layers.")
    private Architecture architecture = Architecture.MLP;

    @Option(names = {"-e", "--epochs"}, paramLabel = "N",
            description = "Passes over the training set (default: ${DEFAULT-VALUE}).")
    private int epochs = 8;

    @Option(names = {"-b", "--batch-size"}, paramLabel = "N", description = "Samples per step (default: ${DEFAULT-VALUE}).")
    private int batchSize = 64;

    @Option(names = "--lr", paramLabel = "RATE",
            description = "Adam's starting learning rate, annealed to zero over the run (default: ${DEFAULT-VALUE}).")
    private double learningRate = 0.002;

    @Option(names = "--shift", paramLabel = "PIXELS",
            description = "Augmentation: move each training image by up to this many pixels (default: 1 for mlp, "
                    + "2 for cnn).")
    private Integer maxShift;

    @Option(names = {"-s", "--seed"}, paramLabel = "N", description = "Seeds weights, shuffling and augmentation "
            + "(default: ${DEFAULT-VALUE}).")
    private long seed = 0;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Threads for large operations (default: the number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to save the model (default: runs/mnist-<model>.safetensors; a .pt file is saved as "
                    + "PyTorch's state dict); the chart goes beside it as .png.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        TrainingOptions options = options();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "the thread count must be at least 1, got " + threads);
        }
        Threads.set(threads);
        PrintWriter console = spec.commandLine().getOut();
        Datasets.Split data = Datasets.mnist10k();
        Trainer trainer = new Trainer(options, data);
        console.println(ConsoleReport.describe(options, trainer.model(), data, threads));

        TrainingCurves curves = new TrainingCurves();
        long start = System.nanoTime();
        List<EpochResult> results = trainer.run(new ConsoleReport(console, options.epochs()).andThen(curves));
        double seconds = (System.nanoTime() - start) / 1e9;

        EpochResult last = results.get(results.size() - 1);
        console.printf(Locale.ROOT, "test accuracy: %.2f%%%n", 100 * last.testAccuracy());
        Path modelFile = modelFile();
        Files.createDirectories(modelFile.toAbsolutePath().getParent());
        trainer.model().save(modelFile);
        console.println("model saved to " + modelFile);
        saveChart(curves, last, console);
        console.println("total time " + Durations.minutesSeconds(seconds) + " (training and testing)");
        return 0;
    }

    private TrainingOptions options() {
        try {
            return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed,
                    maxShift != null ? maxShift : architecture.defaultShift());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private Path modelFile() {
        return out != null ? out : Path.of("runs", "mnist-" + architecture.id() + ".safetensors");
    }

    /** The chart is a bonus: a machine that cannot draw it (no fonts, say) still keeps the trained model. */
    private void saveChart(TrainingCurves curves, EpochResult last, PrintWriter console) {
        Path chartFile = siblingWithExtension(modelFile(), ".png");
        String title = String.format(Locale.ROOT, "MNIST %s: %.2f%% test accuracy after %d epochs",
                architecture.id().toUpperCase(Locale.ROOT), 100 * last.testAccuracy(), last.epoch());
        try {
            TrainingChart.save(chartFile, title, curves);
            console.println("chart saved to " + chartFile);
        } catch (IOException | RuntimeException | LinkageError e) {
            console.println("could not draw the chart (" + e + "); the model is saved");
        }
    }

    /** {@code runs/mnist-mlp.safetensors} becomes {@code runs/mnist-mlp.png}. */
    static Path siblingWithExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + extension);
    }
}
