package org.autograd4j.kernels;

/**
 * {@code dst[dstOff[k]] = src[srcOff[k]]} (or {@code +=}) for every k, on storage arrays of one
 * element type ({@code float[]}, {@code double[]}, {@code long[]} or {@code boolean[]}): the element
 * moves of gather, scatter, index and index_put, whose offsets come from {@link ElementOffsets}.
 * One typed loop per array type, so no element is boxed or widened.
 */
public final class OffsetMoves {
    private OffsetMoves() {
    }

    /** Copies (or, with {@code accumulate}, adds; for bool: ors) the elements; the arrays have the same type. */
    public static void move(Object src, int[] srcOff, Object dst, int[] dstOff, boolean accumulate) {
        if (src instanceof float[] s) {
            move(s, srcOff, (float[]) dst, dstOff, accumulate);
        } else if (src instanceof double[] s) {
            move(s, srcOff, (double[]) dst, dstOff, accumulate);
        } else if (src instanceof long[] s) {
            move(s, srcOff, (long[]) dst, dstOff, accumulate);
        } else {
            move((boolean[]) src, srcOff, (boolean[]) dst, dstOff, accumulate);
        }
    }

    private static void move(float[] s, int[] srcOff, float[] d, int[] dstOff, boolean accumulate) {
        for (int k = 0; k < srcOff.length; k++) {
            d[dstOff[k]] = accumulate ? d[dstOff[k]] + s[srcOff[k]] : s[srcOff[k]];
        }
    }

    private static void move(double[] s, int[] srcOff, double[] d, int[] dstOff, boolean accumulate) {
        for (int k = 0; k < srcOff.length; k++) {
            d[dstOff[k]] = accumulate ? d[dstOff[k]] + s[srcOff[k]] : s[srcOff[k]];
        }
    }

    private static void move(long[] s, int[] srcOff, long[] d, int[] dstOff, boolean accumulate) {
        for (int k = 0; k < srcOff.length; k++) {
            d[dstOff[k]] = accumulate ? d[dstOff[k]] + s[srcOff[k]] : s[srcOff[k]];
        }
    }

    private static void move(boolean[] s, int[] srcOff, boolean[] d, int[] dstOff, boolean accumulate) {
        for (int k = 0; k < srcOff.length; k++) {
            d[dstOff[k]] = (accumulate && d[dstOff[k]]) || s[srcOff[k]];
        }
    }
}
