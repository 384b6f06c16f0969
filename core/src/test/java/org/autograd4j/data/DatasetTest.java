package org.autograd4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final TensorDataset DATA = new TensorDataset(Tensor.arange(10).view(5, 2), Tensor.of(1L, 2L, 3L, 4L, 5L));

    @Test
    void tensorDatasetSamplesAreRowsOfEachTensor() {
        assertEquals(5, DATA.size());
        List<Tensor> sample = DATA.get(2);
        assertEquals("tensor([4, 5])", sample.get(0).toString());
        assertEquals("tensor(3)", sample.get(1).toString());
    }

    @Test
    void tensorDatasetChecksItsTensors() {
        assertEquals("Size mismatch between tensors: tensor 0 has 5 samples, tensor 1 has 4",
                assertThrows(IllegalArgumentException.class,
                        () -> new TensorDataset(Tensor.zeros(5, 2), Tensor.zeros(4))).getMessage());
        assertEquals("TensorDataset: tensor 1 is zero-dimensional; samples are taken along dimension 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new TensorDataset(Tensor.zeros(5), Tensor.scalar(1f))).getMessage());
        assertEquals("TensorDataset needs at least one tensor",
                assertThrows(IllegalArgumentException.class, TensorDataset::new).getMessage());
        assertEquals("Index 5 out of bounds for length 5",
                assertThrows(IndexOutOfBoundsException.class, () -> DATA.get(5)).getMessage());
    }

    @Test
    void subsetReadsTheGivenIndices() {
        Subset<List<Tensor>> s = new Subset<>(DATA, 4, 0);
        assertEquals(2, s.size());
        assertEquals("tensor(5)", s.get(0).get(1).toString());
        assertEquals("tensor(1)", s.get(1).get(1).toString());
        assertEquals("Index 5 out of bounds for length 5",
                assertThrows(IndexOutOfBoundsException.class, () -> new Subset<>(DATA, 5)).getMessage());
        assertArrayEquals(new int[] {1, 2, 3}, Subset.range(DATA, 1, 4).indices());
    }

    @Test
    void concatDatasetChainsItsParts() {
        Dataset<Tensor> a = new TensorDataset(Tensor.of(1L, 2L)).map(s -> s.get(0));
        Dataset<Tensor> empty = new TensorDataset(Tensor.zeros(0)).map(s -> s.get(0));
        Dataset<Tensor> b = new TensorDataset(Tensor.of(3L, 4L, 5L)).map(s -> s.get(0));
        ConcatDataset<Tensor> all = new ConcatDataset<>(List.of(empty, a, empty, empty, b, empty));
        assertEquals(5, all.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, all.get(i).itemLong());
        }
        assertEquals("Index 5 out of bounds for length 5",
                assertThrows(IndexOutOfBoundsException.class, () -> all.get(5)).getMessage());
        assertEquals("datasets should not be an empty iterable",
                assertThrows(IllegalArgumentException.class, () -> new ConcatDataset<>(List.of())).getMessage());
    }

    @Test
    void mapTransformsEachSampleAsItIsRead() {
        Dataset<Long> labels = DATA.map(s -> s.get(1).itemLong() * 10);
        assertEquals(5, labels.size());
        assertEquals(30L, labels.get(2));
    }

    @Test
    void randomSplitChecksItsLengths() {
        assertEquals("Sum of input lengths does not equal the length of the input dataset! (lengths [2, 2] sum to 4, "
                        + "the dataset has 5)",
                assertThrows(IllegalArgumentException.class,
                        () -> RandomSplit.randomSplit(DATA, new int[] {2, 2}, new Generator(0))).getMessage());
        assertEquals("split lengths must be non-negative, got [6, -1]",
                assertThrows(IllegalArgumentException.class,
                        () -> RandomSplit.randomSplit(DATA, new int[] {6, -1}, new Generator(0))).getMessage());
        assertEquals("Fraction at index 1 is not between 0 and 1",
                assertThrows(IllegalArgumentException.class,
                        () -> RandomSplit.randomSplit(DATA, new double[] {0.5, 1.5}, new Generator(0))).getMessage());
        assertEquals("fractions must sum to 1, got [0.5, 0.4] (sum 0.9)",
                assertThrows(IllegalArgumentException.class,
                        () -> RandomSplit.randomSplit(DATA, new double[] {0.5, 0.4}, new Generator(0))).getMessage());
    }
}
