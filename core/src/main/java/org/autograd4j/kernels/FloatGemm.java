package org.autograd4j.kernels;

/**
 * The blocked float GEMM driver behind {@link Gemm}: packs blocks of A and B into contiguous,
 * zero-padded panels in per-thread buffers and sweeps a {@link FloatMicroKernel} over them.
 * Not thread-safe per call; each thread uses its own buffers.
 */
final class FloatGemm {
    private final FloatMicroKernel kernel;
    private final int mr;
    private final int nr;
    private final int mc;
    private final int nc;
    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

    FloatGemm(FloatMicroKernel kernel) {
        this.kernel = kernel;
        this.mr = kernel.mr();
        this.nr = kernel.nr();
        this.mc = GemmBlocking.roundUp(GemmBlocking.MC, mr);
        this.nc = GemmBlocking.roundUp(GemmBlocking.NC, nr);
    }

    int mr() {
        return mr;
    }

    int nr() {
        return nr;
    }

    /** C = A B (+ C), with the arguments of {@link Gemm#gemm}; requires m, n, k &gt; 0. */
    void multiply(int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b, int bOff, int bRs,
                  int bCs, float[] c, int cOff, int ldc, boolean accumulate) {
        Buffers buf = buffers.get();
        buf.ensure(Math.min(mc, GemmBlocking.roundUp(m, mr)) * GemmBlocking.KC,
                Math.min(nc, GemmBlocking.roundUp(n, nr)) * GemmBlocking.KC, mr * nr);
        for (int jc = 0; jc < n; jc += nc) {
            int ncCur = Math.min(nc, n - jc);
            for (int pc = 0; pc < k; pc += GemmBlocking.KC) {
                int kcCur = Math.min(GemmBlocking.KC, k - pc);
                packB(kcCur, ncCur, b, bOff + pc * bRs + jc * bCs, bRs, bCs, buf.b);
                for (int ic = 0; ic < m; ic += mc) {
                    int mcCur = Math.min(mc, m - ic);
                    packA(mcCur, kcCur, a, aOff + ic * aRs + pc * aCs, aRs, aCs, buf.a);
                    sweep(mcCur, ncCur, kcCur, buf, c, cOff + ic * ldc + jc, ldc, accumulate || pc > 0);
                }
            }
        }
    }

    /** Multiplies a packed mc x kc block of A by a packed kc x nc block of B, tile by tile. */
    private void sweep(int mcCur, int ncCur, int kc, Buffers buf, float[] c, int cOff, int ldc, boolean addToC) {
        for (int jr = 0; jr < ncCur; jr += nr) {
            int cols = Math.min(nr, ncCur - jr);
            for (int ir = 0; ir < mcCur; ir += mr) {
                int rows = Math.min(mr, mcCur - ir);
                int cTile = cOff + ir * ldc + jr;
                if (rows == mr && cols == nr) {
                    kernel.compute(kc, buf.a, ir * kc, buf.b, jr * kc, c, cTile, ldc, addToC);
                } else {
                    kernel.compute(kc, buf.a, ir * kc, buf.b, jr * kc, buf.tile, 0, nr, false);
                    copyEdgeTile(rows, cols, buf.tile, c, cTile, ldc, addToC);
                }
            }
        }
    }

    /** Writes the valid rows x cols corner of a full tile computed into scratch; same arithmetic as a full tile. */
    private void copyEdgeTile(int rows, int cols, float[] tile, float[] c, int cOff, int ldc, boolean addToC) {
        for (int r = 0; r < rows; r++) {
            int row = cOff + r * ldc;
            for (int j = 0; j < cols; j++) {
                c[row + j] = addToC ? tile[r * nr + j] + c[row + j] : tile[r * nr + j];
            }
        }
    }

    /** Packs A(0..mc, 0..kc) as panels of mr rows: panel at ir * kc, element (r, p) at + p * mr + r. */
    private void packA(int mcCur, int kc, float[] a, int off, int rs, int cs, float[] dst) {
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

    /** Packs B(0..kc, 0..nc) as panels of nr columns: panel at jr * kc, element (p, j) at + p * nr + j. */
    private void packB(int kc, int ncCur, float[] b, int off, int rs, int cs, float[] dst) {
        for (int jr = 0; jr < ncCur; jr += nr) {
            int cols = Math.min(nr, ncCur - jr);
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

    /** One thread's packing buffers, grown on demand and reused across calls. */
    private static final class Buffers {
        float[] a = new float[0];
        float[] b = new float[0];
        float[] tile = new float[0];

        void ensure(int aSize, int bSize, int tileSize) {
            if (a.length < aSize) {
                a = new float[aSize];
            }
            if (b.length < bSize) {
                b = new float[bSize];
            }
            if (tile.length < tileSize) {
                tile = new float[tileSize];
            }
        }
    }
}
