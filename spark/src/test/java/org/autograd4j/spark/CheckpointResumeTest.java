package org.autograd4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.autograd4j.Tensor;
import org.autograd4j.optim.Adam;
import org.autograd4j.optim.lr.CosineAnnealingLR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A driver that dies after a checkpoint, restarted on the same folder, ends where the uninterrupted run ends. */
class CheckpointResumeTest {
    private static final int STEPS = 16;
    private static final int EVERY = 5;
    private static final int CRASH_AFTER = 12;

    private final JavaRDD<Sample> rdd = LocalSpark.context().parallelize(Blobs.samples(300, 2), 3);

    @TempDir
    Path folder;

    @Test
    void aRestartedDriverEndsWhereAnUninterruptedRunEnds() throws IOException {
        float[] uninterrupted = LocalLoop.flat(trainer(folder.resolve("straight"), report -> { }).fit(rdd));

        Path resumed = folder.resolve("resumed");
        RuntimeException crash = assertThrows(RuntimeException.class, () -> trainer(resumed, report -> {
            if (report.step() == CRASH_AFTER) {
                throw new IllegalStateException("the driver dies");
            }
        }).fit(rdd));
        assertEquals("the driver dies", crash.getMessage());
        assertEquals(List.of("step-00000005.safetensors", "step-00000010.safetensors"), files(resumed));

        List<Integer> stepsRun = new ArrayList<>();
        float[] restarted = LocalLoop.flat(trainer(resumed, report -> stepsRun.add(report.step())).fit(rdd));

        assertEquals(11, stepsRun.get(0), "resumes after the last checkpoint, step 10");
        assertEquals(STEPS, stepsRun.get(stepsRun.size() - 1));
        assertArrayEquals(uninterrupted, restarted, 1e-5f);
        assertTrue(files(resumed).contains("step-00000016.safetensors"), "the last step is saved too");
    }

    @Test
    void aCheckpointOfOtherBatchesIsNotResumed() throws IOException {
        Path shared = folder.resolve("shared");
        trainer(shared, report -> { }).steps(EVERY).fit(rdd);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer(shared, report -> { }).seed(99).fit(rdd));
        assertTrue(e.getMessage().contains("resuming would take other batches"), e.getMessage());
    }

    private static SparkTrainer.Builder trainer(Path checkpoints, TrainingListener listener) {
        Tensor.manualSeed(11);
        return SparkTrainer.builder(LocalSpark.context(), Blobs::mlp)
                .optimizer(params -> new Adam(params, 0.02))
                .scheduler(optimizer -> new CosineAnnealingLR(optimizer, STEPS))
                .batchSize(40).steps(STEPS).seed(4)
                .checkpoints(checkpoints, EVERY)
                .listener(listener);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
