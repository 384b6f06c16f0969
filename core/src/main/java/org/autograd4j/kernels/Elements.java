package org.autograd4j.kernels;

/**
 * One element of a storage array of any element type ({@code float[]}, {@code double[]},
 * {@code long[]} or {@code boolean[]}) read as a double and written from one, converting as a store
 * of that type does: rounded to float, truncated toward zero to int64, nonzero (NaN included) as
 * true; bool reads as 0 or 1. For the loops that serve every type through one path.
 */
final class Elements {
    private Elements() {
    }

    /** {@code a[i]} as a double. */
    static double get(Object a, int i) {
        if (a instanceof long[] l) {
            return l[i];
        }
        if (a instanceof boolean[] b) {
            return b[i] ? 1 : 0;
        }
        return ArrayRuns.get(a, i);
    }

    /** {@code a[i] = v}, converted to the array's type. */
    static void set(Object a, int i, double v) {
        if (a instanceof long[] l) {
            l[i] = (long) v;
        } else if (a instanceof boolean[] b) {
            b[i] = v != 0;
        } else {
            ArrayRuns.set(a, i, v);
        }
    }
}
