package org.autograd4j.kernels;

import org.autograd4j.Threads;

/**
 * General matrix multiply, {@code C = A B} or {@code C += A B}, for float and double arrays.
 *
 * <p>A and B are read through a row and a column stride, {@code A(i, p) = a[aOff + i * aRowStride
 * + p * aColStride]}, so transposed and other strided views are multiplied without being copied
 * first. C is row-major with leading dimension {@code ldc}.
 *
 * <h2>How it is fast</h2>
 * The design is Goto's, as in BLIS and OpenBLAS. Pure-Java libraries such as EJML block more
 * simply, which suffices while scalar arithmetic is the bottleneck; with SIMD arithmetic, loads
 * and cache misses become the limit, and the full scheme pays off.
 * <ol>
 * <li><b>Micro-kernel.</b> The innermost unit adds to a small tile of C held entirely in
 * registers, as a sum over k of outer products of a column of A and a row of B. The tile is sized
 * for the register file and chosen at start-up: 12 x 32 floats with AVX-512's 32 registers, 6 x 16
 * with AVX2's 16 ({@link #floatKernel}). Every value loaded is used 6 to 32 times, so the loop is
 * bound by fused multiply-add throughput rather than by loads. The kernel only adds, so the driver
 * clears C first when the product overwrites it: one operation and no flag keeps the kernel small
 * enough for JDK 17's compilers ({@link MicroKernel} says what went wrong before).</li>
 * <li><b>Packing.</b> Before the micro-kernel runs, a block of A and a block of B are copied into
 * contiguous panels in exactly the order the micro-kernel reads them, zero-padded to whole tiles.
 * This is where strides and transposes are absorbed, and it makes every inner-loop load
 * sequential. Packing costs O(mk + kn) and is amortised over O(mnk) arithmetic.</li>
 * <li><b>Cache blocking</b> ({@link GemmBlocking}). k is cut into slices of KC = 256 so one kc x nr
 * panel of B (16 or 32 KiB) stays in L1 while the micro-kernel sweeps down the A block; A is packed MC =
 * 192 rows at a time so that block (192 KiB) stays in L2 across all panels of B; B is packed NC
 * columns at a time, the block being read from L3.</li>
 * <li><b>Threads.</b> For large products the threads pack each block of B together, then multiply
 * it by disjoint row (or, when C is wide and short, column) ranges aligned to whole tiles, each
 * packing its own blocks of A ({@link Parallel}). Every element of C is computed by the same
 * sequence of operations whatever the thread count, so results do not depend on it.</li>
 * </ol>
 * Products with few multiply-adds, a single row or a single column skip packing: {@link SmallGemm}.
 * Without the Vector API (a JVM started without {@code --add-modules jdk.incubator.vector}, or
 * without C2), float32 products run {@link StreamingFloatGemm}, plain Java that C2 auto-vectorises,
 * and so does a SIMD product that {@link GemmWatchdog} caught running uncompiled. float64 products
 * always use a 4 x 4 scalar micro-kernel on the packed path.
 */
public final class Gemm {
    /** Below this many multiply-adds, packing costs more than it saves. */
    private static final long SMALL_WORK = 32L * 32 * 32;
    /** Below this many multiply-adds, waking a second thread costs more than it saves. */
    private static final long PARALLEL_WORK = 128L * 128 * 128;

    /** Vectors this wide come with 32 registers (AVX-512), enough for the 12-row tile. */
    private static final int WIDE_REGISTER_FILE_BITS = 512;

    /**
     * From this feature release the auto-vectorised GEMM is the faster one even with the Vector API:
     * JDK 25 compiles the register-tiled micro-kernel to slow code (n = 1024: 80 ms against 43 ms for
     * {@link StreamingFloatGemm}, AVX2 Zen 3, docs/BENCHMARKS.md).
     */
    private static final int STREAMING_PREFERRED_FROM_JDK = 25;

    private static final GemmDriver<float[]> FLOAT_DRIVER = floatDriver();
    private static final GemmWatchdog<GemmDriver<float[]>> FLOAT = GemmWatchdog.forDriver("float32 GEMM",
            FLOAT_DRIVER, FLOAT_DRIVER instanceof BlockedGemm, StreamingFloatGemm::new);
    private static final GemmWatchdog<GemmDriver<double[]>> DOUBLE = GemmWatchdog.forDriver("float64 GEMM",
            doubleDriver(), false, Gemm::doubleDriver);

    private Gemm() {
    }

    /** {@code C[m x n] = A[m x k] B[k x n]}, plus the old C if {@code accumulate}. */
    public static void gemm(int m, int n, int k, float[] a, int aOff, int aRowStride, int aColStride, float[] b,
                            int bOff, int bRowStride, int bColStride, float[] c, int cOff, int ldc,
                            boolean accumulate) {
        multiply(SmallGemm::multiply, FLOAT, m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride,
                bColStride, c, cOff, ldc, accumulate);
    }

    /** The float64 twin of {@link #gemm(int, int, int, float[], int, int, int, float[], int, int, int, float[], int, int, boolean)}. */
    public static void gemm(int m, int n, int k, double[] a, int aOff, int aRowStride, int aColStride, double[] b,
                            int bOff, int bRowStride, int bColStride, double[] c, int cOff, int ldc,
                            boolean accumulate) {
        multiply(SmallGemm::multiply, DOUBLE, m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride,
                bColStride, c, cOff, ldc, accumulate);
    }

    /** Either type's product: the direct loops for small ones, else the watched driver. */
    private static <T> void multiply(GemmDriver<T> small, GemmWatchdog<GemmDriver<T>> watched, int m, int n, int k,
                                     T a, int aOff, int aRs, int aCs, T b, int bOff, int bRs, int bCs, T c, int cOff,
                                     int ldc, boolean accumulate) {
        checkShape(m, n, k);
        if (m == 0 || n == 0) {
            return;
        }
        if (isSmall(m, n, k)) {
            small.multiply(false, m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, ldc, accumulate);
            return;
        }
        long work = (long) m * n * k;
        long judged = watched.start(work);
        watched.driver().multiply(isWorthThreads(m, n, k), m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff,
                ldc, accumulate);
        watched.finish(judged, work);
    }

    /** The tiles in use, e.g. "float32 6x16, float64 6x8", as {@link Kernels#describe()} reports them. */
    static String describeTiles() {
        return "float32 " + FLOAT.driver().describe() + watchdogNote(FLOAT) + ", float64 " + DOUBLE.driver().describe()
                + watchdogNote(DOUBLE);
    }

    private static String watchdogNote(GemmWatchdog<?> guarded) {
        return guarded.switchedToFallback() ? " (fallback after the watchdog)" : "";
    }

    /**
     * The packed SIMD driver when the Vector API is in use and this JDK compiles it well, the
     * auto-vectorised one otherwise; {@code -Dautograd4j.gemm.float=simd|streaming} overrides the
     * choice (simd only with the Vector API), to compare them.
     */
    static GemmDriver<float[]> floatDriver() {
        String forced = System.getProperty("autograd4j.gemm.float", "");
        boolean simd = Kernels.simdEnabled() && (forced.equals("simd")
                || !forced.equals("streaming") && Runtime.version().feature() < STREAMING_PREFERRED_FROM_JDK);
        return simd ? new BlockedGemm<>(floatKernel(), GemmArrays.FLOATS) : new StreamingFloatGemm();
    }

    /**
     * The SIMD float micro-kernel for this machine: the 12-row tile where vectors are 512 bits wide
     * (and the CPU has 32 registers), the 6-row one otherwise; {@code -Dautograd4j.gemm.rows=6|12}
     * overrides the choice, to compare them. Only call when {@link Kernels#simdEnabled()}.
     */
    static MicroKernel<float[]> floatKernel() {
        int rows = Integer.getInteger("autograd4j.gemm.rows",
                Kernels.vectorBits() >= WIDE_REGISTER_FILE_BITS ? 12 : 6);
        return Kernels.loadSimd(rows == 12 ? "SimdFloatMicroKernel12x2" : "SimdFloatMicroKernel6x2");
    }

    /**
     * float64 always takes the plain-Java tile: it is the gradient-checking dtype, a user's JVM (no
     * flags) runs that tile anyway, and a SIMD twin of the float tile cost 80 lines for the JVM
     * started with the Vector API only.
     */
    private static GemmDriver<double[]> doubleDriver() {
        return new BlockedGemm<>(new ScalarDoubleMicroKernel(), GemmArrays.DOUBLES);
    }

    private static void checkShape(int m, int n, int k) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("negative matrix dimension: m=" + m + " n=" + n + " k=" + k);
        }
    }

    /**
     * k == 0 also goes here: the direct loops then just clear C (or leave it, when accumulating). So
     * does k == 1, an outer product (the weight gradient of a batch of one): packing cannot pay off
     * with a single multiply-add per element, and on JDK 17 the SIMD micro-kernel ran its one-step
     * loop as plain Java, allocating 5 MB per 512 x 512 product.
     */
    private static boolean isSmall(int m, int n, int k) {
        return m == 1 || n == 1 || k <= 1 || (long) m * n * k <= SMALL_WORK;
    }

    private static boolean isWorthThreads(int m, int n, int k) {
        return (long) m * n * k >= PARALLEL_WORK && Threads.get() > 1;
    }
}
