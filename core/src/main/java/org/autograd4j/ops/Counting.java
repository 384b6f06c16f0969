package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;

/** Truth tests and counts: {@code all}, {@code any} (bool results) and {@code count_nonzero} (int64). */
public final class Counting {
    private Counting() {
    }

    /** Whether every element is nonzero, over everything ({@code dims} empty) or over {@code dims}. */
    public static Tensor all(Tensor x, int[] dims, boolean keepdim) {
        return truth(x, dims, keepdim, true);
    }

    /** Whether any element is nonzero. */
    public static Tensor any(Tensor x, int[] dims, boolean keepdim) {
        return truth(x, dims, keepdim, false);
    }

    private static Tensor truth(Tensor x, int[] dims, boolean keepdim, boolean all) {
        Rows rows = rows(x, dims);
        long[] counts = nonzero(rows);
        double[] v = new double[counts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (all ? counts[i] == rows.n : counts[i] > 0) ? 1 : 0;
        }
        return rows.reduced(v, DType.BOOL, keepdim);
    }

    /** Number of nonzero elements over {@code dims} (all dims if empty), int64. */
    public static Tensor countNonzero(Tensor x, int[] dims) {
        Rows rows = rows(x, dims);
        return rows.reduced(nonzero(rows), DType.INT64, false);
    }

    private static Rows rows(Tensor x, int[] dims) {
        return Rows.over(x, dims);
    }

    private static long[] nonzero(Rows rows) {
        long[] counts = new long[rows.outer];
        for (int r = 0; r < rows.outer; r++) {
            for (int i = 0; i < rows.n; i++) {
                counts[r] += rows.get(r, i) != 0 ? 1 : 0;
            }
        }
        return counts;
    }
}
