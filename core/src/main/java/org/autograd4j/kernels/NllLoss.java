package org.autograd4j.kernels;

import java.util.function.IntToDoubleFunction;

/**
 * nll_loss's loops: the targets' check, weights and positions, the pick of one log-probability per
 * target, and the scatter of the gradient back to it. One loop per direction serves both dtypes
 * through element accessors: they touch one element per target, a batch of them per call, where
 * neither a vector gather nor a typed copy of the loop saves anything measurable. Products are
 * formed and summed in double.
 */
public final class NllLoss {
    private NllLoss() {
    }

    /** Where a loop writes element {@code index} of its output. */
    @FunctionalInterface
    private interface Sink {
        void set(int index, double value);
    }

    /**
     * The pick: {@code out[k] = -weight[k] * x[xOff + index[k]]} for {@code k < n}, or 0 where
     * {@code index[k] < 0} (an ignored target); {@code out} may be null when only the sum is wanted.
     * Returns the sum.
     */
    public static double forward(int n, float[] x, int xOff, int[] index, double[] weight, float[] out) {
        return pick(n, i -> x[xOff + i], index, weight, out == null ? null : (k, v) -> out[k] = (float) v);
    }

    /** The float64 form of {@link #forward(int, float[], int, int[], double[], float[])}. */
    public static double forward(int n, double[] x, int xOff, int[] index, double[] weight, double[] out) {
        return pick(n, i -> x[xOff + i], index, weight, out == null ? null : (k, v) -> out[k] = v);
    }

    /**
     * The backward: {@code gx[index[k]] = -weight[k] * g[gOff + k * gStride] * scale} for each
     * {@code k < n} with {@code index[k] >= 0}; other elements of {@code gx} are left alone.
     */
    public static void backward(int n, float[] g, int gOff, int gStride, int[] index, double[] weight, double scale,
                                float[] gx) {
        scatter(n, k -> g[gOff + k * gStride], index, weight, scale, (i, v) -> gx[i] = (float) v);
    }

    /** The float64 form of {@link #backward(int, float[], int, int, int[], double[], double, float[])}. */
    public static void backward(int n, double[] g, int gOff, int gStride, int[] index, double[] weight, double scale,
                                double[] gx) {
        scatter(n, k -> g[gOff + k * gStride], index, weight, scale, (i, v) -> gx[i] = v);
    }

    /** The position of the first target that is neither {@code ignoreIndex} nor a class in [0, classes), or -1. */
    public static int firstInvalidTarget(long[] targets, long ignoreIndex, int classes) {
        for (int k = 0; k < targets.length; k++) {
            if (targets[k] != ignoreIndex && (targets[k] < 0 || targets[k] >= classes)) {
                return k;
            }
        }
        return -1;
    }

    /** Each target's weight: {@code weight[target]} (1 with no weights), 0 where the target is {@code ignoreIndex}. */
    public static double[] targetWeights(long[] targets, long ignoreIndex, double[] weight) {
        double[] out = new double[targets.length];
        for (int k = 0; k < targets.length; k++) {
            out[k] = targets[k] == ignoreIndex ? 0 : weight == null ? 1 : weight[(int) targets[k]];
        }
        return out;
    }

    /** The targets' weights added in order: the mean's denominator. */
    public static double totalWeight(double[] targetWeights) {
        return ArrayRuns.sum(targetWeights, 0, targetWeights.length, 0);
    }

    /**
     * Where each target's picked element is in the contiguous (N, C, inner) input: target
     * {@code k = n * inner + r} picks element (n, targets[k], r); -1 where the target is {@code ignoreIndex}.
     */
    public static int[] pickedPositions(long[] targets, long ignoreIndex, int classes, int inner) {
        int[] out = new int[targets.length];
        for (int k = 0; k < targets.length; k++) {
            int n = k / inner;
            out[k] = targets[k] == ignoreIndex ? -1 : (n * classes + (int) targets[k]) * inner + k % inner;
        }
        return out;
    }

    private static double pick(int n, IntToDoubleFunction x, int[] index, double[] weight, Sink out) {
        double total = 0;
        for (int k = 0; k < n; k++) {
            double v = index[k] < 0 ? 0 : -weight[k] * x.applyAsDouble(index[k]);
            if (out != null) {
                out.set(k, v);
            }
            total += v;
        }
        return total;
    }

    private static void scatter(int n, IntToDoubleFunction g, int[] index, double[] weight, double scale, Sink gx) {
        for (int k = 0; k < n; k++) {
            if (index[k] >= 0) {
                gx.set(index[k], -weight[k] * g.applyAsDouble(k) * scale);
            }
        }
    }
}
