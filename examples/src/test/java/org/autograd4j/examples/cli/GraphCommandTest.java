package org.autograd4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code autograd4j graph}: one training step's graph, from the loss back to the named parameters. */
class GraphCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheMlpStepAsDot() throws IOException {
        Path dot = dir.resolve("step.dot");
        CommandRun run = CommandRun.of("graph", "--out", dot.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(dot);
        for (String expected : new String[] {"NllLossBackward0", "LogSoftmaxBackward0", "AddmmBackward0",
                "ReluBackward0", "AccumulateGrad", "1.weight", "5.bias"}) {
            assertTrue(text.contains(expected), () -> expected + " missing from\n" + text);
        }
    }

    @Test
    void rendersTheCnnStepWithDotWhenInstalled() throws IOException, InterruptedException {
        assumeTrue(dotInstalled(), "Graphviz's dot is not installed");
        Path svg = dir.resolve("cnn.svg");
        CommandRun run = CommandRun.of("graph", "--model", "cnn", "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("ConvolutionBackward0"), text);
    }

    private static boolean dotInstalled() throws InterruptedException {
        try {
            return new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
