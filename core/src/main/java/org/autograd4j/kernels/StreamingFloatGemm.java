package org.autograd4j.kernels;

import org.autograd4j.Threads;

/**
 * The float32 GEMM that runs when the Vector API is not there, which is how a user starts the JVM:
 * {@code jdk.incubator.vector} is only resolved with {@code --add-modules}. Plain Java, shaped so
 * that C2's auto-vectoriser (SuperWord) turns its inner loops into AVX2 or AVX-512 code on JDK 17
 * and 25 alike: at n = 1024 about 43 GFLOP/s per core (CPU time) on an AVX2 Zen 3 on JDK 17, with
 * eight rows of B per pass over whole blocks, and 49 on JDK 25, which vectorises a pass over two
 * rows of C at once; the 4 x 4 register tile it replaced ran at 5 (C2 does not vectorise a tile
 * held in scalar locals).
 *
 * <p><b>The inner loop</b> adds four rows of B, each times one value of A, to one row of C:
 * {@code c[j] += a0 b0[j] + a1 b1[j] + a2 b2[j] + a3 b3[j]} over the whole row. Each array is a
 * separate one indexed from zero, and the loop body is small; each of these is needed:
 * <ul>
 * <li>Separate arrays from offset zero: JDK 17 did not vectorise the same loop over rows at
 * different offsets of one array, and JDK 25 does not vectorise {@code c[ci + j]} against
 * {@code b[bi + j]} when it cannot prove the two do not overlap. So B is packed into one array per
 * row ({@link #KC} rows of {@link #NC} columns) and C into one array per row ({@link #MC} rows),
 * copied in and out once per block.</li>
 * <li>A small loop body: JDK 17 unrolls a loop only up to {@code LoopUnrollLimit} nodes, and a body
 * too large to unroll to a vector's width is not vectorised (twelve rows of B ran 8x slower, on JDK 25
 * too). Eight rows of B into one row of C still vectorise on JDK 17, two rows of C (each value of B
 * loaded once for both) only from JDK 25; see {@link Pass}.</li>
 * </ul>
 * Each value of B loaded is used once per row of C (twice with paired rows): with four rows of B,
 * five loads and a store for four multiply-adds, bound by loads and stores from L1, which is why it
 * stays below the register-tiled SIMD kernel. Per block, the rows of B being streamed (at most 16
 * KiB) stay in L1 while the loop runs down the {@link #MC} rows of C, whose block (128 KiB) stays in
 * L2.
 *
 * <p><b>Why C is not kept in L1.</b> Each pass reads and writes every row of the C block from L2, so
 * a blocking whose C rows stay in L1 for the whole depth (B's rows then streamed from L2 once per
 * few rows of C) looked like the way to the FMA bound. Measured (AVX2 Zen 3, CPU time,
 * docs/BENCHMARKS.md, session 8), it is not: JDK 17's eight-row pass runs at the same 38-41 GFLOP/s
 * with its C rows in L1, L2 or L3, so its own loads and stores bound it, not L2; JDK 25's paired pass
 * reaches 65-68 with both its C and B rows in L1 against 52-54 with C from L2, but no order keeps
 * both there: blocks of 8 or 16 rows of C through the whole depth ({@link #KC} of 1024, 256 or 128)
 * ran at 0.79-1.10x of this order on the MLP's products and n = 256 to 1024 on both JDKs, within the
 * noise or below, blocks of 4 rows 15-30% slower, and no better were blocks of 256 columns or a
 * three-row pass. The order stays.
 *
 * <p><b>Threads</b> share the packed B. When they take disjoint rows of C, each KC x NC block of B
 * is packed once, into the calling thread's buffer, its rows split over the threads; then ({@link
 * Parallel} returning is the barrier) the threads multiply rows of A by the whole block, through
 * their own C buffers, claiming chunks of at most {@link #MC} rows ({@link #rowsPerChunk}): from 256
 * rows on 2 threads each has several, so a thread that wakes late or is descheduled by another
 * process holds back one chunk, not half the product. The caller, out of chunks, spins 50 us for
 * the workers' last ones, then parks ({@link Chunks}); an idle worker spins 50 us for the next
 * product, then parks ({@link WorkerPool}). Both spun longer before (3 ms and 200 us): on a loaded machine each
 * spin burnt a core while the other thread waited for one, and n = 128 to 512 took 1.15-1.45x the
 * CPU time of one thread on two, 1.0-1.2x now (docs/BENCHMARKS.md, session 7). Before session 6,
 * each thread packed all of B for its rows: with two threads every block was copied twice and took
 * twice the room in L3. When C is wide and short the threads take disjoint columns instead (not for
 * the eight-row pass when there are a block's rows, as narrower parts would lose its full-width
 * blocks), each packing only its own columns of B, so nothing is copied twice there either. The
 * MLP's products split evenly: on JDK 17 all by rows (128 rows as two chunks of 64, 256 x 512 x 128
 * and 512 x 784 x 128 as four and eight), on JDK 25 all by columns (256 + 256 of 512, 392 + 392 of
 * 784); those with 10 rows, columns or a depth of 10 are below {@link Gemm}'s threshold for threads.
 * Every element of C is the same sequence of operations whatever the split, the chunks and the pass
 * (one chain of fma over p, or of multiply and add), so results do not depend on the thread count.
 *
 * <p>{@link Math#fma} where the JVM compiles it to the CPU's instruction (one rounding, one
 * instruction); otherwise a multiply and an add, since a software fma is hundreds of times slower.
 */
final class StreamingFloatGemm implements GemmDriver<float[]> {
    /** Columns of B and C in a block: long rows keep the vectorised loop in its unrolled main part. */
    static final int NC = 512;
    /**
     * Rows of B packed at once, at most: the depth between two visits of a C block, and between two
     * barriers of the threads that share the block. It need not fit a cache (the loop streams B a few
     * rows at a time, 16 KiB at most, down the block of C). With 256 rows a 1024^3 product had 16
     * barriers instead of 4, and on two threads of a loaded machine took 15-30% more CPU time than with
     * 1024 (docs/BENCHMARKS.md, session 6).
     */
    static final int KC = 1024;
    /** Rows of C in a block: the block is visited once per pass over rows of B, so it must stay in L2. */
    static final int MC = 64;
    /** Feature release from which C2 vectorises {@link #addFourRowsToTwo}; JDK 17's does not. */
    private static final int PAIRED_ROWS_FROM_JDK = 25;

    /**
     * The widest pass of the inner loop, the rest of a block taking the narrower ones. Measured in CPU
     * time on a 64 x 256 x 512 block, AVX2 Zen 3: four rows 43 GFLOP/s on JDK 17 and 25; eight rows
     * 51-55 on JDK 17 and 48 on JDK 25; two rows of C by four of B 11 on JDK 17 (not vectorised) and
     * 53-55 on JDK 25. Eight and paired rows need {@link Math#fma}: with a multiply and an add per
     * term the body is twice as large.
     */
    enum Pass {
        /** One row of C, four rows of B per pass. */
        FOUR_ROWS(4),
        /**
         * One row of C, eight rows of B per pass: the best pass that JDK 17 vectorises, and only over
         * a block of the full {@link #NC} columns (see {@link #addEightRows}); narrower blocks take four.
         */
        EIGHT_ROWS(8),
        /** Two rows of C, four rows of B per pass: loads per multiply-add fall from 1.25 to 0.75. */
        TWO_ROWS_BY_FOUR(4);

        /** Rows of B one pass adds; a block's depth is cut into slices of this many. */
        final int depth;

        Pass(int depth) {
            this.depth = depth;
        }
    }

    private final boolean fma;
    private final Pass pass;
    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

    /** The variant for this JVM and CPU. */
    StreamingFloatGemm() {
        this(Cpu.hasFastFma(), Runtime.version().feature() >= PAIRED_ROWS_FROM_JDK ? Pass.TWO_ROWS_BY_FOUR
                : Pass.EIGHT_ROWS);
    }

    /**
     * @param fma  whether to use {@link Math#fma}
     * @param pass the widest pass; without fma always {@link Pass#FOUR_ROWS}. Tests run every variant.
     */
    StreamingFloatGemm(boolean fma, Pass pass) {
        this.fma = fma;
        this.pass = fma ? pass : Pass.FOUR_ROWS;
    }

    @Override
    public String describe() {
        return (pass == Pass.TWO_ROWS_BY_FOUR ? "2 rows" : "rows") + " x" + pass.depth + " (auto-vectorised"
                + (fma ? ", fma)" : ")");
    }

    @Override
    public void multiply(boolean parallel, int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b,
                         int bOff, int bRs, int bCs, float[] c, int cOff, int ldc, boolean accumulate) {
        if (splitsRows(m, n)) {
            multiplyBlocks(parallel, m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, ldc, accumulate);
        } else {
            Parallel.forRange(0, n, parallel ? 1 : n, (j0, j1) -> multiplyBlocks(false, m, j1 - j0, k, a, aOff, aRs,
                    aCs, b, bOff + j0 * bCs, bRs, bCs, c, cOff + j0, ldc, accumulate));
        }
    }

    /**
     * Whether threads take rows of C, sharing each packed block of B, rather than columns, each
     * packing its own columns of B: rows when C is at least as tall as wide, and for the eight-row
     * pass whenever there is a block's worth of rows, since a column split would cut its full-width
     * blocks.
     */
    private boolean splitsRows(int m, int n) {
        return m >= n || pass == Pass.EIGHT_ROWS && m >= MC;
    }

    /**
     * The blocked product of an m x n part of C. Each kc x nc block of B is packed once into the
     * calling thread's buffer, its rows split over the threads when {@code parallel}, then the threads
     * multiply it by chunks of A's rows ({@link #rowsPerChunk}); {@link Parallel} returning is the
     * barrier between the two.
     */
    private void multiplyBlocks(boolean parallel, int m, int n, int k, float[] a, int aOff, int aRs, int aCs,
                                float[] b, int bOff, int bRs, int bCs, float[] c, int cOff, int ldc,
                                boolean accumulate) {
        float[][] packedB = buffers.get().rowsOfB(Math.min(KC, k));
        int chunkRows = parallel ? rowsPerChunk(m) : m;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            int cBlock = cOff + jc;
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                int bBlock = bOff + pc * bRs + jc * bCs;
                Parallel.forRange(0, kc, parallel ? GemmBlocking.PACK_GRAIN / nc : kc,
                        (p0, p1) -> packB(p0, p1, nc, b, bBlock, bRs, bCs, packedB));
                int aBlock = aOff + pc * aCs;
                boolean addToC = accumulate || pc > 0;
                Parallel.forChunks(0, m, chunkRows, (i0, i1) -> multiplyRows(i0, i1, nc, kc, a, aBlock, aRs, aCs,
                        packedB, c, cBlock, ldc, addToC));
            }
        }
    }

    /**
     * Rows of C per chunk when threads share a block of B: an even share of the rows, but at most a
     * block's {@link #MC} rows, so that from 2 MC rows per thread (256 rows on 2 threads) each thread
     * has several chunks and one that wakes late, or that another process deschedules, holds back
     * one chunk while the other takes the rest, instead of half the product. Not fewer rows: every
     * chunk streams the whole packed block of B once: with the MLP's 784 x 512 block (1.6 MB, read
     * from L3) chunks of 32 and 16 rows cost 4% and 9% more CPU time than chunks of 64
     * (docs/BENCHMARKS.md, session 7). Whole pairs of rows, for the paired pass. Results do not depend
     * on the chunks: every row is the same operations in any of them.
     */
    static int rowsPerChunk(int m) {
        int threads = Threads.get();
        int evenShare = (m + threads - 1) / threads;
        return Math.min(MC, GemmBlocking.roundUp(evenShare, 2));
    }

    /**
     * Rows [i0, i1) of the C block at {@code cBlock} get A's rows times the packed block of B, added to
     * them or not; {@link #MC} rows at a time, copied through this thread's row buffers.
     */
    private void multiplyRows(int i0, int i1, int nc, int kc, float[] a, int aBlock, int aRs, int aCs,
                              float[][] packedB, float[] c, int cBlock, int ldc, boolean addToC) {
        float[][] cRows = buffers.get().c;
        for (int ic = i0; ic < i1; ic += MC) {
            int mc = Math.min(MC, i1 - ic);
            int cAt = cBlock + ic * ldc;
            loadC(mc, nc, c, cAt, ldc, addToC, cRows);
            multiplyBlock(mc, nc, kc, a, aBlock + ic * aRs, aRs, aCs, packedB, cRows);
            storeC(mc, nc, cRows, c, cAt, ldc);
        }
    }

    /** Adds the mc x kc block of A at {@code aBlock} times the packed B rows to the packed C rows. */
    private void multiplyBlock(int mc, int nc, int kc, float[] a, int aBlock, int aRs, int aCs, float[][] bRows,
                               float[][] cRows) {
        int p = 0;
        if (pass == Pass.EIGHT_ROWS && nc == NC) {
            for (; p + 8 <= kc; p += 8) {
                addEightRowsEach(mc, a, aBlock + p * aCs, aRs, aCs, bRows, p, cRows);
            }
        }
        for (; p + 4 <= kc; p += 4) {
            float[] b0 = bRows[p];
            float[] b1 = bRows[p + 1];
            float[] b2 = bRows[p + 2];
            float[] b3 = bRows[p + 3];
            int i = 0;
            if (pass == Pass.TWO_ROWS_BY_FOUR) {
                for (; i + 1 < mc; i += 2) {
                    int ai = aBlock + i * aRs + p * aCs;
                    int ae = ai + aRs;
                    addFourRowsToTwo(nc, a[ai], a[ai + aCs], a[ai + 2 * aCs], a[ai + 3 * aCs], a[ae], a[ae + aCs],
                            a[ae + 2 * aCs], a[ae + 3 * aCs], b0, b1, b2, b3, cRows[i], cRows[i + 1]);
                }
            }
            for (; i < mc; i++) {
                int ai = aBlock + i * aRs + p * aCs;
                addFourRows(nc, a[ai], a[ai + aCs], a[ai + 2 * aCs], a[ai + 3 * aCs], b0, b1, b2, b3, cRows[i]);
            }
        }
        for (; p < kc; p++) {
            for (int i = 0; i < mc; i++) {
                addRow(nc, a[aBlock + i * aRs + p * aCs], bRows[p], cRows[i]);
            }
        }
    }

    /** Adds packed B rows p..p+7 times A's columns at {@code aColumn} to each of the mc full-width rows of C. */
    private static void addEightRowsEach(int mc, float[] a, int aColumn, int aRs, int aCs, float[][] bRows,
                                         int p, float[][] cRows) {
        float[] b0 = bRows[p];
        float[] b1 = bRows[p + 1];
        float[] b2 = bRows[p + 2];
        float[] b3 = bRows[p + 3];
        float[] b4 = bRows[p + 4];
        float[] b5 = bRows[p + 5];
        float[] b6 = bRows[p + 6];
        float[] b7 = bRows[p + 7];
        for (int i = 0; i < mc; i++) {
            int ai = aColumn + i * aRs;
            addEightRows(a[ai], a[ai + aCs], a[ai + 2 * aCs], a[ai + 3 * aCs], a[ai + 4 * aCs], a[ai + 5 * aCs],
                    a[ai + 6 * aCs], a[ai + 7 * aCs], b0, b1, b2, b3, b4, b5, b6, b7, cRows[i]);
        }
    }

    /**
     * {@code c[j] += a0 b0[j] + ... + a7 b7[j]} over a whole block row, one fma per term. JDK 17
     * vectorises this body only with a constant trip count ({@link #NC}): with a variable one it is
     * over {@code LoopUnrollLimit} (it vectorises with {@code -XX:LoopUnrollLimit=120}), at 8 GFLOP/s
     * against 51-55. Further loops for 256- and 128-column blocks, each with a literal bound, were
     * 12-25% faster on products of those widths alone but 10-20% slower in a process that runs both
     * widths, as the MLP does (docs/BENCHMARKS.md, session 5), so narrower blocks take four rows.
     */
    private static void addEightRows(float a0, float a1, float a2, float a3, float a4, float a5, float a6,
                                     float a7, float[] b0, float[] b1, float[] b2, float[] b3, float[] b4, float[] b5,
                                     float[] b6, float[] b7, float[] c) {
        for (int j = 0; j < NC; j++) {
            float low = Math.fma(a3, b3[j], Math.fma(a2, b2[j], Math.fma(a1, b1[j], Math.fma(a0, b0[j], c[j]))));
            c[j] = Math.fma(a7, b7[j], Math.fma(a6, b6[j], Math.fma(a5, b5[j], Math.fma(a4, b4[j], low))));
        }
    }

    /** {@code c[j] += a0 b0[j] + a1 b1[j] + a2 b2[j] + a3 b3[j]}: the loop C2 vectorises. */
    private void addFourRows(int n, float a0, float a1, float a2, float a3, float[] b0, float[] b1, float[] b2,
                             float[] b3, float[] c) {
        if (fma) {
            for (int j = 0; j < n; j++) {
                c[j] = Math.fma(a3, b3[j], Math.fma(a2, b2[j], Math.fma(a1, b1[j], Math.fma(a0, b0[j], c[j]))));
            }
        } else {
            for (int j = 0; j < n; j++) {
                c[j] = c[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
            }
        }
    }

    /**
     * {@link #addFourRows} for two rows of C at once, each value of B loaded once for both: JDK 25
     * vectorises this (30% faster), JDK 17 does not (4x slower), hence {@link Pass}.
     */
    private static void addFourRowsToTwo(int n, float a0, float a1, float a2, float a3, float e0, float e1, float e2,
                                         float e3, float[] b0, float[] b1, float[] b2, float[] b3, float[] c,
                                         float[] d) {
        for (int j = 0; j < n; j++) {
            float x0 = b0[j];
            float x1 = b1[j];
            float x2 = b2[j];
            float x3 = b3[j];
            c[j] = Math.fma(a3, x3, Math.fma(a2, x2, Math.fma(a1, x1, Math.fma(a0, x0, c[j]))));
            d[j] = Math.fma(e3, x3, Math.fma(e2, x2, Math.fma(e1, x1, Math.fma(e0, x0, d[j]))));
        }
    }

    private void addRow(int n, float a0, float[] b0, float[] c) {
        if (fma) {
            for (int j = 0; j < n; j++) {
                c[j] = Math.fma(a0, b0[j], c[j]);
            }
        } else {
            for (int j = 0; j < n; j++) {
                c[j] = c[j] + a0 * b0[j];
            }
        }
    }

    /**
     * Copies rows [p0, p1) of the kc x nc block of B at {@code bBlock} into the packed rows; eight at a
     * time when B's rows are strided (a transposed weight), see {@link #packEightStridedRows}.
     */
    private static void packB(int p0, int p1, int nc, float[] b, int bBlock, int bRs, int bCs, float[][] rows) {
        int p = p0;
        if (bCs != 1) {
            for (; p + 8 <= p1; p += 8) {
                packEightStridedRows(nc, b, bBlock + p * bRs, bRs, bCs, rows[p], rows[p + 1], rows[p + 2],
                        rows[p + 3], rows[p + 4], rows[p + 5], rows[p + 6], rows[p + 7]);
            }
        }
        for (; p < p1; p++) {
            int from = bBlock + p * bRs;
            float[] row = rows[p];
            if (bCs == 1) {
                System.arraycopy(b, from, row, 0, nc);
            } else {
                for (int j = 0; j < nc; j++) {
                    row[j] = b[from + j * bCs];
                }
            }
        }
    }

    /**
     * Packs eight consecutive rows of a B whose rows are strided ({@code bCs != 1}): each packed row
     * gathers one value per column of B, so one row at a time reads every cache line of B for a single
     * value, and with a power-of-two stride (the MLP's 256 x 512 weight, rows 2 KiB apart) those lines
     * fall into a few L1 sets and are evicted before the next row comes back for them. Eight rows take eight
     * neighbouring values from each line read: 1.06-1.27x on the 128 x 512 x 256 product with B
     * transposed, JDK 17 and 25 (docs/BENCHMARKS.md, session 8).
     */
    private static void packEightStridedRows(int nc, float[] b, int from, int bRs, int bCs, float[] r0, float[] r1,
                                             float[] r2, float[] r3, float[] r4, float[] r5, float[] r6,
                                             float[] r7) {
        for (int j = 0; j < nc; j++) {
            int at = from + j * bCs;
            r0[j] = b[at];
            r1[j] = b[at + bRs];
            r2[j] = b[at + 2 * bRs];
            r3[j] = b[at + 3 * bRs];
            r4[j] = b[at + 4 * bRs];
            r5[j] = b[at + 5 * bRs];
            r6[j] = b[at + 6 * bRs];
            r7[j] = b[at + 7 * bRs];
        }
    }

    /** Copies a C block into the row buffers, or clears them when C is to be overwritten. */
    private static void loadC(int mc, int nc, float[] c, int cBlock, int ldc, boolean addToC, float[][] rows) {
        for (int i = 0; i < mc; i++) {
            if (addToC) {
                System.arraycopy(c, cBlock + i * ldc, rows[i], 0, nc);
            } else {
                java.util.Arrays.fill(rows[i], 0, nc, 0f);
            }
        }
    }

    private static void storeC(int mc, int nc, float[][] rows, float[] c, int cBlock, int ldc) {
        for (int i = 0; i < mc; i++) {
            System.arraycopy(rows[i], 0, c, cBlock + i * ldc, nc);
        }
    }

    /**
     * One thread's packed rows of B and C, reused by every product: C's 128 KiB allocated at once, B's
     * rows (2 KiB each, up to 2 MiB) as deeper products need them.
     */
    private static final class Buffers {
        private final float[][] b = new float[KC][];
        final float[][] c = new float[MC][NC];

        /** The packed rows of B, at least the first {@code depth} allocated. */
        float[][] rowsOfB(int depth) {
            for (int p = depth - 1; p >= 0 && b[p] == null; p--) {
                b[p] = new float[NC];
            }
            return b;
        }
    }
}
