package org.autograd4j.kernels;

import java.util.function.IntFunction;

/**
 * What the blocked GEMM needs to know of its array type {@code T}: how to allocate one, and the
 * strided copy that packing is built on. {@link BlockedGemm} and {@link GemmPacking} call the copy
 * once per run of kc or nr elements, never per element; the loops themselves are typed because only
 * a loop over a primitive array stays unboxed.
 *
 * @param <T> the array type, {@code float[]} or {@code double[]}
 */
final class GemmArrays<T> {
    static final GemmArrays<float[]> FLOATS = new GemmArrays<>(float[]::new, GemmArrays::copyStrided);
    static final GemmArrays<double[]> DOUBLES = new GemmArrays<>(double[]::new, GemmArrays::copyStrided);

    /** {@code dst[dstOff + i * dstStride] = src[srcOff + i * srcStride]} for {@code i < n}. */
    @FunctionalInterface
    interface StridedCopy<T> {
        void copy(int n, T src, int srcOff, int srcStride, T dst, int dstOff, int dstStride);
    }

    private final IntFunction<T> allocator;
    private final StridedCopy<T> copy;

    private GemmArrays(IntFunction<T> allocator, StridedCopy<T> copy) {
        this.allocator = allocator;
        this.copy = copy;
    }

    /** A new zeroed array of {@code size} elements. */
    T allocate(int size) {
        return allocator.apply(size);
    }

    /** {@code dst[dstOff + i * dstStride] = src[srcOff + i * srcStride]} for {@code i < n}. */
    void copyStrided(int n, T src, int srcOff, int srcStride, T dst, int dstOff, int dstStride) {
        copy.copy(n, src, srcOff, srcStride, dst, dstOff, dstStride);
    }

    private static void copyStrided(int n, float[] src, int srcOff, int srcStride, float[] dst, int dstOff,
                                    int dstStride) {
        for (int i = 0; i < n; i++) {
            dst[dstOff + i * dstStride] = src[srcOff + i * srcStride];
        }
    }

    private static void copyStrided(int n, double[] src, int srcOff, int srcStride, double[] dst, int dstOff,
                                    int dstStride) {
        for (int i = 0; i < n; i++) {
            dst[dstOff + i * dstStride] = src[srcOff + i * srcStride];
        }
    }
}
