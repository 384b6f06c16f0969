package org.autograd4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.data.DataLoader;
import org.autograd4j.data.TensorDataset;
import org.junit.jupiter.api.Test;

class StepSamplerTest {
    private static final int SIZE = 50;
    private static final int BATCH = 16;

    @Test
    void takesTheBatchesOfAShuffledDataLoaderWithTheSameSeed() {
        Tensor indices = Tensor.arange(SIZE);
        DataLoader<Batch> loader = DataLoader.builder(new TensorDataset(indices))
                .batchSize(BATCH).shuffle(true).generator(new Generator(5)).build();
        StepSampler sampler = new StepSampler(SIZE, BATCH, 5);
        int step = 0;
        for (int epoch = 0; epoch < 3; epoch++) {
            for (Batch batch : loader) {
                long[] expected = batch.get(0).toLongArray();
                Arrays.sort(expected);
                assertArrayEquals(expected, sampler.batch(step++), "step " + (step - 1));
            }
        }
    }

    @Test
    void everyEpochTakesEachSampleOnce() {
        StepSampler sampler = new StepSampler(SIZE, BATCH, 9);
        int perEpoch = 4;
        long[] taken = IntStream.range(perEpoch, 2 * perEpoch)
                .mapToObj(sampler::batch).flatMapToLong(Arrays::stream).sorted().toArray();
        assertArrayEquals(IntStream.range(0, SIZE).asLongStream().toArray(), taken);
    }

    @Test
    void aStepAskedForOutOfOrderIsTheStepOfAStraightRun() {
        StepSampler straight = new StepSampler(SIZE, BATCH, 2);
        long[][] expected = IntStream.range(0, 12).mapToObj(straight::batch).toArray(long[][]::new);
        StepSampler resumed = new StepSampler(SIZE, BATCH, 2);
        assertArrayEquals(expected[9], resumed.batch(9));
        assertArrayEquals(expected[2], resumed.batch(2));
        assertArrayEquals(expected[11], resumed.batch(11));
    }
}
