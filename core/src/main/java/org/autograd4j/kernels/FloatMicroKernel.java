package org.autograd4j.kernels;

/**
 * Computes one {@code mr() x nr()} tile of a float matrix product from packed panels.
 *
 * <p>{@code a} holds an A panel as {@code kc} groups of {@code mr()} values (one column of the
 * tile's rows each); {@code b} holds a B panel as {@code kc} groups of {@code nr()} values. The
 * tile is written to {@code c[cOff + r * ldc + j]}, added to what is there if {@code addToC}.
 */
interface FloatMicroKernel {
    int mr();

    int nr();

    void compute(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc, boolean addToC);
}
