package org.autograd4j.examples.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.Threads;
import org.autograd4j.data.TensorDataset;
import org.autograd4j.datasets.Datasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Training is reproducible: the same seed gives the same numbers and weights, whatever the thread count. */
class TrainerTest {
    private static final int DEFAULT_THREADS = Threads.get();
    private static final Datasets.Split MNIST = Datasets.mnist10k();

    @AfterEach
    void restoreThreads() {
        Threads.set(DEFAULT_THREADS);
    }

    /** The first {@code train} training and {@code test} test samples, to keep the test short. */
    private static Datasets.Split smallSplit(int train, int test) {
        return new Datasets.Split(first(MNIST.train(), train), first(MNIST.test(), test));
    }

    private static TensorDataset first(TensorDataset data, int n) {
        return new TensorDataset(data.tensors().get(0).narrow(0, 0, n), data.tensors().get(1).narrow(0, 0, n));
    }

    private static Trainer trained(TrainingOptions options, Datasets.Split data, List<EpochResult> results) {
        Trainer trainer = new Trainer(options, data);
        results.addAll(trainer.run(new Trainer.Listener() { }));
        return trainer;
    }

    @Test
    void theSameSeedGivesTheSameRunOnOneThreadOrTwo() {
        // The CNN with shifts covers convolutions, pooling and the augmentation drawn on the loader's thread.
        TrainingOptions options = new TrainingOptions(Architecture.CNN, 1, 64, 2e-3, 7, 2);
        Datasets.Split data = smallSplit(192, 64);

        Threads.set(1);
        List<EpochResult> first = new ArrayList<>();
        Map<String, Tensor> firstWeights = trained(options, data, first).model().network().stateDict();
        Threads.set(2);
        List<EpochResult> second = new ArrayList<>();
        Map<String, Tensor> secondWeights = trained(options, data, second).model().network().stateDict();

        assertEquals(first, second);
        assertEquals(firstWeights.keySet(), secondWeights.keySet());
        firstWeights.forEach((key, w) -> assertArrayEquals(w.contiguous().toFloatArray(),
                secondWeights.get(key).contiguous().toFloatArray(), key));
    }

    @Test
    void aDifferentSeedGivesADifferentRun() {
        Datasets.Split data = smallSplit(128, 64);
        List<EpochResult> seed0 = new ArrayList<>();
        trained(new TrainingOptions(Architecture.MLP, 1, 64, 2e-3, 0, 0), data, seed0);
        List<EpochResult> seed1 = new ArrayList<>();
        trained(new TrainingOptions(Architecture.MLP, 1, 64, 2e-3, 1, 0), data, seed1);

        assertTrue(seed0.get(0).trainLoss() != seed1.get(0).trainLoss());
    }

    @Test
    void theNetworksHavePyTorchsKeysAndShapes() {
        Map<String, Tensor> mlp = Architecture.MLP.build().stateDict();
        assertEquals(List.of("1.weight", "1.bias", "3.weight", "3.bias", "5.weight", "5.bias"), List.copyOf(mlp.keySet()));
        assertArrayEquals(new int[] {256, 784}, mlp.get("1.weight").shape());

        Map<String, Tensor> cnn = Architecture.CNN.build().stateDict();
        assertEquals(List.of("0.weight", "0.bias", "3.weight", "3.bias", "7.weight", "7.bias", "9.weight", "9.bias"),
                List.copyOf(cnn.keySet()));
        assertArrayEquals(new int[] {16, 1, 3, 3}, cnn.get("0.weight").shape());
        assertArrayEquals(new int[] {128, 1568}, cnn.get("7.weight").shape());
    }
}
