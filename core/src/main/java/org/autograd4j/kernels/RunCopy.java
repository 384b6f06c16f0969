package org.autograd4j.kernels;

/**
 * Copies a strided run of {@code n} elements between storage arrays ({@code float[]},
 * {@code double[]}, {@code long[]} or {@code boolean[]}), converting the element type as PyTorch's
 * {@code copy_} does: to int64 floats truncate toward zero, to bool anything non-zero (NaN
 * included) is true, to floating types values round to nearest.
 */
public final class RunCopy {
    private RunCopy() {
    }

    /** {@code dst[d0 + i*ds] = src[s0 + i*ss]} for i in [0, n), converted to dst's element type. */
    public static void copy(Object src, int s0, int ss, Object dst, int d0, int ds, int n) {
        if (src.getClass() != dst.getClass()) {
            convert(src, s0, ss, dst, d0, ds, n);
        } else if (ss == 1 && ds == 1) {
            System.arraycopy(src, s0, dst, d0, n);
        } else if (src instanceof float[] s) {
            float[] d = (float[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[s0 + i * ss];
            }
        } else if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[s0 + i * ss];
            }
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[s0 + i * ss];
            }
        } else {
            boolean[] s = (boolean[]) src;
            boolean[] d = (boolean[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[s0 + i * ss];
            }
        }
    }

    /** Between different element types: read exactly (int64 as long, floats as double), then convert. */
    private static void convert(Object src, int s0, int ss, Object dst, int d0, int ds, int n) {
        if (dst instanceof long[] d) {
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = asLong(src, s0 + i * ss);
            }
        } else if (dst instanceof boolean[] d) {
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = Elements.get(src, s0 + i * ss) != 0;
            }
        } else {
            for (int i = 0; i < n; i++) {
                ArrayRuns.set(dst, d0 + i * ds, Elements.get(src, s0 + i * ss));
            }
        }
    }

    private static long asLong(Object a, int i) {
        if (a instanceof long[] l) {
            return l[i];
        }
        if (a instanceof boolean[] b) {
            return b[i] ? 1 : 0;
        }
        return (long) ArrayRuns.get(a, i);
    }
}
