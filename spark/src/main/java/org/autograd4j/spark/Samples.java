package org.autograd4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * RDDs of samples the executors read themselves. {@code sc.parallelize(samples)} is the quick way for data the
 * driver holds, but its partitions carry their samples, and Spark sends a partition with every task: with a
 * trainer running a job per step, that is the whole data set shipped every step. Here a partition is only a
 * range of sample numbers; the executors read their range once, and the trainer caches what they read.
 */
public final class Samples {
    private Samples() {
    }

    /** Samples 0 to {@code count - 1}, in {@code partitions} ranges of (nearly) equal size, read by {@code reader}. */
    public static <T> JavaRDD<T> read(JavaSparkContext sc, int count, int partitions, RangeReader<T> reader) {
        if (count <= 0 || partitions <= 0) {
            throw new IllegalArgumentException("expected a positive sample count and partition count, got " + count
                    + " samples in " + partitions + " partitions");
        }
        List<int[]> ranges = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            ranges.add(new int[] {(int) ((long) count * p / partitions), (int) ((long) count * (p + 1) / partitions)});
        }
        return sc.parallelize(ranges, partitions).flatMap(range -> reader.read(range[0], range[1]).iterator());
    }
}
