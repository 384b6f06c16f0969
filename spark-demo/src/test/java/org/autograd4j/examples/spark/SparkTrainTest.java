package org.autograd4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autograd4j.Tensor;
import org.autograd4j.io.SafeTensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark-train} in {@code local[2]} ends with the model of {@code train --shift 0} at the same seed, batch
 * size and epochs (up to the order of float additions), and so with its test accuracy. Shortened for CI to 16
 * steps of 500 digits.
 */
class SparkTrainTest {
    private static final Pattern TEST_ACCURACY = Pattern.compile("test accuracy: (\\d+\\.\\d\\d)%");
    private static final String[] SETTINGS = {"--epochs", "1", "--batch-size", "500", "--seed", "3"};

    @TempDir
    Path dir;

    @Test
    void endsWithTheModelAndAccuracyOfTrainWithoutAugmentation() throws IOException {
        Path sparkModel = dir.resolve("spark.safetensors");
        Path localModel = dir.resolve("local.safetensors");
        CommandRun spark = CommandRun.of(concat("spark-train", "--master", "local[2]", "--out", sparkModel.toString()));
        CommandRun local = CommandRun.of(concat("train", "--shift", "0", "--out", localModel.toString()));
        assertEquals(0, spark.exitCode(), spark.err() + spark.out());
        assertEquals(0, local.exitCode(), local.err());
        assertTrue(spark.out().contains("step 16/16  loss "), spark.out());

        Map<String, Tensor> sparkWeights = SafeTensors.read(sparkModel).tensors();
        Map<String, Tensor> localWeights = SafeTensors.read(localModel).tensors();
        assertEquals(localWeights.keySet(), sparkWeights.keySet());
        localWeights.forEach((name, expected) -> {
            double difference = expected.sub(sparkWeights.get(name)).abs().max().item();
            assertTrue(difference < 1e-4, name + " differs by " + difference);
        });
        assertEquals(accuracy(local), accuracy(spark), 0.1, "test accuracy in %");
    }

    private String[] concat(String... command) {
        String[] out = new String[command.length + SETTINGS.length];
        System.arraycopy(command, 0, out, 0, command.length);
        System.arraycopy(SETTINGS, 0, out, command.length, SETTINGS.length);
        return out;
    }

    /** One run of the program with spark-train: its exit code and what it printed to each stream. */
    private record CommandRun(int exitCode, String out, String err) {
        static CommandRun of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitCode = Autograd4jOnSpark.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new CommandRun(exitCode, out.toString(), err.toString());
        }
    }

    private static double accuracy(CommandRun run) {
        Matcher m = TEST_ACCURACY.matcher(run.out());
        assertTrue(m.find(), run.out());
        return Double.parseDouble(m.group(1));
    }
}
