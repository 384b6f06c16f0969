package org.autograd4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * One partition's samples, held as a list, with the global index of the first: the samples of the whole RDD are
 * numbered 0 to n-1 in partition order, and a step's batch names the samples it takes by those numbers.
 *
 * @param <T> the sample type
 */
final class Shard<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long start;
    private final ArrayList<T> samples;

    private Shard(long start, ArrayList<T> samples) {
        this.start = start;
        this.samples = samples;
    }

    /** One shard per partition of {@code rdd}, numbered as {@code zipWithIndex} numbers them (not yet cached). */
    static <T> JavaRDD<Shard<T>> of(JavaRDD<T> rdd) {
        return rdd.zipWithIndex().mapPartitions(Shard::gather);
    }

    private static <T> Iterator<Shard<T>> gather(Iterator<Tuple2<T, Long>> indexed) {
        if (!indexed.hasNext()) {
            return List.<Shard<T>>of().iterator();
        }
        Tuple2<T, Long> first = indexed.next();
        ArrayList<T> samples = new ArrayList<>();
        samples.add(first._1());
        indexed.forEachRemaining(sample -> samples.add(sample._1()));
        return List.of(new Shard<>(first._2(), samples)).iterator();
    }

    int size() {
        return samples.size();
    }

    /** The samples among {@code sortedIndices} (ascending global indices) that this shard holds, in that order. */
    List<T> select(long[] sortedIndices) {
        int from = insertionPoint(sortedIndices, start);
        int to = insertionPoint(sortedIndices, start + samples.size());
        List<T> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(samples.get((int) (sortedIndices[i] - start)));
        }
        return out;
    }

    /** The position of the first index at least {@code value}. */
    private static int insertionPoint(long[] sorted, long value) {
        int found = Arrays.binarySearch(sorted, value);
        return found >= 0 ? found : -found - 1;
    }
}
