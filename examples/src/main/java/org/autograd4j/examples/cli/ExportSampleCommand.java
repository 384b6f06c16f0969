package org.autograd4j.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.autograd4j.Tensor;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.examples.mnist.DigitImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code autograd4j export-sample}: writes one of the shipped MNIST digits as a PNG, to try {@code predict} on. */
@Command(name = "export-sample",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Writes one of the shipped MNIST digits as a PNG, to try 'predict' on.",
            "The image is 28x28 grayscale, white on black, as MNIST's; the label is printed. Samples 8000-9999 are "
                    + "the test set, which 'train' never learns from."})
final class ExportSampleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-n", "--index"}, paramLabel = "N", description = "Which sample, 0-9999 (default: ${DEFAULT-VALUE}).")
    private int index = Datasets.MNIST10K_TRAIN_SIZE;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The PNG to write (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("digit.png");

    @Override
    public Integer call() throws IOException {
        Datasets.Split data = Datasets.mnist10k();
        int total = data.train().size() + data.test().size();
        if (index < 0 || index >= total) {
            throw new ParameterException(spec.commandLine(),
                    "--index: " + index + " is out of range: the samples are numbered 0-" + (total - 1));
        }
        boolean test = index >= data.train().size();
        List<Tensor> sample = test ? data.test().get(index - data.train().size()) : data.train().get(index);
        DigitImages.writePng(sample.get(0), out);
        spec.commandLine().getOut().printf("%s: sample %d (%s set), label %d%n", out, index,
                test ? "test" : "training", (long) sample.get(1).item());
        return 0;
    }
}
