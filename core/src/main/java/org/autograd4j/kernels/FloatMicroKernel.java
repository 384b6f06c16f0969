package org.autograd4j.kernels;

/**
 * Adds the product of two packed panels to one {@code mr() x nr()} tile of a float matrix.
 *
 * <p>{@code a} holds an A panel as {@code kc} groups of {@code mr()} values (one column of the
 * tile's rows each); {@code b} holds a B panel as {@code kc} groups of {@code nr()} values. The
 * tile is {@code c[cOff + r * ldc + j]}; the driver clears it first when C is to be overwritten.
 *
 * <p>Why one operation with no flag: on JDK 17, C1 could not compile the earlier 1,954-byte
 * kernel with both a "store" and an "add to C" epilogue ("out of virtual registers"); when the
 * compile queue was long, the tiered policy left it at C1's tier 2, where the Vector API runs as
 * its Java fallback, and never promoted it to C2: 10-60x slower for the rest of the run
 * (docs/BENCHMARKS.md has the compile logs). Choosing the accumulators' start value by a flag
 * instead put vectors through a merge point (a phi), which made C2 box them on the heap.
 * Accumulators that always start from C need neither, and the kernel stays small enough for C1.
 */
abstract class FloatMicroKernel extends TileShape {
    FloatMicroKernel(int mr, int nr) {
        super(mr, nr);
    }

    abstract void multiplyAdd(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc);
}
