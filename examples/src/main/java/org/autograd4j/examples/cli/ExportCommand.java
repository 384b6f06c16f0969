package org.autograd4j.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.autograd4j.examples.mnist.DigitModel;
import org.autograd4j.examples.mnist.ModelFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code autograd4j export}: a saved model in PyTorch's {@code .pt} format, or back in the demo's safetensors. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Writes a saved model in another format: PyTorch's .pt, or the demo's safetensors.",
            "--format pt writes the network's state dict as torch.save(model.state_dict(), path) does, with "
                    + "PyTorch's names (1.weight, ...); in PyTorch 1.13, torch.load(path, weights_only=True) reads it "
                    + "into the same nn.Sequential.",
            "--format safetensors brings a .pt state dict that PyTorch saved back into the demo's format; the "
                    + "network (mlp or cnn) is recognised by the names and shapes of its weights. 'predict' also "
                    + "reads .pt files as they are."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE",
            description = "The model: saved by 'train' or 'export', or a .pt state dict (default: ${DEFAULT-VALUE}).")
    private Path modelFile = Path.of("runs", "mnist-mlp.safetensors");

    @Option(names = {"-f", "--format"}, paramLabel = "pt|safetensors", required = true,
            converter = FormatConverter.class, description = "The format to write.")
    private ModelFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write, with the format's extension (default: beside the model, its name with the "
                    + "format's extension).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        InputFiles.require(spec, modelFile, "--model");
        Path target = out != null ? out : TrainCommand.siblingWithExtension(modelFile, "." + format.extension());
        if (ModelFormat.of(target) != format) {
            throw new ParameterException(spec.commandLine(), "--out: " + target + " would be read back as "
                    + ModelFormat.of(target).extension() + "; give it the extension ." + format.extension());
        }
        if (Files.exists(target) && Files.isSameFile(target, modelFile)) {
            throw new ParameterException(spec.commandLine(), "--out: " + target + " is the model itself; it is "
                    + "already in that format");
        }
        DigitModel model = DigitModel.load(modelFile);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        model.save(target);
        spec.commandLine().getOut().println(target + ": the " + model.architecture().id() + " of " + modelFile
                + (format == ModelFormat.PT ? ", as PyTorch's state dict" : ", in the demo's format"));
        return 0;
    }
}
