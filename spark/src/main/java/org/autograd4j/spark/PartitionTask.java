package org.autograd4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The work of one partition in one job: fetch the broadcast parameters and batches, pick this shard's samples
 * of each batch, and compute either the summed gradient of one step (synchronous training) or k local steps
 * (parameter averaging). Yields one {@link VectorSum} per partition.
 *
 * @param <T> the sample type
 */
final class PartitionTask<T> implements FlatMapFunction<Iterator<Shard<T>>, VectorSum> {
    private static final long serialVersionUID = 1L;

    private final Replica<T> replica;
    private final Broadcast<StepPayload> payload;
    /** Null in synchronous training, where the optimizer runs on the driver. */
    private final OptimizerFactory localOptimizer;

    PartitionTask(Replica<T> replica, Broadcast<StepPayload> payload, OptimizerFactory localOptimizer) {
        this.replica = replica;
        this.payload = payload;
        this.localOptimizer = localOptimizer;
    }

    @Override
    public Iterator<VectorSum> call(Iterator<Shard<T>> shards) {
        long start = System.nanoTime();
        StepPayload step = payload.value();
        long fetched = System.nanoTime();
        VectorSum sum = VectorSum.empty();
        while (shards.hasNext()) {
            sum.add(compute(step, shards.next()));
        }
        return List.of(sum.timed(fetched - start, System.nanoTime() - fetched)).iterator();
    }

    private VectorSum compute(StepPayload step, Shard<T> shard) {
        if (localOptimizer == null) {
            List<T> samples = shard.select(step.batches()[0]);
            return samples.isEmpty() ? VectorSum.empty() : replica.gradient(step.parameters(), samples);
        }
        List<List<T>> perStep = new ArrayList<>();
        for (long[] batch : step.batches()) {
            perStep.add(shard.select(batch));
        }
        return replica.localSteps(step.parameters(), perStep, localOptimizer);
    }
}
