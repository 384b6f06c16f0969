package org.autograd4j.kernels;

/**
 * The float half of the blocked GEMM behind {@link Gemm}: the strided copy and allocation for
 * {@code float[]}, around a {@link FloatMicroKernel}. The blocking, threading and edge tiles are
 * {@link BlockedGemm}'s, the packing {@link GemmPacking}'s.
 */
final class FloatGemm extends TileShape implements GemmPanels<float[]>, FloatGemmDriver {
    private final FloatMicroKernel kernel;
    private final BlockedGemm<float[]> driver;

    FloatGemm(FloatMicroKernel kernel) {
        super(kernel.mr(), kernel.nr());
        this.kernel = kernel;
        this.driver = new BlockedGemm<>(this);
    }

    @Override
    public void multiply(boolean parallel, int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b,
                  int bOff, int bRs, int bCs, float[] c, int cOff, int ldc, boolean accumulate) {
        driver.multiply(parallel, m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, ldc, accumulate);
    }

    @Override
    public String describe() {
        return mr() + "x" + nr();
    }

    @Override
    public float[] allocate(int size) {
        return new float[size];
    }

    @Override
    public int length(float[] array) {
        return array.length;
    }

    @Override
    public void tile(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc) {
        kernel.multiplyAdd(kc, a, aOff, b, bOff, c, cOff, ldc);
    }

    @Override
    public void copyStrided(int n, float[] src, int srcOff, int srcStride, float[] dst, int dstOff, int dstStride) {
        for (int i = 0; i < n; i++) {
            dst[dstOff + i * dstStride] = src[srcOff + i * srcStride];
        }
    }
}
