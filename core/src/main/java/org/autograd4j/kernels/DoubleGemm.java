package org.autograd4j.kernels;

/**
 * The double half of the blocked GEMM behind {@link Gemm}: packing and allocation for
 * {@code double[]}, around a {@link DoubleMicroKernel}. The blocking, threading and edge tiles are
 * {@link BlockedGemm}'s.
 *
 * <p>A twin of {@link FloatGemm} on purpose: packing reads strided elements one by one, and only a
 * loop over a primitive array type stays unboxed and fast; a generic version would box every
 * element. Float64 keeps a packed GEMM because gradient checks multiply matrices of real size too.
 */
final class DoubleGemm implements GemmPanels<double[]> {
    private final DoubleMicroKernel kernel;
    private final int mr;
    private final int nr;
    private final BlockedGemm<double[]> driver;

    DoubleGemm(DoubleMicroKernel kernel) {
        this.kernel = kernel;
        this.mr = kernel.mr();
        this.nr = kernel.nr();
        this.driver = new BlockedGemm<>(this);
    }

    /** C = A B (+ C), with the arguments of {@link Gemm#gemm}; requires m, n, k &gt; 0. */
    void multiply(boolean parallel, int m, int n, int k, double[] a, int aOff, int aRs, int aCs, double[] b,
                  int bOff, int bRs, int bCs, double[] c, int cOff, int ldc, boolean accumulate) {
        driver.multiply(parallel, m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, ldc, accumulate);
    }

    @Override
    public int mr() {
        return mr;
    }

    @Override
    public int nr() {
        return nr;
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
    public void packA(int mcCur, int kc, double[] a, int off, int rs, int cs, double[] dst) {
        for (int ir = 0; ir < mcCur; ir += mr) {
            int rows = Math.min(mr, mcCur - ir);
            int panel = ir * kc;
            int src = off + ir * rs;
            if (rs == 1 && rows == mr) {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(a, src + p * cs, dst, panel + p * mr, mr);
                }
                continue;
            }
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < kc; p++) {
                    dst[panel + p * mr + r] = a[src + r * rs + p * cs];
                }
            }
            for (int r = rows; r < mr; r++) {
                for (int p = 0; p < kc; p++) {
                    dst[panel + p * mr + r] = 0;
                }
            }
        }
    }

    @Override
    public void packB(int kc, int j0, int j1, double[] b, int off, int rs, int cs, double[] dst) {
        for (int jr = j0; jr < j1; jr += nr) {
            int cols = Math.min(nr, j1 - jr);
            int panel = jr * kc;
            for (int p = 0; p < kc; p++) {
                int src = off + p * rs + jr * cs;
                int row = panel + p * nr;
                if (cs == 1 && cols == nr) {
                    System.arraycopy(b, src, dst, row, nr);
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    dst[row + j] = b[src + j * cs];
                }
                for (int j = cols; j < nr; j++) {
                    dst[row + j] = 0;
                }
            }
        }
    }
}
