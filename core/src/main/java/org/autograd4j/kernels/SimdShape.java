package org.autograd4j.kernels;

import java.util.function.IntSupplier;

import jdk.incubator.vector.VectorShape;

/**
 * The vector width all SIMD kernels use: the CPU's preferred one, capped by
 * {@code -Dautograd4j.vector.bits=128|256|512} (to compare widths, or to avoid 512-bit code on CPUs
 * that slow down for it). Only SIMD classes may touch {@link #SHAPE}, as it needs the incubator
 * module; others get the width in bits through {@link Kernels#vectorBits()}, which loads this class
 * reflectively as an {@link IntSupplier}.
 */
final class SimdShape implements IntSupplier {
    static final VectorShape SHAPE = choose();

    SimdShape() {
    }

    @Override
    public int getAsInt() {
        return SHAPE.vectorBitSize();
    }

    private static VectorShape choose() {
        int preferred = VectorShape.preferredShape().vectorBitSize();
        int cap = Integer.getInteger("autograd4j.vector.bits", preferred);
        return VectorShape.forBitSize(Math.max(128, Math.min(preferred, Integer.highestOneBit(cap))));
    }
}
