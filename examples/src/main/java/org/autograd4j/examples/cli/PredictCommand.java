package org.autograd4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.autograd4j.Tensor;
import org.autograd4j.examples.mnist.DigitImages;
import org.autograd4j.examples.mnist.DigitModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code autograd4j predict}: classifies a digit image with a model saved by {@code train}. */
@Command(name = "predict",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Classifies a digit image with a model saved by 'train'.",
            "Prints the most likely digit and each digit's probability.",
            "The image is read as MNIST's are: a white digit on a black background, 28x28 pixels. A dark digit on "
                    + "light paper is inverted, and an image of another size has its digit cropped, scaled to fit "
                    + "20x20 and centred by its centre of mass, as MNIST's digits were. Colour is read as brightness.",
            "Try it on a digit from the test set: autograd4j export-sample --index 8000 --out digit.png"})
final class PredictCommand implements Callable<Integer> {
    private static final int BAR_WIDTH = 30;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE",
            description = "A model saved by 'train' or 'export', or PyTorch's .pt state dict of the same network "
                    + "(default: ${DEFAULT-VALUE}, where 'train' saves the MLP).")
    private Path modelFile = Path.of("runs", "mnist-mlp.safetensors");

    @Option(names = {"-i", "--image"}, paramLabel = "FILE", required = true,
            description = "The image: PNG, JPEG, GIF or BMP.")
    private Path imageFile;

    @Override
    public Integer call() throws IOException {
        InputFiles.require(spec, imageFile, "--image");
        InputFiles.require(spec, modelFile, "--model");
        DigitModel model = DigitModel.load(modelFile);
        Tensor probabilities = model.probabilities(DigitImages.read(imageFile));
        int digit = (int) probabilities.argmax().item();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d (%.2f%%)%n", imageFile, digit, 100 * probabilities.get(digit).item());
        for (int d = 0; d < probabilities.size(0); d++) {
            double p = probabilities.get(d).item();
            String bar = "#".repeat((int) Math.round(p * BAR_WIDTH));
            out.println(String.format(Locale.ROOT, "  %d %7.2f%%  %s", d, 100 * p, bar).stripTrailing());
        }
        return 0;
    }
}
