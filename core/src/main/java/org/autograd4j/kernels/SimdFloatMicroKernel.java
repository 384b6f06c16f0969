package org.autograd4j.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float GEMM micro-kernel on the Vector API: a 12 x (2 vectors) tile, e.g. 12 x 32 floats at
 * 512 bits, the widest {@link SimdShape#SHAPE} allows.
 *
 * <p>Why this shape: the 24 accumulators live in plain locals so C2 keeps them in registers (24 of
 * the 32 AVX-512 registers, plus two B vectors and one broadcast A value). Each step loads two B
 * vectors and broadcasts each of the 12 A values once, so it does 24 fused multiply-adds per 14
 * loads. A 16-row tile would need more registers than exist and spill. Each accumulator starts
 * from its own {@code zero(S)}: sharing one zero vector among them made C2 keep every
 * accumulator boxed on the heap, at 1/100 of the speed, and so did passing accumulators to a
 * store helper; hence the written-out stores.
 *
 * <p>Until C2 has compiled this method (a few seconds into a run), it runs interpreted or under C1,
 * neither of which turns Vector API calls into instructions: about a thousand times slower. Both
 * benchmarks and users should expect that warm-up.
 *
 * <p>Loaded reflectively by {@link Gemm} so the library still links without the incubator module.
 */
final class SimdFloatMicroKernel implements FloatMicroKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.withShape(SimdShape.SHAPE);
    private static final int LANES = S.length();
    private static final int MR = 12;
    private static final int NR = 2 * LANES;

    @Override
    public int mr() {
        return MR;
    }

    @Override
    public int nr() {
        return NR;
    }

    @Override
    public void compute(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
                        boolean addToC) {
        FloatVector lo0 = FloatVector.zero(S), hi0 = FloatVector.zero(S);
        FloatVector lo1 = FloatVector.zero(S), hi1 = FloatVector.zero(S);
        FloatVector lo2 = FloatVector.zero(S), hi2 = FloatVector.zero(S);
        FloatVector lo3 = FloatVector.zero(S), hi3 = FloatVector.zero(S);
        FloatVector lo4 = FloatVector.zero(S), hi4 = FloatVector.zero(S);
        FloatVector lo5 = FloatVector.zero(S), hi5 = FloatVector.zero(S);
        FloatVector lo6 = FloatVector.zero(S), hi6 = FloatVector.zero(S);
        FloatVector lo7 = FloatVector.zero(S), hi7 = FloatVector.zero(S);
        FloatVector lo8 = FloatVector.zero(S), hi8 = FloatVector.zero(S);
        FloatVector lo9 = FloatVector.zero(S), hi9 = FloatVector.zero(S);
        FloatVector lo10 = FloatVector.zero(S), hi10 = FloatVector.zero(S);
        FloatVector lo11 = FloatVector.zero(S), hi11 = FloatVector.zero(S);
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
        if (addToC) {
            lo0.add(FloatVector.fromArray(S, c, cOff)).intoArray(c, cOff);
            hi0.add(FloatVector.fromArray(S, c, cOff + LANES)).intoArray(c, cOff + LANES);
            lo1.add(FloatVector.fromArray(S, c, cOff + 1 * ldc)).intoArray(c, cOff + 1 * ldc);
            hi1.add(FloatVector.fromArray(S, c, cOff + 1 * ldc + LANES)).intoArray(c, cOff + 1 * ldc + LANES);
            lo2.add(FloatVector.fromArray(S, c, cOff + 2 * ldc)).intoArray(c, cOff + 2 * ldc);
            hi2.add(FloatVector.fromArray(S, c, cOff + 2 * ldc + LANES)).intoArray(c, cOff + 2 * ldc + LANES);
            lo3.add(FloatVector.fromArray(S, c, cOff + 3 * ldc)).intoArray(c, cOff + 3 * ldc);
            hi3.add(FloatVector.fromArray(S, c, cOff + 3 * ldc + LANES)).intoArray(c, cOff + 3 * ldc + LANES);
            lo4.add(FloatVector.fromArray(S, c, cOff + 4 * ldc)).intoArray(c, cOff + 4 * ldc);
            hi4.add(FloatVector.fromArray(S, c, cOff + 4 * ldc + LANES)).intoArray(c, cOff + 4 * ldc + LANES);
            lo5.add(FloatVector.fromArray(S, c, cOff + 5 * ldc)).intoArray(c, cOff + 5 * ldc);
            hi5.add(FloatVector.fromArray(S, c, cOff + 5 * ldc + LANES)).intoArray(c, cOff + 5 * ldc + LANES);
            lo6.add(FloatVector.fromArray(S, c, cOff + 6 * ldc)).intoArray(c, cOff + 6 * ldc);
            hi6.add(FloatVector.fromArray(S, c, cOff + 6 * ldc + LANES)).intoArray(c, cOff + 6 * ldc + LANES);
            lo7.add(FloatVector.fromArray(S, c, cOff + 7 * ldc)).intoArray(c, cOff + 7 * ldc);
            hi7.add(FloatVector.fromArray(S, c, cOff + 7 * ldc + LANES)).intoArray(c, cOff + 7 * ldc + LANES);
            lo8.add(FloatVector.fromArray(S, c, cOff + 8 * ldc)).intoArray(c, cOff + 8 * ldc);
            hi8.add(FloatVector.fromArray(S, c, cOff + 8 * ldc + LANES)).intoArray(c, cOff + 8 * ldc + LANES);
            lo9.add(FloatVector.fromArray(S, c, cOff + 9 * ldc)).intoArray(c, cOff + 9 * ldc);
            hi9.add(FloatVector.fromArray(S, c, cOff + 9 * ldc + LANES)).intoArray(c, cOff + 9 * ldc + LANES);
            lo10.add(FloatVector.fromArray(S, c, cOff + 10 * ldc)).intoArray(c, cOff + 10 * ldc);
            hi10.add(FloatVector.fromArray(S, c, cOff + 10 * ldc + LANES)).intoArray(c, cOff + 10 * ldc + LANES);
            lo11.add(FloatVector.fromArray(S, c, cOff + 11 * ldc)).intoArray(c, cOff + 11 * ldc);
            hi11.add(FloatVector.fromArray(S, c, cOff + 11 * ldc + LANES)).intoArray(c, cOff + 11 * ldc + LANES);
        } else {
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
}
