package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;

/** Counting values into bins: {@code bincount}. Results are counts or sums of weights, not recorded. */
public final class Histograms {
    private Histograms() {
    }

    /**
     * How often each value {@code 0..max} occurs in a 1-D int64 tensor of non-negative values
     * (int64), at least {@code minlength} bins; with {@code weights} (null for none) the sum of
     * each value's weights instead: float32 for float32 weights (summed in float32, as PyTorch),
     * float64 otherwise.
     */
    public static Tensor bincount(Tensor input, Tensor weights, int minlength) {
        if (input.dtype() != DType.INT64) {
            throw new IllegalArgumentException("\"bincount_cpu\" not implemented for '" + torchTypeName(input.dtype()) + "'");
        }
        if (minlength < 0) {
            throw new IllegalArgumentException("minlength should be >= 0");
        }
        long[] values = input.dim() == 1 ? input.contiguous().toLongArray() : new long[] {-1};
        long max = -1;
        for (long v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("bincount only supports 1-d non-negative integral inputs.");
            }
            max = Math.max(max, v);
        }
        int bins = (int) Math.max(max + 1, minlength);
        if (weights == null) {
            long[] counts = new long[bins];
            for (long v : values) {
                counts[(int) v]++;
            }
            return Tensor.of(counts, bins);
        }
        if (weights.dim() != 1 || weights.numel() != values.length) {
            throw new IllegalArgumentException("weights should be 1-d and have the same length as input");
        }
        return weightedCounts(values, weights, bins);
    }

    private static Tensor weightedCounts(long[] values, Tensor weights, int bins) {
        boolean single = weights.dtype() == DType.FLOAT32;
        double[] w = weights.contiguous().toDoubleArray();
        double[] sums = new double[bins];
        for (int i = 0; i < values.length; i++) {
            double sum = sums[(int) values[i]] + w[i];
            sums[(int) values[i]] = single ? (float) sum : sum; // a float32 addition, correctly rounded
        }
        return Tensor.of(sums, bins).to(single ? DType.FLOAT32 : DType.FLOAT64);
    }

    private static String torchTypeName(DType type) {
        switch (type) {
            case FLOAT32: return "Float";
            case FLOAT64: return "Double";
            case BOOL: return "Bool";
            default: return "Long";
        }
    }
}
