package org.autograd4j;

import org.autograd4j.ops.Creation;

/** Placeholder random generator (replaced by the PyTorch-exact mt19937 one). */
public final class Generator {
    private static final Generator DEFAULT = new Generator();
    private java.util.Random random = new java.util.Random(67280421310721L);

    public Generator() {
    }

    public Generator(long seed) {
        manualSeed(seed);
    }

    public static Generator defaultGenerator() {
        return DEFAULT;
    }

    public synchronized Generator manualSeed(long seed) {
        random = new java.util.Random(seed);
        return this;
    }

    public synchronized Tensor rand(int[] shape, DType dtype) {
        double[] v = new double[org.autograd4j.tensor.Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble();
        }
        return Creation.fromArray(v, DType.FLOAT64, shape).to(dtype);
    }

    public synchronized Tensor randn(int[] shape, DType dtype) {
        double[] v = new double[org.autograd4j.tensor.Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian();
        }
        return Creation.fromArray(v, DType.FLOAT64, shape).to(dtype);
    }

    public synchronized Tensor randint(long low, long high, int[] shape) {
        long[] v = new long[org.autograd4j.tensor.Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = low + (long) (random.nextDouble() * (high - low));
        }
        return Creation.fromArray(v, DType.INT64, shape);
    }
}
