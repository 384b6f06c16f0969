package org.autograd4j.ops;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/** Counting values into bins: {@code bincount}, {@code histc}. Results are counts or sums of weights, not recorded. */
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
        int bins = Shapes.storableLength(Math.max(max + 1, minlength)); // the limit message, not an OOM
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

    /**
     * How many elements fall in each of {@code bins} equal-width bins spanning [{@code min},
     * {@code max}] (the data's extremes when they are equal, widened by 1 each way if those are
     * equal too), in the input's floating dtype. Bins are half-open except the last; elements
     * outside the range are not counted, and NaN counts in the first bin (PyTorch 1.13's CPU
     * result). The bin is found by PyTorch's division, {@code (x - min) * bins / (max - min)},
     * in the input's precision, so boundary cases land where PyTorch lands them.
     */
    public static Tensor histc(Tensor input, int bins, double min, double max) {
        if (!input.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(
                    "\"histogram_cpu\" not implemented for '" + torchTypeName(input.dtype()) + "'");
        }
        if (bins <= 0) {
            throw new IllegalArgumentException(
                    "torch.histogram(): bins must be > 0, but got " + bins + " for dimension 0");
        }
        boolean single = input.dtype() == DType.FLOAT32;
        double[] values = input.contiguous().toDoubleArray();
        double[] range = histcRange(values, min, max);
        double lo = single ? (float) range[0] : range[0];
        double hi = single ? (float) range[1] : range[1];
        double width = single ? (float) (hi - lo) : hi - lo;
        double[] counts = new double[Shapes.storableLength(bins)];
        for (double v : values) {
            if (!(v < lo || v > hi)) { // NaN passes, as in PyTorch's kernel, and (int) NaN is bin 0 here as there
                double scaled = single ? (float) ((float) (v - lo) * bins) : (v - lo) * bins;
                double position = single ? (float) (scaled / width) : scaled / width;
                counts[Math.min((int) position, bins - 1)]++;
            }
        }
        return Tensor.of(counts, bins).to(input.dtype());
    }

    /** PyTorch's {@code histc_select_outer_bin_edges}: the range, checked finite and non-empty. */
    private static double[] histcRange(double[] values, double min, double max) {
        double lo = min;
        double hi = max;
        if (lo == hi && values.length > 0) {
            lo = Arrays.stream(values).min().getAsDouble();
            hi = Arrays.stream(values).max().getAsDouble();
        }
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException(
                    "torch.histc: range of [" + cNumber(lo) + ", " + cNumber(hi) + "] is not finite");
        }
        if (!(lo < hi)) {
            throw new IllegalArgumentException("torch.histc: max must be larger than min");
        }
        return new double[] {lo, hi};
    }

    /** A double as C++'s default stream prints it (6 significant digits, "inf", "nan"). */
    private static String cNumber(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
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
