package org.autograd4j.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float GEMM micro-kernel for CPUs with 32 vector registers (AVX-512): a 12 x (2 vectors) tile,
 * 12 x 32 floats at 512 bits. {@link GemmTiles} picks it at start-up.
 *
 * <p>Why this shape: the 24 accumulators live in plain locals so C2 keeps them in registers (24 of
 * the 32 AVX-512 registers, plus two B vectors and one broadcast A value). Each step loads two B
 * vectors and broadcasts each of the 12 A values once, so it does 24 fused multiply-adds per 14
 * loads. With 16 registers (AVX2) the same tile spills; {@link SimdFloatMicroKernel6x2} is that
 * machine's tile. Why the accumulators start from C and there is no flag: {@link MicroKernel}. Why
 * it repeats the 6-row tile line for line rather than sharing code: {@link SimdFloatMicroKernel6x2}.
 *
 * <p>Loaded reflectively so the library still links without the incubator module.
 */
final class SimdFloatMicroKernel12x2 extends MicroKernel<float[]> {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.withShape(SimdShape.SHAPE);
    private static final int LANES = S.length();
    private static final int MR = 12;
    private static final int NR = 2 * LANES;

    SimdFloatMicroKernel12x2() {
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
        FloatVector lo6 = FloatVector.fromArray(S, c, cOff + 6 * ldc);
        FloatVector hi6 = FloatVector.fromArray(S, c, cOff + 6 * ldc + LANES);
        FloatVector lo7 = FloatVector.fromArray(S, c, cOff + 7 * ldc);
        FloatVector hi7 = FloatVector.fromArray(S, c, cOff + 7 * ldc + LANES);
        FloatVector lo8 = FloatVector.fromArray(S, c, cOff + 8 * ldc);
        FloatVector hi8 = FloatVector.fromArray(S, c, cOff + 8 * ldc + LANES);
        FloatVector lo9 = FloatVector.fromArray(S, c, cOff + 9 * ldc);
        FloatVector hi9 = FloatVector.fromArray(S, c, cOff + 9 * ldc + LANES);
        FloatVector lo10 = FloatVector.fromArray(S, c, cOff + 10 * ldc);
        FloatVector hi10 = FloatVector.fromArray(S, c, cOff + 10 * ldc + LANES);
        FloatVector lo11 = FloatVector.fromArray(S, c, cOff + 11 * ldc);
        FloatVector hi11 = FloatVector.fromArray(S, c, cOff + 11 * ldc + LANES);
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
            x = FloatVector.broadcast(S, a[ai + 6]);
            lo6 = x.fma(b0, lo6);
            hi6 = x.fma(b1, hi6);
            x = FloatVector.broadcast(S, a[ai + 7]);
            lo7 = x.fma(b0, lo7);
            hi7 = x.fma(b1, hi7);
            x = FloatVector.broadcast(S, a[ai + 8]);
            lo8 = x.fma(b0, lo8);
            hi8 = x.fma(b1, hi8);
            x = FloatVector.broadcast(S, a[ai + 9]);
            lo9 = x.fma(b0, lo9);
            hi9 = x.fma(b1, hi9);
            x = FloatVector.broadcast(S, a[ai + 10]);
            lo10 = x.fma(b0, lo10);
            hi10 = x.fma(b1, hi10);
            x = FloatVector.broadcast(S, a[ai + 11]);
            lo11 = x.fma(b0, lo11);
            hi11 = x.fma(b1, hi11);
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
        lo6.intoArray(c, cOff + 6 * ldc);
        hi6.intoArray(c, cOff + 6 * ldc + LANES);
        lo7.intoArray(c, cOff + 7 * ldc);
        hi7.intoArray(c, cOff + 7 * ldc + LANES);
        lo8.intoArray(c, cOff + 8 * ldc);
        hi8.intoArray(c, cOff + 8 * ldc + LANES);
        lo9.intoArray(c, cOff + 9 * ldc);
        hi9.intoArray(c, cOff + 9 * ldc + LANES);
        lo10.intoArray(c, cOff + 10 * ldc);
        hi10.intoArray(c, cOff + 10 * ldc + LANES);
        lo11.intoArray(c, cOff + 11 * ldc);
        hi11.intoArray(c, cOff + 11 * ldc + LANES);
    }
}
