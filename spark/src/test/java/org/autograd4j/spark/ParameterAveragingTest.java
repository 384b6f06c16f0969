package org.autograd4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.nn.Module;
import org.autograd4j.optim.SGD;
import org.autograd4j.optim.lr.StepLR;
import org.junit.jupiter.api.Test;

/** Parameter averaging is an approximation of the local run; it is tested for convergence only. */
class ParameterAveragingTest {
    private final List<Sample> samples = Blobs.samples(800, 3);

    @Test
    void averagingEveryFiveLocalStepsLearnsTheProblem() {
        List<StepReport> reports = new ArrayList<>();
        Tensor.manualSeed(5);
        Module model = SparkTrainer.builder(LocalSpark.context(), Blobs::mlp)
                .optimizer(params -> new SGD(params, 0.1, 0.9))
                .batchSize(64).steps(60).seed(1).averaging(5)
                .listener(reports::add)
                .fit(LocalSpark.context().parallelize(samples, 4));

        assertEquals(12, reports.size(), "one job per 5 steps");
        assertEquals(List.of(5, 10, 15), reports.subList(0, 3).stream().map(StepReport::step).toList());
        assertEquals(5 * 64, reports.get(0).examples());
        assertTrue(reports.get(11).loss() < reports.get(0).loss() / 2,
                "the loss fell from " + reports.get(0).loss() + " to " + reports.get(11).loss());
        assertTrue(accuracy(model) > 0.9, "training accuracy " + accuracy(model));
    }

    @Test
    void aSchedulerIsRefusedWithAveraging() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkTrainer.builder(LocalSpark.context(), Blobs::mlp)
                        .optimizer(params -> new SGD(params, 0.1))
                        .scheduler(optimizer -> new StepLR(optimizer, 10))
                        .averaging(4)
                        .build());
        assertTrue(e.getMessage().contains("parameter averaging"), e.getMessage());
    }

    private double accuracy(Module model) {
        Batch all = Sample.collator().collate(samples);
        try (var noGrad = Autograd.noGrad()) {
            return model.call(all.x()).argmax(1).eq(all.y()).to(DType.FLOAT32).mean().item();
        }
    }
}
