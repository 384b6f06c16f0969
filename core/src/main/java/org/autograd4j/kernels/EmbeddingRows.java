package org.autograd4j.kernels;

/**
 * Row lookups in a row-major table of {@code dim} columns and their adjoint, on float64 arrays: the
 * loops of embedding (forward, weight gradient, and the gradient scales of padding_idx and
 * scale_grad_by_freq) and of one_hot (a lookup in an identity table that is never built).
 */
public final class EmbeddingRows {
    private EmbeddingRows() {
    }

    /** {@code out[k, :] = table[idx[k], :] * scale[k]} ({@code scale} null for 1). */
    public static double[] gather(double[] table, int dim, long[] idx, double[] scale) {
        double[] out = new double[idx.length * dim];
        for (int k = 0; k < idx.length; k++) {
            double s = scale == null ? 1 : scale[k];
            int from = (int) idx[k] * dim;
            for (int j = 0; j < dim; j++) {
                out[k * dim + j] = table[from + j] * s;
            }
        }
        return out;
    }

    /** The adjoint of {@link #gather}: a {@code rows x dim} table with {@code g[k, :] * scale[k]} added to row {@code idx[k]}. */
    public static double[] scatterAdd(double[] g, int dim, long[] idx, double[] scale, int rows) {
        double[] out = new double[rows * dim];
        for (int k = 0; k < idx.length; k++) {
            int to = (int) idx[k] * dim;
            for (int j = 0; j < dim; j++) {
                out[to + j] += g[k * dim + j] * scale[k];
            }
        }
        return out;
    }

    /**
     * Each lookup's gradient scale: 0 for the padding row {@code pad} (-1 for none), else 1, or with
     * {@code byFrequency} 1 over the number of lookups of the same row. Indices are in {@code [0, rows)}.
     */
    public static double[] gradientScales(long[] idx, long pad, boolean byFrequency, int rows) {
        int[] counts = new int[byFrequency ? rows : 0];
        if (byFrequency) {
            for (long i : idx) {
                counts[(int) i]++;
            }
        }
        double[] scale = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            scale[k] = idx[k] == pad ? 0 : byFrequency ? 1.0 / counts[(int) idx[k]] : 1;
        }
        return scale;
    }

    /** one_hot: sets 1 at column {@code idx[k]} of row k of {@code out} ({@code classes} columns, zero-filled). */
    public static void oneHot(long[] idx, int classes, long[] out) {
        for (int k = 0; k < idx.length; k++) {
            out[k * classes + (int) idx[k]] = 1;
        }
    }
}
