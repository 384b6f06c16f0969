package org.autograd4j.kernels;

/**
 * The float64 GEMM micro-kernel: a 4 x 4 tile in 16 locals, with or without the Vector API.
 * Plain multiply-add rather than {@link Math#fma}, which is very slow where the CPU lacks FMA.
 * Float32 has {@link StreamingFloatGemm} instead, which is several times faster; float64
 * products are mostly gradient checks, where this one suffices.
 */
final class ScalarDoubleMicroKernel extends MicroKernel<double[]> {
    private static final int MR = 4;
    private static final int NR = 4;

    ScalarDoubleMicroKernel() {
        super(MR, NR);
    }

    @Override
    void multiplyAdd(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc) {
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (int p = 0; p < kc; p++) {
            int ai = aOff + p * MR;
            int bi = bOff + p * NR;
            double b0 = b[bi], b1 = b[bi + 1], b2 = b[bi + 2], b3 = b[bi + 3];
            double x = a[ai];
            c00 += x * b0; c01 += x * b1; c02 += x * b2; c03 += x * b3;
            x = a[ai + 1];
            c10 += x * b0; c11 += x * b1; c12 += x * b2; c13 += x * b3;
            x = a[ai + 2];
            c20 += x * b0; c21 += x * b1; c22 += x * b2; c23 += x * b3;
            x = a[ai + 3];
            c30 += x * b0; c31 += x * b1; c32 += x * b2; c33 += x * b3;
        }
        addToRow(c00, c01, c02, c03, c, cOff);
        addToRow(c10, c11, c12, c13, c, cOff + ldc);
        addToRow(c20, c21, c22, c23, c, cOff + 2 * ldc);
        addToRow(c30, c31, c32, c33, c, cOff + 3 * ldc);
    }

    private static void addToRow(double v0, double v1, double v2, double v3, double[] c, int off) {
        c[off] += v0;
        c[off + 1] += v1;
        c[off + 2] += v2;
        c[off + 3] += v3;
    }
}
