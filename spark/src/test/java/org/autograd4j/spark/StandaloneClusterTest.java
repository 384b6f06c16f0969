package org.autograd4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.data.TensorDataset;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.nn.Flatten;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.ReLU;
import org.autograd4j.nn.Sequential;
import org.autograd4j.optim.Adam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The MNIST MLP trained on a real Spark standalone cluster (a master and two workers on this machine, the
 * project's jars shipped to the executors, which read the digits themselves), with one worker killed in the
 * middle of training: Spark reruns the lost tasks (and rebuilds the lost cached samples from their lineage), and
 * the run still ends with the parameters of the undisturbed single-machine run. Runs with {@code -Pspark-cluster}.
 */
@Tag("cluster")
class StandaloneClusterTest {
    private static final int TRAIN = 2000;
    private static final int BATCH = 100;
    private static final int STEPS = 16;
    private static final int KILL_AFTER = 6;
    private static final long MODEL_SEED = 0;
    private static final long SAMPLING_SEED = 1;
    private static final OptimizerFactory ADAM = params -> new Adam(params, 1e-3);

    @BeforeAll
    static void stopTheSharedLocalContext() {
        LocalSpark.stop();
    }

    @Test
    void trainsThroughAWorkerFailureToTheUndisturbedResult() throws Exception {
        Datasets.Split mnist = Datasets.mnist10k();
        List<Sample> train = samples(mnist.train(), 0, TRAIN);
        Path scratch = Files.createDirectories(Path.of("target", "spark-cluster"));
        StandaloneCluster cluster = new StandaloneCluster(Path.of(System.getProperty("autograd4j.spark.home")),
                scratch, 2);
        List<StepReport> reports = new ArrayList<>();
        Module model;
        int executorsBefore;
        int executorsAfter;
        try {
            cluster.awaitReady(Duration.ofMinutes(3));
            try (JavaSparkContext sc = new JavaSparkContext(conf(cluster, scratch))) {
                executorsBefore = awaitExecutors(sc, 2);
                Tensor.manualSeed(MODEL_SEED);
                model = SparkTrainer.builder(sc, StandaloneClusterTest::mlp)
                        .optimizer(ADAM).batchSize(BATCH).steps(STEPS).seed(SAMPLING_SEED)
                        .listener(report -> {
                            reports.add(report);
                            if (report.step() == KILL_AFTER) {
                                cluster.killWorker(0);
                            }
                        })
                        .fit(Samples.read(sc, TRAIN, 4, (from, to) -> samples(Datasets.mnist10k().train(), from, to)),
                                1, 28, 28);
                executorsAfter = executors(sc);
            }
        } finally {
            cluster.close();
        }

        assertEquals(2, executorsBefore);
        assertEquals(1, executorsAfter, "one executor died with its worker");
        assertEquals(STEPS, reports.size());
        float[] undisturbed = LocalLoop.train(train, Sample.collator(1, 28, 28), StandaloneClusterTest::mlp,
                MODEL_SEED, ADAM, BATCH, STEPS, SAMPLING_SEED);
        assertArrayEquals(undisturbed, LocalLoop.flat(model), 1e-4f);
        assertTrue(accuracy(model, mnist.test()) > 0.6, "test accuracy " + accuracy(model, mnist.test()));
        assertEquals(List.of(), cluster.running(), "processes left running");
    }

    /** The demo's MLP, 784-256-128-10. */
    static Module mlp() {
        return new Sequential(new Flatten(), new Linear(28 * 28, 256), new ReLU(), new Linear(256, 128), new ReLU(),
                new Linear(128, 10));
    }

    private static SparkConf conf(StandaloneCluster cluster, Path scratch) throws IOException {
        List<Path> jars = List.of(ShippedJars.of(Tensor.class, scratch), ShippedJars.of(SparkTrainer.class, scratch),
                ShippedJars.of(Datasets.class, scratch),
                ShippedJars.of(StandaloneClusterTest.class, scratch));
        return LocalSpark.conf(cluster.masterUrl())
                .set("spark.jars", ShippedJars.list(jars))
                .set("spark.executor.memory", "512m");
    }

    /** Waits until {@code wanted} executors have registered; returns how many there are. */
    private static int awaitExecutors(JavaSparkContext sc, int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (executors(sc) < wanted && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return executors(sc);
    }

    /** The executors alive, not counting the driver, which the status tracker lists too. */
    private static int executors(JavaSparkContext sc) {
        return sc.statusTracker().getExecutorInfos().length - 1;
    }

    private static List<Sample> samples(TensorDataset data, int from, int to) {
        List<Sample> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<Tensor> sample = data.get(i);
            out.add(Sample.of(sample.get(0), (long) sample.get(1).item()));
        }
        return out;
    }

    private static double accuracy(Module model, TensorDataset test) {
        Batch all = Sample.collator(1, 28, 28).collate(samples(test, 0, test.size()));
        try (var noGrad = Autograd.noGrad()) {
            return model.call(all.x()).argmax(1).eq(all.y()).to(DType.FLOAT32).mean().item();
        }
    }
}
