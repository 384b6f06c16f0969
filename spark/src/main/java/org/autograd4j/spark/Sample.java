package org.autograd4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;

/**
 * One labelled training sample as plain arrays, which Spark serializes cheaply: the features, flattened, and a
 * class index. Other kinds of sample (regression targets, token ids) take their own record and {@link Collator}.
 *
 * @param features the sample's values, flattened in row-major order
 * @param label the class index
 */
public record Sample(float[] features, long label) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Sample {
        if (features == null) {
            throw new IllegalArgumentException("a sample needs its features, got null");
        }
    }

    /** The sample holding {@code features}' values (any shape, read in row-major order) and {@code label}. */
    public static Sample of(Tensor features, long label) {
        return new Sample(features.contiguous().toFloatArray(), label);
    }

    /**
     * Stacks samples into {@code x} of shape {@code [n, shape...]} (float32) and {@code y} of shape {@code [n]}
     * (int64 class indices). Without a shape, {@code x} is {@code [n, features]}.
     */
    public static Collator<Sample> collator(int... shape) {
        int[] featureShape = shape.clone();
        return samples -> stack(samples, featureShape.length > 0 ? featureShape
                : new int[] {samples.get(0).features.length});
    }

    private static Batch stack(List<Sample> samples, int[] shape) {
        int size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        int n = samples.size();
        float[] x = new float[n * size];
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            Sample sample = samples.get(i);
            if (sample.features.length != size) {
                throw new IllegalArgumentException("a sample has " + sample.features.length
                        + " features, but the collator expects shape " + Arrays.toString(shape) + " (" + size + ")");
            }
            System.arraycopy(sample.features, 0, x, i * size, size);
            y[i] = sample.label;
        }
        int[] batchShape = new int[shape.length + 1];
        batchShape[0] = n;
        System.arraycopy(shape, 0, batchShape, 1, shape.length);
        return new Batch(List.of(Tensor.of(x, batchShape), Tensor.of(y, n)));
    }
}
