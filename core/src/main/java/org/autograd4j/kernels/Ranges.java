package org.autograd4j.kernels;

/**
 * Where an array of integers (indices, lengths) or of doubles (probabilities, rates) first leaves a
 * closed range: the checks the ops make before they use the values, so that their message can name
 * the offending one; and the range values cover, which sizes histograms and one-hot classes.
 */
public final class Ranges {
    private Ranges() {
    }

    /** The position of the first value outside {@code [min, max]}, or -1 when all are inside. */
    public static int firstOutside(long[] values, long min, long max) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < min || values[i] > max) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the first value outside {@code [min, max]} (NaN is outside every range), or -1 when all are inside. */
    public static int firstOutside(double[] values, double min, double max) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= min && values[i] <= max)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the last value outside {@code [min, max]}, or -1 when all are inside. */
    public static int lastOutside(long[] values, long min, long max) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (values[i] < min || values[i] > max) {
                return i;
            }
        }
        return -1;
    }

    /** The largest value, or -1 for none: with non-negative values, one less than the classes or bins they need. */
    public static long max(long[] values) {
        long max = -1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** {min, max} of the (at least one) values, both NaN when any is NaN, as {@code Math.min} and {@code max} give. */
    public static double[] span(double[] values) {
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new double[] {min, max};
    }
}
