package org.autograd4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.optim.SGD;
import org.junit.jupiter.api.Test;

/** Misuse fails early, with a message that names the value. */
class MisuseTest {
    @Test
    void settingsMustBePositive() {
        SparkTrainer.Builder builder = SparkTrainer.builder(LocalSpark.context(), Blobs::mlp);
        assertEquals("the batch size must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> builder.batchSize(0)).getMessage());
        assertEquals("the number of local steps must be positive, got -2",
                assertThrows(IllegalArgumentException.class, () -> builder.averaging(-2)).getMessage());
    }

    @Test
    void anOptimizerIsRequired() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> SparkTrainer.builder(LocalSpark.context(), Blobs::mlp).build());
        assertEquals("an optimizer is required: optimizer(params -> new SGD(params, lr))", e.getMessage());
    }

    @Test
    void anEmptyRddIsRefused() {
        SparkTrainer trainer = SparkTrainer.builder(LocalSpark.context(), Blobs::mlp)
                .optimizer(params -> new SGD(params, 0.1)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.fit(LocalSpark.context().parallelize(List.<Sample>of(), 2)));
        assertEquals("the training RDD holds no samples", e.getMessage());
    }

    @Test
    void aSampleOfTheWrongSizeIsNamed() {
        Collator<Sample> collator = Sample.collator(2, 3);
        List<Sample> samples = List.of(new Sample(new float[6], 0), new Sample(new float[5], 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> collator.collate(samples));
        assertEquals("a sample has 5 features, but the collator expects shape [2, 3] (6)", e.getMessage());
    }

    @Test
    void samplesReadNeedsPositiveCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.read(LocalSpark.context(), 10, 0, (from, to) -> List.of()));
        assertEquals("expected a positive sample count and partition count, got 10 samples in 0 partitions",
                e.getMessage());
    }
}
