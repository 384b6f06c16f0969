package org.autograd4j.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float GEMM micro-kernel for CPUs with 16 vector registers (AVX2, and any width below 512
 * bits): a 6 x (2 vectors) tile, 6 x 16 floats at 256 bits, as BLIS's Haswell kernel.
 * {@link GemmTiles} picks it at start-up.
 *
 * <p>Why this shape: 12 accumulators, two B vectors and one broadcast A value fill 15 of the 16
 * registers, so nothing spills (the 12-row tile needs 27 and spilled, at under half this speed).
 * Twelve independent fused multiply-add chains cover the FMA latency of two pipes. Each step does
 * 12 multiply-adds per 8 loads. Why the accumulators start from C and there is no flag:
 * {@link MicroKernel}. It repeats the 12-row and the double tile line for line on purpose: the
 * accumulators must be named locals for C2 to keep them in registers, so each tile is its own
 * straight-line method (678 bytes of bytecode, well within JDK 17's C1 limits).
 *
 * <p>Loaded reflectively so the library still links without the incubator module.
 */
final class SimdFloatMicroKernel6x2 extends MicroKernel<float[]> {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.withShape(SimdShape.SHAPE);
    private static final int LANES = S.length();
    private static final int MR = 6;
    private static final int NR = 2 * LANES;

    SimdFloatMicroKernel6x2() {
        super(MR, NR);
    }

    @Override
    void multiplyAdd(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc) {
        FloatVector lo0 = FloatVector.fromArray(S, c, cOff);
        FloatVector hi0 = FloatVector.fromArray(S, c, cOff + LANES);
        FloatVector lo1 = FloatVector.fromArray(S, c, cOff + 1 * ldc);
        FloatVector hi1 = FloatVector.fromArray(S, c, cOff + 1 * ldc + LANES);
        FloatVector lo2 = FloatVector.fromArray(S, c, cOff + 2 * ldc);
        FloatVector hi2 = FloatVector.fromArray(S, c, cOff + 2 * ldc + LANES);
        FloatVector lo3 = FloatVector.fromArray(S, c, cOff + 3 * ldc);
        FloatVector hi3 = FloatVector.fromArray(S, c, cOff + 3 * ldc + LANES);
        FloatVector lo4 = FloatVector.fromArray(S, c, cOff + 4 * ldc);
        FloatVector hi4 = FloatVector.fromArray(S, c, cOff + 4 * ldc + LANES);
        FloatVector lo5 = FloatVector.fromArray(S, c, cOff + 5 * ldc);
        FloatVector hi5 = FloatVector.fromArray(S, c, cOff + 5 * ldc + LANES);
        for (int p = 0; p < kc; p++) {
            int ai = aOff + p * MR;
            int bi = bOff + p * NR;
            FloatVector b0 = FloatVector.fromArray(S, b, bi);
            FloatVector b1 = FloatVector.fromArray(S, b, bi + LANES);
            FloatVector x;
            x = FloatVector.broadcast(S, a[ai]);
            lo0 = x.fma(b0, lo0);
            hi0 = x.fma(b1, hi0);
            x = FloatVector.broadcast(S, a[ai + 1]);
            lo1 = x.fma(b0, lo1);
            hi1 = x.fma(b1, hi1);
            x = FloatVector.broadcast(S, a[ai + 2]);
            lo2 = x.fma(b0, lo2);
            hi2 = x.fma(b1, hi2);
            x = FloatVector.broadcast(S, a[ai + 3]);
            lo3 = x.fma(b0, lo3);
            hi3 = x.fma(b1, hi3);
            x = FloatVector.broadcast(S, a[ai + 4]);
            lo4 = x.fma(b0, lo4);
            hi4 = x.fma(b1, hi4);
            x = FloatVector.broadcast(S, a[ai + 5]);
            lo5 = x.fma(b0, lo5);
            hi5 = x.fma(b1, hi5);
        }
        lo0.intoArray(c, cOff);
        hi0.intoArray(c, cOff + LANES);
        lo1.intoArray(c, cOff + 1 * ldc);
        hi1.intoArray(c, cOff + 1 * ldc + LANES);
        lo2.intoArray(c, cOff + 2 * ldc);
        hi2.intoArray(c, cOff + 2 * ldc + LANES);
        lo3.intoArray(c, cOff + 3 * ldc);
        hi3.intoArray(c, cOff + 3 * ldc + LANES);
        lo4.intoArray(c, cOff + 4 * ldc);
        hi4.intoArray(c, cOff + 4 * ldc + LANES);
        lo5.intoArray(c, cOff + 5 * ldc);
        hi5.intoArray(c, cOff + 5 * ldc + LANES);
    }
}
