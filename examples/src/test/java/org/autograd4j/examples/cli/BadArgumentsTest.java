package org.autograd4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autograd4j.examples.mnist.Architecture;
import org.autograd4j.examples.mnist.DigitModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad arguments end in one line saying what is wrong, the synopsis and a pointer to --help: exit code 2. */
class BadArgumentsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bogus                              | Unmatched argument at index 0: 'bogus'",
        "train --model rnn                  | Invalid value for option '--model': unknown model 'rnn' (expected mlp or cnn)",
        "train --epochs 0                   | the epochs must be positive, got 0",
        "train --epochs many                | Invalid value for option '--epochs': 'many' is not an int",
        "train --batch-size -5              | the batch size must be positive, got -5",
        "train --lr -1                      | the learning rate must be a positive number, got -1.0",
        "train --shift 20                   | the shift must be 0 to 8 pixels, got 20",
        "train --threads 0                  | the thread count must be at least 1, got 0",
        "train --color blue                 | Unknown options: '--color', 'blue'",
        "predict                            | Missing required option: '--image=FILE'",
        "predict --image missing.png        | --image: no such file: missing.png",
        "export-sample --index 10000        | --index: 10000 is out of range: the samples are numbered 0-9999",
    })
    void getOneLineTheSynopsisAndExitCode2(String args, String message) {
        CommandRun run = CommandRun.of(args.split(" +"));
        String[] lines = run.err().split("\n");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(message, lines[0]);
        assertTrue(run.err().contains("Usage: autograd4j"), run.err());
        assertTrue(lines[lines.length - 1].matches("Try 'autograd4j( [a-z-]+)? --help' for more information."),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMisspelledCommandGetsSuggestions() {
        CommandRun run = CommandRun.of("trian");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(
                "Did you mean: autograd4j tutorial or autograd4j train?"), run.err());
    }

    @Test
    void aMissingModelIsABadArgumentWithAHint() {
        Path image = dir.resolve("digit.png");
        assertEquals(0, CommandRun.of("export-sample", "--out", image.toString()).exitCode());

        CommandRun run = CommandRun.of("predict", "--model", "missing.safetensors", "--image", image.toString());

        assertEquals(2, run.exitCode());
        assertEquals("--model: no such file: missing.safetensors (train one first: autograd4j train)",
                run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aModelThatIsNoModelFailsWithOneLineAndExitCode1() throws IOException {
        Path notAModel = Files.writeString(dir.resolve("model.safetensors"), "not a checkpoint");
        Path image = dir.resolve("digit.png");
        assertEquals(0, CommandRun.of("export-sample", "--out", image.toString()).exitCode());

        CommandRun run = CommandRun.of("predict", "--model", notAModel.toString(), "--image", image.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("predict: model.safetensors: "), run.err());
        assertTrue(run.err().strip().endsWith("not a safetensors file"), run.err());
    }

    @Test
    void anImageThatIsNoImageFailsWithOneLineAndExitCode1() throws IOException {
        Path notAnImage = Files.writeString(dir.resolve("digit.png"), "not an image");
        Path model = dir.resolve("model.safetensors");
        new DigitModel(Architecture.MLP).save(model);

        CommandRun run = CommandRun.of("predict", "--model", model.toString(), "--image", notAnImage.toString());

        assertEquals(1, run.exitCode());
        assertEquals("predict: " + notAnImage + ": not an image Java can read (PNG, JPEG, GIF or BMP expected)",
                run.err().strip());
    }
}
