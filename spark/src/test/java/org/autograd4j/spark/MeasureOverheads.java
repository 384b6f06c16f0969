package org.autograd4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.nn.F;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.ReLU;
import org.autograd4j.nn.Sequential;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.SGD;

/**
 * The measurements of docs/DISTRIBUTED.md (a program, not a test): per-step time of synchronous training against
 * the local loop for a 100k- and a 1M-parameter MLP, split into broadcast, fetch, compute, Spark overhead and the
 * driver's update; then the speed-up from one executor slot to two for a compute-heavy batch. Run from the
 * repository root after {@code mvn -B -q -pl spark -am test-compile}:
 * <pre>
 * java $(flags) -cp "$(cat spark/target/cp.txt):spark/target/classes:spark/target/test-classes:core/target/classes" \
 *     org.autograd4j.spark.MeasureOverheads
 * </pre>
 */
public final class MeasureOverheads {
    private static final int FEATURES = 784;
    private static final int SAMPLES = 8192;
    private static final int WARMUP = 5;
    private static final int MEASURED = 20;

    private MeasureOverheads() {
    }

    public static void main(String[] args) {
        System.out.println("model, mode, batch: ms per step (median) = "
                + "broadcast + fetch + compute + overhead + update");
        for (ModelFactory model : List.<ModelFactory>of(MeasureOverheads::mlp100k, MeasureOverheads::mlp1m)) {
            System.out.printf(Locale.ROOT, "%s (%,d parameters)%n", model.create().name(), parameterCount(model));
            local(model, 256);
            spark("local[2]", model, 256, 2);
        }
        System.out.println("speed-up, 1M parameters, batch 2048, one autograd4j thread per task:");
        double one = spark("local[1]", MeasureOverheads::mlp1m, 2048, 2);
        double two = spark("local[2]", MeasureOverheads::mlp1m, 2048, 2);
        System.out.printf(Locale.ROOT, "1 -> 2 executor slots: %.2fx%n", one / two);
    }

    static Module mlp100k() {
        return new Sequential(new Linear(FEATURES, 128), new ReLU(), new Linear(128, 10));
    }

    static Module mlp1m() {
        return new Sequential(new Linear(FEATURES, 1024), new ReLU(), new Linear(1024, 200), new ReLU(),
                new Linear(200, 10));
    }

    private static long parameterCount(ModelFactory model) {
        return model.create().parameters().stream().mapToLong(Tensor::numel).sum();
    }

    /** The local loop's median ms per step. */
    private static void local(ModelFactory factory, int batchSize) {
        List<Sample> samples = samples(0, SAMPLES);
        Module model = factory.create();
        Optimizer optimizer = new SGD(model.parameters(), 0.01);
        StepSampler sampler = new StepSampler(SAMPLES, batchSize, 0);
        double[] ms = new double[MEASURED];
        for (int step = 0; step < WARMUP + MEASURED; step++) {
            long start = System.nanoTime();
            List<Sample> chosen = new ArrayList<>();
            for (long i : sampler.batch(step)) {
                chosen.add(samples.get((int) i));
            }
            Batch batch = Sample.collator().collate(chosen);
            Tensor loss = F.crossEntropy(model.call(batch.x()), batch.y());
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            if (step >= WARMUP) {
                ms[step - WARMUP] = (System.nanoTime() - start) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "  local, batch %d: %.1f ms%n", batchSize, median(ms));
    }

    /** Spark's median ms per step, printed with its split. */
    private static double spark(String master, ModelFactory model, int batchSize, int partitions) {
        List<StepReport> reports = new ArrayList<>();
        try (JavaSparkContext sc = new JavaSparkContext(LocalSpark.conf(master))) {
            SparkTrainer.builder(sc, model)
                    .optimizer(params -> new SGD(params, 0.01))
                    .batchSize(batchSize).steps(WARMUP + MEASURED).workerThreads(1)
                    .listener(reports::add)
                    .fit(Samples.read(sc, SAMPLES, partitions, MeasureOverheads::samples));
        }
        List<StepReport> measured = reports.subList(WARMUP, reports.size());
        double total = median(measured, StepReport::nanos);
        System.out.printf(Locale.ROOT, "  %s, batch %d: %.1f ms = %.1f + %.1f + %.1f + %.1f + %.1f%n", master,
                batchSize, total, median(measured, StepReport::broadcastNanos),
                median(measured, StepReport::fetchNanos), median(measured, StepReport::computeNanos),
                median(measured, StepReport::overheadNanos), median(measured, StepReport::updateNanos));
        return total;
    }

    /** Synthetic digits-sized samples, the same on every executor. */
    static List<Sample> samples(int from, int to) {
        List<Sample> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Tensor x = Tensor.randn(new int[] {FEATURES}, DType.FLOAT32, new Generator(i));
            out.add(new Sample(x.toFloatArray(), i % 10));
        }
        return out;
    }

    private static double median(List<StepReport> reports, java.util.function.ToLongFunction<StepReport> field) {
        return median(reports.stream().mapToDouble(r -> field.applyAsLong(r) / 1e6).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
