package org.autograd4j.kernels;

/**
 * Adds the product of two packed panels to one {@code mr() x nr()} tile of a matrix, for one array
 * type {@code T} ({@code float[]} or {@code double[]}).
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
 *
 * <p>Each implementation is one typed method on purpose: the Vector API compiles to SIMD
 * instructions only for a concrete vector class (FloatVector, DoubleVector) with a constant
 * species, so the tiles cannot share a generic body.
 *
 * @param <T> the array type
 */
abstract class MicroKernel<T> {
    private final int mr;
    private final int nr;

    MicroKernel(int mr, int nr) {
        this.mr = mr;
        this.nr = nr;
    }

    /** Rows of a micro-tile. */
    final int mr() {
        return mr;
    }

    /** Columns of a micro-tile. */
    final int nr() {
        return nr;
    }

    abstract void multiplyAdd(int kc, T a, int aOff, T b, int bOff, T c, int cOff, int ldc);
}
