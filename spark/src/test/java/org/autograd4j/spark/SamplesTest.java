package org.autograd4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void partitionsAreRangesReadOnTheExecutorsInOrder() {
        var rdd = Samples.read(LocalSpark.context(), 10, 3,
                (from, to) -> IntStream.range(from, to).boxed().toList());
        assertEquals(3, rdd.getNumPartitions());
        assertEquals(IntStream.range(0, 10).boxed().toList(), rdd.collect());
        assertEquals(List.of(3, 3, 4), rdd.glom().collect().stream().map(List::size).toList());
    }

    @Test
    void shardsSelectTheirShareOfABatchAcrossPartitions() {
        var shards = Shard.of(LocalSpark.context().parallelize(IntStream.range(0, 10).boxed().toList(), 3))
                .collect();
        long[] batch = {0, 2, 3, 6, 9};
        assertEquals(List.of(List.of(0, 2), List.of(3), List.of(6, 9)),
                shards.stream().map(shard -> shard.select(batch)).toList());
    }
}
