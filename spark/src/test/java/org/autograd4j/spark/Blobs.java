package org.autograd4j.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.ReLU;
import org.autograd4j.nn.Sequential;

/** A small seeded classification problem for the tests: Gaussian features, labels from a fixed linear rule. */
final class Blobs {
    static final int FEATURES = 12;
    static final int CLASSES = 3;

    private Blobs() {
    }

    /** {@code n} samples, the same for the same seed. */
    static List<Sample> samples(int n, long seed) {
        Generator generator = new Generator(seed);
        Tensor x = Tensor.randn(new int[] {n, FEATURES}, DType.FLOAT32, generator);
        Tensor rule = Tensor.randn(new int[] {FEATURES, CLASSES}, DType.FLOAT32, generator);
        long[] labels = x.matmul(rule).argmax(1).toLongArray();
        List<Sample> samples = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> samples.add(Sample.of(x.select(0, i), labels[i])));
        return samples;
    }

    /** The model the tests train: 12-16-3. */
    static Module mlp() {
        return new Sequential(new Linear(FEATURES, 16), new ReLU(), new Linear(16, CLASSES));
    }
}
