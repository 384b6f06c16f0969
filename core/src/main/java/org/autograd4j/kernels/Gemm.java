package org.autograd4j.kernels;

/** Matrix multiply on strided operands. (Naive placeholder; replaced by the blocked kernel.) */
public final class Gemm {
    private Gemm() {
    }

    public static void gemm(int m, int n, int k, float[] a, int aOff, int aRowStride, int aColStride,
                            float[] b, int bOff, int bRowStride, int bColStride,
                            float[] c, int cOff, int ldc, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = accumulate ? c[cOff + i * ldc + j] : 0;
                for (int p = 0; p < k; p++) {
                    s += a[aOff + i * aRowStride + p * aColStride] * b[bOff + p * bRowStride + j * bColStride];
                }
                c[cOff + i * ldc + j] = (float) s;
            }
        }
    }

    public static void gemm(int m, int n, int k, double[] a, int aOff, int aRowStride, int aColStride,
                            double[] b, int bOff, int bRowStride, int bColStride,
                            double[] c, int cOff, int ldc, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = accumulate ? c[cOff + i * ldc + j] : 0;
                for (int p = 0; p < k; p++) {
                    s += a[aOff + i * aRowStride + p * aColStride] * b[bOff + p * bRowStride + j * bColStride];
                }
                c[cOff + i * ldc + j] = s;
            }
        }
    }
}
