package org.autograd4j.kernels;

/**
 * Where an array of integers (indices, lengths) or of doubles (probabilities, rates) first leaves a
 * closed range: the checks the ops make before they use the values, so that their message can name
 * the offending one.
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
}
