package org.autograd4j.kernels;

/**
 * The element-typed half of the blocked GEMM: buffers, packing, the micro-kernel and edge tiles,
 * for one primitive array type {@code T} ({@code float[]} or {@code double[]}).
 *
 * <p>{@link BlockedGemm} owns the loops over blocks and threads and calls these once per panel or
 * micro-tile, never per element, so the per-element loops stay primitive and monomorphic.
 */
interface GemmPanels<T> {
    /** Rows of a micro-tile. */
    int mr();

    /** Columns of a micro-tile. */
    int nr();

    /** A new zeroed array of {@code size} elements. */
    T allocate(int size);

    int length(T array);

    /** Packs A(0..mc, 0..kc) as panels of mr rows: panel at ir * kc, element (r, p) at + p * mr + r. */
    void packA(int mcCur, int kc, T a, int off, int rs, int cs, T dst);

    /** Packs columns [j0, j1) of B(0..kc, ..) as panels of nr columns: panel at jr * kc, (p, j) at + p * nr + j. */
    void packB(int kc, int j0, int j1, T b, int off, int rs, int cs, T dst);

    /** Adds the product of packed panels to one full mr x nr tile of {@code c}. */
    void tile(int kc, T a, int aOff, T b, int bOff, T c, int cOff, int ldc);
}
