package org.autograd4j.kernels;

/**
 * A GEMM implementation behind {@link Gemm} for one array type {@code T} ({@code float[]} or
 * {@code double[]}): the packed register-tile driver ({@link BlockedGemm}), the auto-vectorised one
 * ({@link StreamingFloatGemm}), or the direct loops for small products ({@link SmallGemm}).
 *
 * @param <T> the array type
 */
@FunctionalInterface
interface GemmDriver<T> {
    /**
     * C = A B (+ C), with the arguments of {@link Gemm#gemm}; requires m, n, k &gt; 0. {@code parallel}
     * allows the driver to split the product over {@link Parallel}'s threads.
     */
    void multiply(boolean parallel, int m, int n, int k, T a, int aOff, int aRs, int aCs, T b, int bOff, int bRs,
                  int bCs, T c, int cOff, int ldc, boolean accumulate);

    /** The kernel's shape as {@link Kernels#describe()} reports it, e.g. "6x16". */
    default String describe() {
        return "direct loops";
    }
}
