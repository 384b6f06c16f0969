package org.autograd4j.kernels;

/**
 * The blocked GEMM driver behind {@link Gemm}, one for both element types: packs blocks of A and B
 * into contiguous, zero-padded panels ({@link GemmPacking}) and sweeps a typed {@link MicroKernel}
 * over them; {@link GemmArrays} holds the rest of what is typed (allocation, the strided copy).
 *
 * <p>With several threads, each block of B is packed once, cooperatively, into the calling
 * thread's buffer, and the threads then multiply it by disjoint, tile-aligned row (or, for short
 * wide products, column) ranges of A, each packing its own A blocks. Packing B once instead of once
 * per thread saves both the copying and L3 space. {@link Parallel#forRange} returning is the
 * barrier between packing and computing.
 *
 * @param <T> the array type, {@code float[]} or {@code double[]}
 */
final class BlockedGemm<T> implements GemmDriver<T> {
    private final MicroKernel<T> kernel;
    private final GemmPacking<T> packing;
    private final int mr;
    private final int nr;
    private final int mc;
    private final int nc;
    private final ThreadLocal<Buffers<T>> buffers;

    BlockedGemm(MicroKernel<T> kernel, GemmArrays<T> arrays) {
        this.kernel = kernel;
        this.mr = kernel.mr();
        this.nr = kernel.nr();
        this.packing = new GemmPacking<>(arrays, mr, nr);
        this.mc = GemmBlocking.roundUp(GemmBlocking.MC, mr);
        this.nc = GemmBlocking.roundUp(GemmBlocking.NC, nr);
        this.buffers = ThreadLocal.withInitial(() -> new Buffers<>(arrays));
    }

    @Override
    public String describe() {
        return mr + "x" + nr;
    }

    /** The operands of one product, as in {@link Gemm#gemm}. */
    private static final class Operands<T> {
        final T a;
        final int aRs;
        final int aCs;
        final T b;
        final int bRs;
        final int bCs;
        final T c;
        final int ldc;

        Operands(T a, int aRs, int aCs, T b, int bRs, int bCs, T c, int ldc) {
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

    @Override
    public void multiply(boolean parallel, int m, int n, int k, T a, int aOff, int aRs, int aCs, T b, int bOff, int bRs,
                  int bCs, T c, int cOff, int ldc, boolean accumulate) {
        Operands<T> ops = new Operands<>(a, aRs, aCs, b, bRs, bCs, c, ldc);
        int grain = parallel ? 1 : Integer.MAX_VALUE;
        T packedB = buffers.get().packedB.atLeast(Math.min(nc, GemmBlocking.roundUp(n, nr)) * GemmBlocking.KC);
        for (int jc = 0; jc < n; jc += nc) {
            int ncCur = Math.min(nc, n - jc);
            int nPanels = (ncCur + nr - 1) / nr;
            int rowTiles = (m + mr - 1) / mr;
            for (int pc = 0; pc < k; pc += GemmBlocking.KC) {
                int kc = Math.min(GemmBlocking.KC, k - pc);
                int bBlock = bOff + pc * bRs + jc * bCs;
                int aBlock = aOff + pc * aCs;
                int cBlock = cOff + jc;
                boolean addToC = accumulate || pc > 0;
                Parallel.forRange(0, nPanels, Math.max(grain, GemmBlocking.PACK_GRAIN / (kc * nr)), (p0, p1) ->
                        packing.packB(kc, p0 * nr, Math.min(ncCur, p1 * nr), ops.b, bBlock, ops.bRs, ops.bCs,
                                packedB));
                if (rowTiles >= nPanels) {
                    Parallel.forRange(0, rowTiles, grain, (t0, t1) -> computeBlock(t0 * mr, Math.min(m, t1 * mr),
                            0, ncCur, kc, ops, aBlock, packedB, cBlock, addToC));
                } else {
                    Parallel.forRange(0, nPanels, grain, (p0, p1) -> computeBlock(0, m,
                            p0 * nr, Math.min(ncCur, p1 * nr), kc, ops, aBlock, packedB, cBlock, addToC));
                }
            }
        }
    }

    /**
     * Rows [i0, i1) times the packed B columns [j0, j1), mc rows of A packed at a time. The
     * micro-kernel only adds, so C is cleared first when it is to be overwritten.
     */
    private void computeBlock(int i0, int i1, int j0, int j1, int kc, Operands<T> ops, int aBlock, T packedB,
                              int cBlock, boolean addToC) {
        Buffers<T> own = buffers.get();
        if (!addToC) {
            clear(i1 - i0, j1 - j0, ops.c, cBlock + i0 * ops.ldc + j0, ops.ldc, own.zeros.atLeast(j1 - j0));
        }
        T packedA = own.packedA.atLeast(Math.min(mc, GemmBlocking.roundUp(i1 - i0, mr)) * kc);
        for (int ic = i0; ic < i1; ic += mc) {
            int mcCur = Math.min(mc, i1 - ic);
            packing.packA(mcCur, kc, ops.a, aBlock + ic * ops.aRs, ops.aRs, ops.aCs, packedA);
            sweep(mcCur, j0, j1, kc, packedA, packedB, own, ops, cBlock + ic * ops.ldc);
        }
    }

    /** Adds a packed mc x kc block of A times panels [j0, j1) of a packed kc x nc block of B to C. */
    private void sweep(int mcCur, int j0, int j1, int kc, T packedA, T packedB, Buffers<T> own, Operands<T> ops,
                       int cOff) {
        for (int jr = j0; jr < j1; jr += nr) {
            int cols = Math.min(nr, j1 - jr);
            for (int ir = 0; ir < mcCur; ir += mr) {
                int rows = Math.min(mr, mcCur - ir);
                int cTile = cOff + ir * ops.ldc + jr;
                if (rows == mr && cols == nr) {
                    kernel.multiplyAdd(kc, packedA, ir * kc, packedB, jr * kc, ops.c, cTile, ops.ldc);
                } else {
                    T tile = own.edgeTile.atLeast(mr * nr);
                    copyRows(rows, cols, ops.c, cTile, ops.ldc, tile, 0, nr);
                    kernel.multiplyAdd(kc, packedA, ir * kc, packedB, jr * kc, tile, 0, nr);
                    copyRows(rows, cols, tile, 0, nr, ops.c, cTile, ops.ldc);
                }
            }
        }
    }

    /** Copies a rows x cols corner between two row-major arrays; works for any primitive array type. */
    private static <T> void copyRows(int rows, int cols, T src, int srcOff, int srcLd, T dst, int dstOff, int dstLd) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, srcOff + r * srcLd, dst, dstOff + r * dstLd, cols);
        }
    }

    private static <T> void clear(int rows, int cols, T c, int cOff, int ldc, T zeros) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(zeros, 0, c, cOff + r * ldc, cols);
        }
    }

    /**
     * One thread's buffers, grown on demand and reused across calls: packed panels, the scratch
     * tile an edge tile is computed in (its unused rows and columns are never read back), and a
     * row of zeros to clear C with.
     */
    private static final class Buffers<T> {
        final Buffer<T> packedA;
        final Buffer<T> packedB;
        final Buffer<T> edgeTile;
        final Buffer<T> zeros;

        Buffers(GemmArrays<T> arrays) {
            packedA = new Buffer<>(arrays);
            packedB = new Buffer<>(arrays);
            edgeTile = new Buffer<>(arrays);
            zeros = new Buffer<>(arrays);
        }
    }

    /** An array that is replaced by a larger one when a call needs more room. */
    private static final class Buffer<T> {
        private final GemmArrays<T> arrays;
        private T array;
        private int size;

        Buffer(GemmArrays<T> arrays) {
            this.arrays = arrays;
        }

        T atLeast(int needed) {
            if (array == null || size < needed) {
                array = arrays.allocate(needed);
                size = needed;
            }
            return array;
        }
    }
}
