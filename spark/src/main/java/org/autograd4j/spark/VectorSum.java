package org.autograd4j.spark;

import java.io.Serializable;

/**
 * What {@code treeAggregate} adds up across partitions: a vector (a summed gradient, or parameters weighted by
 * sample count), the summed loss, the sample count, and the slowest partition's time to fetch the broadcast and
 * to compute, which the driver reports.
 */
final class VectorSum implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Null until a partition with samples contributes. */
    private float[] vector;
    private double loss;
    private long count;
    private long maxFetchNanos;
    private long maxComputeNanos;

    private VectorSum(float[] vector, double loss, long count) {
        this.vector = vector;
        this.loss = loss;
        this.count = count;
    }

    static VectorSum empty() {
        return new VectorSum(null, 0, 0);
    }

    static VectorSum of(float[] vector, double loss, long count) {
        return new VectorSum(vector, loss, count);
    }

    /** Adds {@code other} into this sum and returns it (Spark lets an aggregation reuse its first argument). */
    VectorSum add(VectorSum other) {
        if (other.vector != null) {
            if (vector == null) {
                vector = other.vector.clone();
            } else {
                addInto(vector, other.vector);
            }
        }
        loss += other.loss;
        count += other.count;
        maxFetchNanos = Math.max(maxFetchNanos, other.maxFetchNanos);
        maxComputeNanos = Math.max(maxComputeNanos, other.maxComputeNanos);
        return this;
    }

    /** Plain loop: the arrays arrive deserialized, and wrapping them as tensors would only add copies. */
    private static void addInto(float[] sum, float[] term) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += term[i];
        }
    }

    VectorSum timed(long fetchNanos, long computeNanos) {
        maxFetchNanos = Math.max(maxFetchNanos, fetchNanos);
        maxComputeNanos = Math.max(maxComputeNanos, computeNanos);
        return this;
    }

    /** The vector divided by the count: the mean gradient, or the sample-weighted mean of the parameters. */
    float[] mean() {
        float[] out = vector.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= count;
        }
        return out;
    }

    double meanLoss() {
        return loss / count;
    }

    long count() {
        return count;
    }

    long maxFetchNanos() {
        return maxFetchNanos;
    }

    long maxComputeNanos() {
        return maxComputeNanos;
    }
}
