package org.autograd4j.ops;

import java.math.BigDecimal;
import java.math.MathContext;

import org.autograd4j.DType;
import org.autograd4j.HistogramResult;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.BinCounts;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.Shapes;

/**
 * Counting values into bins: {@code bincount}, {@code histc}, {@code histogram}. Results are counts or sums of
 * weights, not recorded.
 */
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
        if (Ranges.firstOutside(values, 0, Long.MAX_VALUE) >= 0) {
            throw new IllegalArgumentException("bincount only supports 1-d non-negative integral inputs.");
        }
        long max = Ranges.max(values);
        int bins = Shapes.storableLength(Math.max(max + 1, minlength)); // the limit message, not an OOM
        if (weights == null) {
            return Tensor.of(BinCounts.ofValues(values, bins), bins);
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
        double[] counts = BinCounts.ofEqualWidths(values, Shapes.storableLength(bins), lo, hi, width, single);
        return Tensor.of(counts, bins).to(input.dtype());
    }

    /** PyTorch's {@code histc_select_outer_bin_edges}: the range, checked finite and non-empty. */
    private static double[] histcRange(double[] values, double min, double max) {
        double lo = min;
        double hi = max;
        if (lo == hi && values.length > 0) {
            double[] span = Ranges.span(values);
            lo = span[0];
            hi = span[1];
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
        double[] sums = BinCounts.ofValues(values, weights.contiguous().toDoubleArray(), bins, single);
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

    /**
     * {@code torch.histogram(input, bins, range, weight, density)}: the flattened input counted into {@code bins}
     * equal bins over {@code range} (null: the data's extremes, widened by 0.5 each way when they are equal; an
     * empty input takes [0, 1]); edges as PyTorch's linspace computes them in the input's precision.
     */
    public static HistogramResult histogram(Tensor input, int bins, double[] range, Tensor weight, boolean density) {
        checkHistogramInput(input, weight);
        if (bins <= 0) {
            throw new IllegalArgumentException("torch.histogram(): bins must be > 0, but got " + bins
                    + " for dimension 0");
        }
        Shapes.storableLength(bins + 1L);
        if (range != null && range.length != 2) {
            throw new IllegalArgumentException("torch.histogram(): range should have 2 elements (min, max), but got "
                    + range.length);
        }
        double[] values = input.contiguous().toDoubleArray();
        double[] ends = outerEdges(values, range);
        double[] edges = BinCounts.equalEdges(ends[0], ends[1], bins, input.dtype() == DType.FLOAT32);
        return count(input, values, edges, weight, density);
    }

    /** {@code torch.histogram(input, bins, weight, density)} with the bins' edges given (increasing, 1-D). */
    public static HistogramResult histogram(Tensor input, Tensor binEdges, Tensor weight, boolean density) {
        checkHistogramInput(input, weight);
        if (binEdges.dim() != 1) {
            throw new IllegalArgumentException("torch.histogramdd: bins tensor should have one dimension, but got "
                    + binEdges.dim() + " dimensions in the bins tensor for dimension 0");
        }
        if (binEdges.dtype() != input.dtype()) {
            throw new IllegalArgumentException("torch.histogramdd: input tensor and bins tensors should have the same "
                    + "dtype, but got input with dtype " + cName(input.dtype()) + " and bins for dimension 0 with dtype "
                    + cName(binEdges.dtype()));
        }
        if (binEdges.numel() < 2) {
            throw new IllegalArgumentException("torch.histogram(): bins must be > 0, but got " + (binEdges.numel() - 1)
                    + " for dimension 0");
        }
        return count(input, input.contiguous().toDoubleArray(), binEdges.contiguous().toDoubleArray(), weight, density);
    }

    private static void checkHistogramInput(Tensor input, Tensor weight) {
        if (!input.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"histogramdd\" not implemented for '" + torchTypeName(input.dtype()) + "'");
        }
        if (weight == null) {
            return;
        }
        if (weight.dtype() != input.dtype()) {
            throw new IllegalArgumentException("torch.histogramdd: if weight tensor is provided, input tensor and weight "
                    + "tensor should have the same dtype, but got input(" + cName(input.dtype()) + "), and weight("
                    + cName(weight.dtype()) + ")");
        }
        if (weight.numel() != input.numel()) {
            throw new IllegalArgumentException("torch.histogramdd: if weight tensor is provided it should have the same "
                    + "shape as the input tensor excluding its innermost dimension, but got input with shape ["
                    + input.numel() + ", 1] and weight with shape " + Shapes.str(weight.shape()));
        }
    }

    /** The C++ type name PyTorch's histogram messages print: float, double. */
    private static String cName(DType dtype) {
        return dtype == DType.FLOAT32 ? "float" : "double";
    }

    private static double[] outerEdges(double[] values, double[] range) {
        double lo = 0;
        double hi = values.length == 0 ? 1 : 0;
        if (range != null) {
            lo = range[0];
            hi = range[1];
        } else if (values.length > 0) {
            // a NaN spans NaN, which the finiteness check then refuses
            double[] span = Ranges.span(values);
            lo = span[0];
            hi = span[1];
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("torch.histogramdd: dimension 0's range [" + cNumber(lo) + ", "
                    + cNumber(hi) + "] is not finite");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("torch.histogramdd: min should not exceed max, but got min " + cNumber(lo)
                    + " max " + cNumber(hi) + " for dimension 0");
        }
        return lo == hi ? new double[] {lo - 0.5, hi + 0.5} : new double[] {lo, hi};
    }

    /**
     * Counts each value into the bin whose edges enclose it (the last bin includes its right edge), skipping values
     * outside the edges; NaN lands in the last bin, as PyTorch 1.13's CPU kernel puts it there.
     */
    private static HistogramResult count(Tensor input, double[] values, double[] edges, Tensor weight,
            boolean density) {
        boolean single = input.dtype() == DType.FLOAT32;
        double[] w = weight == null ? null : weight.contiguous().toDoubleArray();
        double[] hist = BinCounts.ofEdges(values, edges, w, single);
        Tensor counts = Tensor.of(hist).to(input.dtype());
        Tensor edgeTensor = Tensor.of(edges).to(input.dtype());
        if (density) {
            counts = counts.div(counts.sum().mul(edgeTensor.diff()));
        }
        return new HistogramResult(counts, edgeTensor);
    }
}
