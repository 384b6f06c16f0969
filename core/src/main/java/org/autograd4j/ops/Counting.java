package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.RowCounts;

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
        Rows rows = Rows.over(x, dims);
        return rows.reduced(RowCounts.truth(rows.data(), rows.outer, rows.n, all), DType.BOOL, keepdim);
    }

    /** Number of nonzero elements over {@code dims} (all dims if empty), int64. */
    public static Tensor countNonzero(Tensor x, int[] dims) {
        Rows rows = Rows.over(x, dims);
        return rows.reduced(RowCounts.nonzero(rows.data(), rows.outer, rows.n), DType.INT64, false);
    }
}
