package org.autograd4j.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.data.DataLoader;
import org.autograd4j.data.RandomSplit;
import org.autograd4j.data.Subset;
import org.autograd4j.data.TensorDataset;
import org.autograd4j.nn.F;
import org.autograd4j.optim.SGD;
import org.junit.jupiter.api.Test;

/** Known values computed independently with NumPy from the shipped files (gzip + frombuffer, loadtxt). */
class DatasetsTest {
    @Test
    void mnist10kSplitsAtSample8000() {
        Datasets.Split mnist = Datasets.mnist10k();
        assertEquals(8000, mnist.train().size());
        assertEquals(2000, mnist.test().size());
        Tensor x = mnist.train().tensors().get(0);
        assertArrayEquals(new int[] {8000, 1, 28, 28}, x.shape());
        assertEquals(DType.FLOAT32, x.dtype());
        assertArrayEquals(new long[] {9, 7, 4, 8, 0, 9, 9, 5, 3, 9},
                mnist.train().tensors().get(1).narrow(0, 0, 10).toLongArray());
        assertArrayEquals(new long[] {1, 3, 4, 6, 1, 4, 2, 0, 4, 1},
                mnist.test().tensors().get(1).narrow(0, 0, 10).toLongArray());
        // Pixel bytes sum to 209698542 over the training images, 262146600 over all.
        assertEquals(209698542, x.mul(255).round().toDouble().sum().item());
        assertEquals(262146600 - 209698542, mnist.test().tensors().get(0).mul(255).round().toDouble().sum().item());
        assertEquals("tensor([[0.9922, 0.3216, 0.0000],\n        [0.8039, 0.0157, 0.0000]])",
                mnist.train().get(0).get(0).get(org.autograd4j.Index.at(0), org.autograd4j.Index.slice(10, 12),
                        org.autograd4j.Index.slice(10, 13)).toString());
        assertArrayEquals(new long[] {805, 890, 782, 833, 769, 703, 846, 851, 739, 782}, classCounts(mnist.train()));
        assertArrayEquals(new long[] {196, 237, 209, 199, 211, 160, 168, 219, 205, 196}, classCounts(mnist.test()));
    }

    @Test
    void digitsAre1797RowsOf64Pixels() {
        TensorDataset digits = Datasets.digits();
        assertEquals(1797, digits.size());
        Tensor x = digits.tensors().get(0);
        assertArrayEquals(new int[] {1797, 64}, x.shape());
        assertEquals(561718.0, x.toDouble().sum().item());
        assertArrayEquals(new float[] {0, 0, 5, 13, 9, 1, 0, 0}, digits.get(0).get(0).narrow(0, 0, 8).toFloatArray());
        assertEquals(0, digits.get(0).get(1).itemLong());
        assertArrayEquals(new long[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, classCounts(digits));
    }

    @Test
    void irisIs150FlowersOf4Measurements() {
        TensorDataset iris = Datasets.iris();
        assertEquals(150, iris.size());
        assertEquals("tensor([5.1000, 3.5000, 1.4000, 0.2000])", iris.get(0).get(0).toString());
        assertEquals("tensor([5.9000, 3.0000, 5.1000, 1.8000])", iris.get(149).get(0).toString());
        assertEquals("virginica", Datasets.IRIS_CLASSES.get((int) iris.get(149).get(1).itemLong()));
        assertArrayEquals(new long[] {50, 50, 50}, classCounts(iris));
        assertArrayEquals(new double[] {876.5, 458.6, 563.7, 179.9},
                iris.tensors().get(0).toDouble().sum(0).toDoubleArray(), 1e-4);
    }

    private static long[] classCounts(TensorDataset data) {
        long[] labels = data.tensors().get(1).toLongArray();
        long[] counts = new long[(int) java.util.Arrays.stream(labels).max().getAsLong() + 1];
        for (long label : labels) {
            counts[(int) label]++;
        }
        return counts;
    }

    /** The whole pipeline a user writes: split, shuffle, batch in the background, train, evaluate. */
    @Test
    void softmaxRegressionLearnsTheDigits() {
        Tensor.manualSeed(0);
        List<Subset<List<Tensor>>> parts = RandomSplit.randomSplit(Datasets.digits(), new int[] {1500, 297},
                new Generator(0));
        var train = DataLoader.builder(parts.get(0)).batchSize(32).shuffle(true).generator(new Generator(1)).build();
        Tensor w = Tensor.zeros(10, 64).requiresGrad(true);
        Tensor b = Tensor.zeros(10).requiresGrad(true);
        SGD opt = new SGD(List.of(w, b), 0.01, 0.9);
        for (int epoch = 0; epoch < 3; epoch++) {
            for (Batch batch : train) {
                Tensor loss = F.crossEntropy(F.linear(batch.x().div(16.0), w, b), batch.y());
                opt.zeroGrad();
                loss.backward();
                opt.step();
            }
        }
        Batch test = DataLoader.builder(parts.get(1)).batchSize(297).build().iterator().next();
        try (var g = Autograd.noGrad()) {
            double accuracy = F.linear(test.x().div(16.0), w, b).argmax(1).eq(test.y()).toDouble().mean().item();
            assertTrue(accuracy > 0.9, "test accuracy " + accuracy);
        }
    }
}
