package org.autograd4j.kernels;

/**
 * The element-typed half of the blocked GEMM: allocation, the strided copy that packing is built
 * on, and the micro-kernel, for one primitive array type {@code T} ({@code float[]} or
 * {@code double[]}).
 *
 * <p>{@link BlockedGemm} and {@link GemmPacking} own the loops over blocks, panels and threads and
 * call these once per run or micro-tile, never per element, so the per-element loops stay primitive and monomorphic.
 */
interface GemmPanels<T> {
    /** Rows of a micro-tile. */
    int mr();

    /** Columns of a micro-tile. */
    int nr();

    /** A new zeroed array of {@code size} elements. */
    T allocate(int size);

    int length(T array);

    /** {@code dst[dstOff + i * dstStride] = src[srcOff + i * srcStride]} for {@code i < n}. */
    void copyStrided(int n, T src, int srcOff, int srcStride, T dst, int dstOff, int dstStride);

    /** Adds the product of packed panels to one full mr x nr tile of {@code c}. */
    void tile(int kc, T a, int aOff, T b, int bOff, T c, int cOff, int ldc);
}
