package org.autograd4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.autograd4j.examples.mnist.Architecture;
import org.junit.jupiter.api.Test;

class HelpTest {
    @Test
    void theProgramsHelpListsEveryCommandAndSaysTrainIsTheDefault() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String command : new String[] {"train", "predict", "export", "export-sample", "graph", "tutorial"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in\n" + run.out());
        }
        assertTrue(run.out().contains("With no command, runs 'train' with its defaults"), run.out());
    }

    @Test
    void trainsHelpStatesTheDefaultShiftOfEachModel() {
        String help = CommandRun.of("train", "--help").out().replaceAll("\\s+", " ");
        String expected = String.format("(default: %d for mlp, %d for cnn)", Architecture.MLP.defaultShift(),
                Architecture.CNN.defaultShift());
        assertTrue(help.contains(expected), help);
    }

    @Test
    void predictsHelpSaysWhichImagesItExpects() {
        String help = CommandRun.of("predict", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("a white digit on a black background, 28x28 pixels. A dark digit on light paper "
                + "is inverted"), help);
    }

    @Test
    void theVersionIsTheProjects() {
        CommandRun run = CommandRun.of("--version");
        assertTrue(run.out().matches("autograd4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out());
    }

    @Test
    void theTutorialRuns() {
        CommandRun run = CommandRun.of("tutorial");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("tensor(36., grad_fn=<SumBackward0>)"), run.out());
    }
}
