package org.autograd4j.kernels;

/**
 * Counting values into bins, the loops of bincount, histc and histogram: by integer value, by
 * equal-width division, or by binary search of the bins' edges. Counts are kept as float64 and,
 * for float32 ({@code single}), rounded to float after every addition, so the sums are the float
 * additions PyTorch makes.
 */
public final class BinCounts {
    private BinCounts() {
    }

    /** How often each value {@code 0..bins-1} occurs in {@code values} (all in range). */
    public static long[] ofValues(long[] values, int bins) {
        long[] counts = new long[bins];
        for (long v : values) {
            counts[(int) v]++;
        }
        return counts;
    }

    /** The sum of the weights {@code w[i]} of each value {@code 0..bins-1} of {@code values}. */
    public static double[] ofValues(long[] values, double[] w, int bins, boolean single) {
        double[] sums = new double[bins];
        for (int i = 0; i < values.length; i++) {
            int bin = (int) values[i];
            sums[bin] = round(sums[bin] + w[i], single);
        }
        return sums;
    }

    /**
     * histc's counts: {@code bins} equal bins of {@code width} from {@code lo} to {@code hi}, the bin
     * found by PyTorch's division in the input's precision; values outside are skipped, NaN counts in
     * bin 0 (as {@code (int) NaN} there and here).
     */
    public static double[] ofEqualWidths(double[] values, int bins, double lo, double hi, double width, boolean single) {
        double[] counts = new double[bins];
        for (double v : values) {
            if (!(v < lo || v > hi)) { // NaN passes, as in PyTorch's kernel
                double scaled = round(round(v - lo, single) * bins, single);
                double position = round(scaled / width, single);
                counts[Math.min((int) position, bins - 1)]++;
            }
        }
        return counts;
    }

    /**
     * histogram's counts (or sums of {@code w}, null for counts) into the bins between consecutive
     * {@code edges}; the last bin includes its right edge, values outside are skipped, and NaN
     * lands in the last bin, as PyTorch 1.13's CPU kernel puts it there.
     */
    public static double[] ofEdges(double[] values, double[] edges, double[] w, boolean single) {
        int bins = edges.length - 1;
        double[] hist = new double[bins];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v < edges[0] || v > edges[bins]) {
                continue;
            }
            int bin = Math.min(firstAbove(edges, v) - 1, bins - 1);
            hist[bin] = round(hist[bin] + (w == null ? 1 : w[i]), single);
        }
        return hist;
    }

    /**
     * {@code bins + 1} equal bins' edges as ATen's CPU linspace computes them in the dtype's
     * arithmetic: the first half {@code start + step * i}, the second half
     * {@code end - step * (bins - i)}, each one fused multiply-add as the AVX2 build computes it.
     */
    public static double[] equalEdges(double start, double end, int bins, boolean single) {
        double[] edges = new double[bins + 1];
        int half = (bins + 1) / 2;
        if (single) {
            float lo = (float) start;
            float hi = (float) end;
            float step = (hi - lo) / bins;
            for (int i = 0; i <= bins; i++) {
                edges[i] = i < half ? Math.fma(step, (float) i, lo) : Math.fma(-step, (float) (bins - i), hi);
            }
            return edges;
        }
        double step = (end - start) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = i < half ? Math.fma(step, i, start) : Math.fma(-step, bins - i, end);
        }
        return edges;
    }

    /** The index of the first edge above v (std::upper_bound); NaN is above none, so it gives the edge count. */
    private static int firstAbove(double[] edges, double v) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v < edges[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** v rounded to float when {@code single}: one correctly rounded float operation. */
    private static double round(double v, boolean single) {
        return single ? (float) v : v;
    }
}
