package org.autograd4j.kernels;

import java.util.Arrays;

/**
 * One value stored over a storage array ({@code float[]}, {@code double[]}, {@code long[]} or
 * {@code boolean[]}) or over its main diagonal, converted to the element type as {@link RunCopy}
 * converts: rounded to float, truncated toward zero to int64, nonzero (NaN included) as true.
 */
public final class Fills {
    private Fills() {
    }

    /** Every element of {@code array} set to {@code value}: {@code full}'s fill. */
    public static void fill(Object array, double value) {
        if (array instanceof float[] f) {
            Arrays.fill(f, (float) value);
        } else if (array instanceof double[] d) {
            Arrays.fill(d, value);
        } else if (array instanceof long[] l) {
            Arrays.fill(l, (long) value);
        } else {
            Arrays.fill((boolean[]) array, value != 0);
        }
    }

    /**
     * Elements (i, i) for i in [0, min(rows, cols)) of a row-major {@code rows x cols} matrix set to
     * {@code value}, the others left alone: {@code eye}'s diagonal.
     */
    public static void diagonal(Object array, int rows, int cols, double value) {
        // (i, i) is at i * (cols + 1): a strided copy of the one value, stride 0 on the source
        RunCopy.copy(new double[] {value}, 0, 0, array, 0, cols + 1, Math.min(rows, cols));
    }
}
