package org.autograd4j.kernels;

/**
 * Adds the product of two packed panels to one {@code mr() x nr()} tile of a float matrix.
 *
 * <p>{@code a} holds an A panel as {@code kc} groups of {@code mr()} values (one column of the
 * tile's rows each); {@code b} holds a B panel as {@code kc} groups of {@code nr()} values. The
 * tile is {@code c[cOff + r * ldc + j]}; the driver clears it first when C is to be overwritten.
 *
 * <p>Why one operation with no flag: on JDK 17, C2 compiled a micro-kernel that had both a
 * "store" and an "add to C" epilogue close to its node limit, and then sometimes left the Vector
 * API calls as calls into their Java fallback, 10-60x slower for the rest of the run; choosing the
 * accumulators' start value by a flag put vectors through a merge point (a phi), which made C2
 * box them on the heap. Accumulators that always start from C need neither.
 */
abstract class FloatMicroKernel extends TileShape {
    FloatMicroKernel(int mr, int nr) {
        super(mr, nr);
    }

    abstract void multiplyAdd(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc);
}
