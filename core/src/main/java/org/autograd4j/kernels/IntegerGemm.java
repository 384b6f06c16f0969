package org.autograd4j.kernels;

/**
 * The int64 matrix product (PyTorch multiplies integer matrices too), wrapping as int64 does. Plain
 * loops in {@link Gemm}'s operand layout: integer products are never on a hot path.
 */
public final class IntegerGemm {
    private IntegerGemm() {
    }

    /**
     * {@code C = A B} for an {@code m x k} A and a {@code k x n} B, each read with a row and a column
     * stride from its offset, into the row-major {@code m x n} C at {@code cOff} with rows {@code ldc}
     * apart (C's old values are overwritten).
     */
    public static void gemm(int m, int n, int k, long[] a, int aOff, int aRowStride, int aColStride,
                            long[] b, int bOff, int bRowStride, int bColStride, long[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                long acc = 0;
                for (int p = 0; p < k; p++) {
                    acc += a[aOff + i * aRowStride + p * aColStride] * b[bOff + p * bRowStride + j * bColStride];
                }
                c[cOff + i * ldc + j] = acc;
            }
        }
    }
}
