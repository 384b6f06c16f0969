package org.autograd4j.kernels;

/**
 * Few products of long rows: {@code C[i][j] += Σ_q A[i][q] B[j][q]} for a small m x n C and rows of
 * A and B contiguous along q, as the weight gradient of an image network's first convolution is (32
 * channels by 9 taps, summed over 64 x 26 x 26 = 43,264 positions). The GEMM multiplies along the
 * rows of C, here 32 elements (16 per thread), too short for its vector loops: 4 GFLOP/s there.
 *
 * <p>Here the long dimension is the vector loop instead. q is cut into blocks of {@link #BLOCK};
 * each block of A's and B's rows is copied to scratch rows indexed from zero (the loop shape C2
 * vectorises on JDK 17 and 25, see {@link AlignedBlocks}), and every pair (i, j) adds the
 * products of its two rows, element by element, to its own row of {@code BLOCK} partial sums. At
 * the end each pair's partial sums are added up in order (in double) into C. Two loads, a load and a
 * store of the partial sum per multiply-add, on rows that stay in L1 and L2.
 *
 * <p>Threads take disjoint rows of C. Every element of C is the same sequence of operations
 * whatever the thread count, so results do not depend on it. Arrays are {@code float[]} or
 * {@code double[]}, all of one type.
 */
final class LongDotProducts {
    /** Positions per block, and partial sums per pair of rows. */
    static final int BLOCK = 512;
    /** Pairs whose partial sums one pass keeps (1 MiB of float32 rows); more rows of C take several passes. */
    private static final int MAX_PAIRS = 512;
    /** Multiply-adds a thread's share of the rows should have at least, so that splitting pays. */
    private static final int PARALLEL_WORK = 1 << 16;
    private static final boolean FMA = Cpu.hasFastFma();

    /** Per-thread scratch rows of {@link #BLOCK} elements, by element type (float, double). */
    private static final ThreadLocal<Object[][]> SCRATCH = ThreadLocal.withInitial(() -> new Object[2][0]);

    private LongDotProducts() {
    }

    /**
     * {@code c[cOff + i * ldc + j] += Σ_q a[aOff + i * aLd + q] · b[bOff + j * bLd + q]} for i below m,
     * j below n and q below {@code length}; the rows of C are split across threads.
     */
    static void add(int m, int n, int length, Object a, int aOff, int aLd, Object b, int bOff, int bLd, Object c,
                    int cOff, int ldc) {
        long rowWork = (long) n * length;
        int grain = (int) Math.max(1, PARALLEL_WORK / Math.max(1, rowWork));
        int passRows = Math.max(1, MAX_PAIRS / Math.max(1, n));
        Parallel.forRange(0, m, grain, (i0, i1) -> {
            for (int p0 = i0; p0 < i1; p0 += passRows) {
                addRows(p0, Math.min(i1, p0 + passRows), n, length, a, aOff, aLd, b, bOff, bLd, c, cOff, ldc);
            }
        });
    }

    /** C's rows [i0, i1) in one pass over q: their pairs' partial sums, then their folding into C. */
    private static void addRows(int i0, int i1, int n, int length, Object a, int aOff, int aLd, Object b, int bOff,
                                int bLd, Object c, int cOff, int ldc) {
        int pairs = (i1 - i0) * n;
        Object[] rows = scratch(a, pairs + n + 1); // the pairs' partial sums, B's n rows, A's row
        for (int r = 0; r < pairs; r++) {
            clear(rows[r]);
        }
        Object aRow = rows[pairs + n];
        for (int q0 = 0; q0 < length; q0 += BLOCK) {
            int len = Math.min(BLOCK, length - q0);
            for (int j = 0; j < n; j++) {
                System.arraycopy(b, bOff + j * bLd + q0, rows[pairs + j], 0, len);
            }
            for (int i = i0; i < i1; i++) {
                System.arraycopy(a, aOff + i * aLd + q0, aRow, 0, len);
                for (int j = 0; j < n; j++) {
                    multiplyAdd(len, aRow, rows[pairs + j], rows[(i - i0) * n + j]);
                }
            }
        }
        for (int i = i0; i < i1; i++) {
            for (int j = 0; j < n; j++) {
                int at = cOff + i * ldc + j;
                ArrayRuns.set(c, at, ArrayRuns.get(c, at) + sum(rows[(i - i0) * n + j]));
            }
        }
    }

    /** At least {@code count} scratch rows of {@code like}'s element type, reused by this thread. */
    private static Object[] scratch(Object like, int count) {
        Object[][] byType = SCRATCH.get();
        boolean floats = like instanceof float[];
        int slot = floats ? 0 : 1;
        Object[] rows = byType[slot];
        if (rows.length < count) {
            rows = java.util.Arrays.copyOf(rows, count);
            for (int r = byType[slot].length; r < count; r++) {
                rows[r] = floats ? new float[BLOCK] : new double[BLOCK];
            }
            byType[slot] = rows;
        }
        return rows;
    }

    private static void clear(Object row) {
        if (row instanceof float[] f) {
            java.util.Arrays.fill(f, 0f);
        } else {
            java.util.Arrays.fill((double[]) row, 0d);
        }
    }

    /** {@code sums[q] += x[q] · y[q]} for q below {@code len}. */
    private static void multiplyAdd(int len, Object x, Object y, Object sums) {
        if (x instanceof float[] xf) {
            multiplyAdd(len, xf, (float[]) y, (float[]) sums);
        } else {
            multiplyAdd(len, (double[]) x, (double[]) y, (double[]) sums);
        }
    }

    // Typed loops: the element loop must not dispatch on the array type.

    private static void multiplyAdd(int len, float[] x, float[] y, float[] sums) {
        if (FMA) {
            for (int q = 0; q < len; q++) {
                sums[q] = Math.fma(x[q], y[q], sums[q]);
            }
        } else {
            for (int q = 0; q < len; q++) {
                sums[q] += x[q] * y[q];
            }
        }
    }

    /** float64 (gradient checks) multiplies and adds apart on every CPU: its rounding is far below what they test. */
    private static void multiplyAdd(int len, double[] x, double[] y, double[] sums) {
        for (int q = 0; q < len; q++) {
            sums[q] += x[q] * y[q];
        }
    }

    /** A row's partial sums added up in order, in double. */
    private static double sum(Object row) {
        double total = 0;
        if (row instanceof float[] f) {
            for (float v : f) {
                total += v;
            }
        } else {
            for (double v : (double[]) row) {
                total += v;
            }
        }
        return total;
    }
}
