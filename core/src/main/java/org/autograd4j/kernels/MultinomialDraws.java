package org.autograd4j.kernels;

import java.util.function.DoubleSupplier;

/**
 * {@code multinomial} with replacement as ATen's CPU kernel draws it: each row's cumulative weights,
 * summed and normalised in the weights' precision, then for each sample the first category whose
 * cumulative weight is not below a uniform draw (a binary search). A row is checked as it is summed,
 * after the rows before it have drawn, as ATen checks it.
 */
public final class MultinomialDraws {
    private MultinomialDraws() {
    }

    /**
     * {@code out[r * samples + s]}: the category of sample s of row r, for the rows of {@code categories}
     * weights that {@code w} holds one after another, drawing {@code uniform} once per sample, row by
     * row; with {@code single} the sums round to float32 at each step, as float32 weights' sums do.
     */
    public static void withReplacement(double[] w, int categories, boolean single, DoubleSupplier uniform,
                                       long[] out, int samples) {
        double[] cumulative = new double[categories];
        for (int r = 0; r < out.length / samples; r++) {
            normalisedCumulative(w, r * categories, cumulative, single);
            for (int s = 0; s < samples; s++) {
                out[r * samples + s] = firstNotBelow(cumulative, uniform.getAsDouble());
            }
        }
    }

    /** The row's cumulative weights over their sum, the last exactly 1; PyTorch's messages for a bad row. */
    static void normalisedCumulative(double[] w, int from, double[] cumulative, boolean single) {
        double sum = 0;
        for (int j = 0; j < cumulative.length; j++) {
            double v = w[from + j];
            if (!(v >= 0)) {
                throw new IllegalArgumentException("invalid multinomial distribution (encountering probability entry < 0)");
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(
                        "invalid multinomial distribution (encountering probability entry = infinity or NaN)");
            }
            sum = round(sum + v, single);
            cumulative[j] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
        }
        for (int j = 0; j < cumulative.length; j++) {
            cumulative[j] = round(cumulative[j] / sum, single);
        }
        // the last bucket is 1 exactly, whatever rounding left
        cumulative[cumulative.length - 1] = 1;
    }

    private static double round(double v, boolean single) {
        return single ? (float) v : v;
    }

    /**
     * The first index whose cumulative weight is not below {@code u}: ATen's binary search, which (unlike
     * {@link SortedSearch}'s) takes a NaN weight, as an overflowing sum leaves, for one not below.
     */
    static int firstNotBelow(double[] cumulative, double u) {
        int left = 0;
        int right = cumulative.length;
        while (right > left) {
            int mid = left + (right - left) / 2;
            if (cumulative[mid] < u) {
                left = mid + 1;
            } else {
                right = mid;
            }
        }
        return left;
    }
}
