package org.autograd4j.kernels;

/**
 * The double half of the blocked GEMM behind {@link Gemm}: the strided copy and allocation for
 * {@code double[]}, around a {@link DoubleMicroKernel}. The blocking, threading and edge tiles are
 * {@link BlockedGemm}'s, the packing {@link GemmPacking}'s.
 *
 * <p>A twin of {@link FloatGemm} on purpose, and kept to the typed minimum: the strided copy reads
 * elements one by one, and only a loop over a primitive array type stays unboxed and fast. Float64
 * keeps a packed SIMD GEMM because gradient checks multiply matrices of real size too.
 */
final class DoubleGemm extends TileShape implements GemmPanels<double[]> {
    private final DoubleMicroKernel kernel;
    private final BlockedGemm<double[]> driver;

    DoubleGemm(DoubleMicroKernel kernel) {
        super(kernel.mr(), kernel.nr());
        this.kernel = kernel;
        this.driver = new BlockedGemm<>(this);
    }

    /** C = A B (+ C), with the arguments of {@link Gemm#gemm}; requires m, n, k &gt; 0. */
    void multiply(boolean parallel, int m, int n, int k, double[] a, int aOff, int aRs, int aCs, double[] b,
                  int bOff, int bRs, int bCs, double[] c, int cOff, int ldc, boolean accumulate) {
        driver.multiply(parallel, m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, ldc, accumulate);
    }

    @Override
    public double[] allocate(int size) {
        return new double[size];
    }

    @Override
    public int length(double[] array) {
        return array.length;
    }

    @Override
    public void tile(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc) {
        kernel.multiplyAdd(kc, a, aOff, b, bOff, c, cOff, ldc);
    }

    @Override
    public void copyStrided(int n, double[] src, int srcOff, int srcStride, double[] dst, int dstOff, int dstStride) {
        for (int i = 0; i < n; i++) {
            dst[dstOff + i * dstStride] = src[srcOff + i * srcStride];
        }
    }
}
