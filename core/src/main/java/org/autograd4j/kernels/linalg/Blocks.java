package org.autograd4j.kernels.linalg;

import org.autograd4j.kernels.Gemm;

/**
 * What the blocked factorizations share: the block size, and the update C -= A·B through which
 * they spend almost all their arithmetic in the GEMM kernel (the right-looking and left-looking
 * schemes of LAPACK: a narrow panel is factored with plain loops, then one product updates the
 * rest of the matrix).
 */
final class Blocks {
    /**
     * Columns (or rows) per panel. Each trailing update is a GEMM with k = BLOCK: large enough that
     * packing is amortised (the float64 GEMM runs at its full speed from k = 32 on), small enough
     * that the unblocked panel work, of order n·BLOCK² per panel, stays a small share. Matrices of
     * at most BLOCK columns are factored by the plain loops alone, exactly as before blocking.
     */
    static final int BLOCK = 32;

    private Blocks() {
    }

    /**
     * C -= A·B for the m×k A at {@code aOff} (row stride {@code lda}, contiguous rows), the k×n B
     * read through strides as {@link Gemm} reads it, and the row-major C with leading dimension
     * {@code ldc}, the product computed in the given precision. Gemm only adds, so A is copied
     * negated (m·k values, against m·n·k multiply-adds).
     */
    static void subtractProduct(Precision precision, int m, int n, int k, double[] a, int aOff, int lda, double[] b,
            int bOff, int bRowStride, int bColStride, double[] c, int cOff, int ldc) {
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        if (precision == Precision.FLOAT32) {
            subtractFloatProduct(m, n, k, a, aOff, lda, b, bOff, bRowStride, bColStride, c, cOff, ldc);
            return;
        }
        double[] negated = new double[m * k];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                negated[i * k + p] = -a[aOff + i * lda + p];
            }
        }
        Gemm.gemm(m, n, k, negated, 0, k, 1, b, bOff, bRowStride, bColStride, c, cOff, ldc, true);
    }

    /** The same with A and B rounded to float32 and multiplied by the float GEMM; C stays float64. */
    private static void subtractFloatProduct(int m, int n, int k, double[] a, int aOff, int lda, double[] b,
            int bOff, int bRowStride, int bColStride, double[] c, int cOff, int ldc) {
        float[] af = new float[m * k];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                af[i * k + p] = (float) a[aOff + i * lda + p];
            }
        }
        float[] bf = new float[k * n];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                bf[p * n + j] = (float) b[bOff + p * bRowStride + j * bColStride];
            }
        }
        float[] product = new float[m * n];
        Gemm.gemm(m, n, k, af, 0, k, 1, bf, 0, n, 1, product, 0, n, false);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[cOff + i * ldc + j] -= product[i * n + j];
            }
        }
    }
}
