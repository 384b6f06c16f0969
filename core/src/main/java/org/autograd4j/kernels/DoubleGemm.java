package org.autograd4j.kernels;

/**
 * The blocked double GEMM driver behind {@link Gemm}: packs blocks of A and B into contiguous,
 * zero-padded panels and sweeps a {@link DoubleMicroKernel} over them.
 *
 * <p>With several threads, each block of B is packed once, cooperatively, into the calling
 * thread's buffer, and the threads then multiply it by disjoint, tile-aligned row (or, for short
 * wide products, column) ranges of A, each packing its own A blocks. Packing B once instead of once
 * per thread saves both the copying and L3 space. {@link Parallel#forRange} returning is the
 * barrier between packing and computing.
 */
final class DoubleGemm {
    /** Elements of B worth packing on another thread; below this the hand-off costs more than the copy. */
    private static final int PACK_GRAIN = 1 << 16;

    private final DoubleMicroKernel kernel;
    private final int mr;
    private final int nr;
    private final int mc;
    private final int nc;
    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

    DoubleGemm(DoubleMicroKernel kernel) {
        this.kernel = kernel;
        this.mr = kernel.mr();
        this.nr = kernel.nr();
        this.mc = GemmBlocking.roundUp(GemmBlocking.MC, mr);
        this.nc = GemmBlocking.roundUp(GemmBlocking.NC, nr);
    }

    int mr() {
        return mr;
    }

    /** The operands of one product, as in {@link Gemm#gemm}. */
    private static final class Operands {
        final double[] a;
        final int aRs;
        final int aCs;
        final double[] b;
        final int bRs;
        final int bCs;
        final double[] c;
        final int ldc;

        Operands(double[] a, int aRs, int aCs, double[] b, int bRs, int bCs, double[] c, int ldc) {
            this.a = a;
            this.aRs = aRs;
            this.aCs = aCs;
            this.b = b;
            this.bRs = bRs;
            this.bCs = bCs;
            this.c = c;
            this.ldc = ldc;
        }
    }

    /** C = A B (+ C), with the arguments of {@link Gemm#gemm}; requires m, n, k &gt; 0. */
    void multiply(boolean parallel, int m, int n, int k, double[] a, int aOff, int aRs, int aCs, double[] b,
                  int bOff, int bRs, int bCs, double[] c, int cOff, int ldc, boolean accumulate) {
        Operands ops = new Operands(a, aRs, aCs, b, bRs, bCs, c, ldc);
        int grain = parallel ? 1 : Integer.MAX_VALUE;
        double[] packedB = buffers.get().packedB(Math.min(nc, GemmBlocking.roundUp(n, nr)) * GemmBlocking.KC);
        for (int jc = 0; jc < n; jc += nc) {
            int ncCur = Math.min(nc, n - jc);
            int panels = (ncCur + nr - 1) / nr;
            int rowTiles = (m + mr - 1) / mr;
            for (int pc = 0; pc < k; pc += GemmBlocking.KC) {
                int kc = Math.min(GemmBlocking.KC, k - pc);
                int bBlock = bOff + pc * bRs + jc * bCs;
                int aBlock = aOff + pc * aCs;
                int cBlock = cOff + jc;
                boolean addToC = accumulate || pc > 0;
                Parallel.forRange(0, panels, Math.max(grain, PACK_GRAIN / (kc * nr)), (p0, p1) ->
                        packB(kc, p0 * nr, Math.min(ncCur, p1 * nr), ops, bBlock, packedB));
                if (rowTiles >= panels) {
                    Parallel.forRange(0, rowTiles, grain, (t0, t1) -> computeBlock(t0 * mr, Math.min(m, t1 * mr),
                            0, ncCur, kc, ops, aBlock, packedB, cBlock, addToC));
                } else {
                    Parallel.forRange(0, panels, grain, (p0, p1) -> computeBlock(0, m,
                            p0 * nr, Math.min(ncCur, p1 * nr), kc, ops, aBlock, packedB, cBlock, addToC));
                }
            }
        }
    }

    /** Rows [i0, i1) times the packed B columns [j0, j1), mc rows of A packed at a time. */
    private void computeBlock(int i0, int i1, int j0, int j1, int kc, Operands ops, int aBlock, double[] packedB,
                              int cBlock, boolean addToC) {
        Buffers own = buffers.get();
        double[] packedA = own.packedA(Math.min(mc, GemmBlocking.roundUp(i1 - i0, mr)) * kc);
        for (int ic = i0; ic < i1; ic += mc) {
            int mcCur = Math.min(mc, i1 - ic);
            packA(mcCur, kc, ops, aBlock + ic * ops.aRs, packedA);
            sweep(mcCur, j0, j1, kc, packedA, packedB, own.tile(mr * nr), ops, cBlock + ic * ops.ldc, addToC);
        }
    }

    /** Multiplies a packed mc x kc block of A by panels [j0, j1) of a packed kc x nc block of B. */
    private void sweep(int mcCur, int j0, int j1, int kc, double[] packedA, double[] packedB, double[] tile,
                       Operands ops, int cOff, boolean addToC) {
        for (int jr = j0; jr < j1; jr += nr) {
            int cols = Math.min(nr, j1 - jr);
            for (int ir = 0; ir < mcCur; ir += mr) {
                int rows = Math.min(mr, mcCur - ir);
                int cTile = cOff + ir * ops.ldc + jr;
                if (rows == mr && cols == nr) {
                    kernel.compute(kc, packedA, ir * kc, packedB, jr * kc, ops.c, cTile, ops.ldc, addToC);
                } else {
                    kernel.compute(kc, packedA, ir * kc, packedB, jr * kc, tile, 0, nr, false);
                    copyEdgeTile(rows, cols, tile, ops.c, cTile, ops.ldc, addToC);
                }
            }
        }
    }

    /** Writes (or adds) the valid rows x cols corner of a full tile computed into scratch, as a full tile would. */
    private void copyEdgeTile(int rows, int cols, double[] tile, double[] c, int cOff, int ldc, boolean addToC) {
        for (int r = 0; r < rows; r++) {
            int row = cOff + r * ldc;
            int t = r * nr;
            if (!addToC) {
                System.arraycopy(tile, t, c, row, cols);
                continue;
            }
            for (int j = 0; j < cols; j++) {
                c[row + j] += tile[t + j];
            }
        }
    }

    /** Packs A(0..mc, 0..kc) as panels of mr rows: panel at ir * kc, element (r, p) at + p * mr + r. */
    private void packA(int mcCur, int kc, Operands ops, int off, double[] dst) {
        double[] a = ops.a;
        int rs = ops.aRs;
        int cs = ops.aCs;
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

    /** Packs columns [j0, j1) of B(0..kc, ..) as panels of nr columns: panel at jr * kc, (p, j) at + p * nr + j. */
    private void packB(int kc, int j0, int j1, Operands ops, int off, double[] dst) {
        double[] b = ops.b;
        int rs = ops.bRs;
        int cs = ops.bCs;
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

    /** One thread's packing buffers, grown on demand and reused across calls. */
    private static final class Buffers {
        private double[] a = new double[0];
        private double[] b = new double[0];
        private double[] tile = new double[0];

        double[] packedA(int size) {
            if (a.length < size) {
                a = new double[size];
            }
            return a;
        }

        double[] packedB(int size) {
            if (b.length < size) {
                b = new double[size];
            }
            return b;
        }

        double[] tile(int size) {
            if (tile.length < size) {
                tile = new double[size];
            }
            return tile;
        }
    }
}
