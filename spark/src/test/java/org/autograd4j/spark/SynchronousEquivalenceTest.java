package org.autograd4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.autograd4j.Tensor;
import org.autograd4j.nn.Module;
import org.autograd4j.optim.Adam;
import org.autograd4j.optim.SGD;
import org.junit.jupiter.api.Test;

/**
 * Synchronous training on Spark is single-machine mini-batch training: after 20 steps over the same batches the
 * parameters equal those of PyTorch's usual loop (mean cross-entropy, backward, step) run here, up to the order
 * of float additions. The batches cross partition boundaries, and the epoch's last batch is short (600 samples,
 * batches of 64, 4 partitions of 150).
 */
class SynchronousEquivalenceTest {
    private static final int SAMPLES = 600;
    private static final int BATCH = 64;
    private static final int STEPS = 20;
    private static final long MODEL_SEED = 7;
    private static final long SAMPLING_SEED = 3;
    /** Float32 gradients summed in another order, through 20 optimizer steps. */
    private static final float TOLERANCE = 2e-5f;

    private final List<Sample> samples = Blobs.samples(SAMPLES, 1);
    private final JavaRDD<Sample> rdd = LocalSpark.context().parallelize(samples, 4);

    @Test
    void sgdWithMomentumMatchesTheLocalLoop() {
        assertMatchesLocalRun(params -> new SGD(params, 0.1, 0.9));
    }

    @Test
    void adamMatchesTheLocalLoop() {
        assertMatchesLocalRun(params -> new Adam(params, 0.01));
    }

    private void assertMatchesLocalRun(OptimizerFactory optimizer) {
        List<StepReport> reports = new ArrayList<>();
        Tensor.manualSeed(MODEL_SEED);
        Module distributed = SparkTrainer.builder(LocalSpark.context(), Blobs::mlp)
                .optimizer(optimizer).batchSize(BATCH).steps(STEPS).seed(SAMPLING_SEED)
                .listener(reports::add)
                .fit(rdd);
        float[] local = LocalLoop.train(samples, Sample.collator(), Blobs::mlp, MODEL_SEED, optimizer, BATCH, STEPS,
                SAMPLING_SEED);
        Tensor.manualSeed(MODEL_SEED);
        float[] initial = LocalLoop.flat(Blobs.mlp());
        float[] trained = LocalLoop.flat(distributed);

        assertArrayEquals(local, trained, TOLERANCE);
        // The comparison means something only if training moved the parameters well beyond the tolerance.
        assertTrue(LocalLoop.maxDifference(initial, local) > 1000 * TOLERANCE, "training barely moved the parameters");
        assertEquals(STEPS, reports.size());
        assertEquals(STEPS, reports.get(STEPS - 1).step());
        assertEquals(BATCH, reports.get(0).examples());
        assertEquals(SAMPLES - 9 * BATCH, reports.get(9).examples(), "the epoch's last batch is short");
    }
}
