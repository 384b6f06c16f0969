package org.autograd4j.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GraphViz;
import org.autograd4j.data.Batch;
import org.autograd4j.data.DataLoader;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.examples.mnist.Architecture;
import org.autograd4j.examples.mnist.DigitModel;
import org.autograd4j.nn.F;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code autograd4j graph}: the autograd graph of one training step's loss, as a picture. */
@Command(name = "graph",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Draws the autograd graph of one training step: the loss of a batch of 4 MNIST digits, back to the "
                    + "model's parameters, labelled with their state-dict names.",
            "Rendered by Graphviz's 'dot' when it is installed (svg, png or pdf by the file's extension); "
                    + "otherwise the .dot text is written and the command to render it is printed."})
final class GraphCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "mlp|cnn", converter = ArchitectureConverter.class,
            description = "mlp (default) or cnn: the network whose training step is drawn.")
    private Architecture architecture = Architecture.MLP;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "The picture to write (default: runs/mnist-<model>-graph.svg).")
    private Path out;

    @Option(names = "--saved", description = "Also show the tensors each node saved for backward, with their shapes.")
    private boolean showSaved;

    @Override
    public Integer call() throws IOException, InterruptedException {
        DigitModel model = new DigitModel(architecture);
        Batch batch = DataLoader.builder(Datasets.mnist10k().train()).batchSize(4).build().iterator().next();
        Tensor loss = F.crossEntropy(model.logits(batch.x()), batch.y());
        Path target = out != null ? out : Path.of("runs", "mnist-" + architecture.id() + "-graph.svg");
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        String dot = GraphViz.toDot(model.network().namedParameters(), showSaved, loss);
        spec.commandLine().getOut().println("graph saved to " + GraphViz.render(dot, target));
        return 0;
    }
}
