package org.autograd4j.kernels;

/**
 * A float32 GEMM implementation behind {@link Gemm}: the packed register-tile driver
 * ({@link FloatGemm}, for the Vector API) or the auto-vectorised one ({@link StreamingFloatGemm}).
 */
interface FloatGemmDriver {
    /** C = A B (+ C), with the arguments of {@link Gemm#gemm}; requires m, n, k &gt; 0. */
    void multiply(boolean parallel, int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b, int bOff,
                  int bRs, int bCs, float[] c, int cOff, int ldc, boolean accumulate);

    /** The kernel's shape as {@link Kernels#describe()} reports it, e.g. "6x16". */
    String describe();
}
