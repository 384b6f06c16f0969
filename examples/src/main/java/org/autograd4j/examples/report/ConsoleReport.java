package org.autograd4j.examples.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.examples.mnist.DigitModel;
import org.autograd4j.examples.mnist.EpochResult;
import org.autograd4j.examples.mnist.Score;
import org.autograd4j.examples.mnist.Trainer;
import org.autograd4j.examples.mnist.TrainingOptions;

/**
 * Prints a training run: a progress bar per epoch, then the epoch's test loss and accuracy and the time since
 * training began.
 */
public final class ConsoleReport implements Trainer.Listener {
    private final PrintWriter out;
    private final int epochs;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private int samplesPerEpoch;

    public ConsoleReport(PrintWriter out, int epochs) {
        this.out = out;
        this.epochs = epochs;
    }

    /** What is about to be trained, on what, and how, in two lines. */
    public static String describe(TrainingOptions options, DigitModel model, Datasets.Split data, int threads) {
        long parameters = model.network().parameters().stream().mapToLong(p -> p.numel()).sum();
        String augmentation = options.maxShift() == 0 ? ""
                : String.format(Locale.ROOT, ", random shifts up to %d px", options.maxShift());
        return String.format(Locale.ROOT,
                "Training %s (%,d parameters) on %,d MNIST digits, testing on %,d.%n"
                        + "%d epoch%s, batch %d, Adam lr %s with cosine decay%s, seed %d, %d thread%s.",
                options.architecture(), parameters, data.train().size(), data.test().size(),
                options.epochs(), plural(options.epochs()), options.batchSize(), options.learningRate(), augmentation,
                options.seed(), threads, plural(threads));
    }

    @Override
    public void epochStarted(int epoch, int samples) {
        samplesPerEpoch = samples;
        bar = new ProgressBar(out, String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs), samples);
    }

    @Override
    public void batchFinished(int epoch, Score soFar) {
        String status = status(soFar.loss(), soFar.accuracy());
        if (soFar.samples() < samplesPerEpoch) {
            bar.update((int) soFar.samples(), status);
        } else {
            bar.finish(status);
        }
    }

    @Override
    public void epochFinished(EpochResult result) {
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "  test loss %.4f acc %.2f%% (%s since the start)%n", result.testLoss(),
                100 * result.testAccuracy(), Durations.minutesSeconds(seconds));
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    private static String status(double loss, double accuracy) {
        return String.format(Locale.ROOT, "loss %.4f acc %.2f%%", loss, 100 * accuracy);
    }
}
