package org.autograd4j.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double GEMM micro-kernel on the Vector API: a 12 x (2 vectors) tile, e.g. 12 x 16 doubles at
 * 512 bits, the widest {@link SimdShape#SHAPE} allows.
 *
 * <p>Why this shape: the 24 accumulators live in plain locals so C2 keeps them in registers (24 of
 * the 32 AVX-512 registers, plus two B vectors and one broadcast A value). Each step loads two B
 * vectors and broadcasts each of the 12 A values once, so it does 24 fused multiply-adds per 14
 * loads. A 16-row tile would need more registers than exist and spill. Each accumulator starts
 * from its own {@code zero(S)}: sharing one zero vector among them made C2 keep every
 * accumulator boxed on the heap, at 1/100 of the speed, and so did passing accumulators to a
 * store helper; hence the written-out stores. When adding to C, the accumulators start from C
 * instead of zero, so there is one epilogue: a second (load-add-store) epilogue made the method
 * large enough that JDK 17's C2 sometimes hit its node limit and compiled it without the Vector
 * API intrinsics, 5-50x slower for the rest of the run.
 *
 * <p>Until C2 has compiled this method (a few seconds into a run), it runs interpreted or under C1,
 * neither of which turns Vector API calls into instructions: about a thousand times slower. Both
 * benchmarks and users should expect that warm-up.
 *
 * <p>Loaded reflectively by {@link Gemm} so the library still links without the incubator module.
 */
final class SimdDoubleMicroKernel implements DoubleMicroKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED.withShape(SimdShape.SHAPE);
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
    public void compute(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
                        boolean addToC) {
        DoubleVector lo0 = addToC ? DoubleVector.fromArray(S, c, cOff) : DoubleVector.zero(S);
        DoubleVector hi0 = addToC ? DoubleVector.fromArray(S, c, cOff + LANES) : DoubleVector.zero(S);
        DoubleVector lo1 = addToC ? DoubleVector.fromArray(S, c, cOff + 1 * ldc) : DoubleVector.zero(S);
        DoubleVector hi1 = addToC ? DoubleVector.fromArray(S, c, cOff + 1 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo2 = addToC ? DoubleVector.fromArray(S, c, cOff + 2 * ldc) : DoubleVector.zero(S);
        DoubleVector hi2 = addToC ? DoubleVector.fromArray(S, c, cOff + 2 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo3 = addToC ? DoubleVector.fromArray(S, c, cOff + 3 * ldc) : DoubleVector.zero(S);
        DoubleVector hi3 = addToC ? DoubleVector.fromArray(S, c, cOff + 3 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo4 = addToC ? DoubleVector.fromArray(S, c, cOff + 4 * ldc) : DoubleVector.zero(S);
        DoubleVector hi4 = addToC ? DoubleVector.fromArray(S, c, cOff + 4 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo5 = addToC ? DoubleVector.fromArray(S, c, cOff + 5 * ldc) : DoubleVector.zero(S);
        DoubleVector hi5 = addToC ? DoubleVector.fromArray(S, c, cOff + 5 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo6 = addToC ? DoubleVector.fromArray(S, c, cOff + 6 * ldc) : DoubleVector.zero(S);
        DoubleVector hi6 = addToC ? DoubleVector.fromArray(S, c, cOff + 6 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo7 = addToC ? DoubleVector.fromArray(S, c, cOff + 7 * ldc) : DoubleVector.zero(S);
        DoubleVector hi7 = addToC ? DoubleVector.fromArray(S, c, cOff + 7 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo8 = addToC ? DoubleVector.fromArray(S, c, cOff + 8 * ldc) : DoubleVector.zero(S);
        DoubleVector hi8 = addToC ? DoubleVector.fromArray(S, c, cOff + 8 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo9 = addToC ? DoubleVector.fromArray(S, c, cOff + 9 * ldc) : DoubleVector.zero(S);
        DoubleVector hi9 = addToC ? DoubleVector.fromArray(S, c, cOff + 9 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo10 = addToC ? DoubleVector.fromArray(S, c, cOff + 10 * ldc) : DoubleVector.zero(S);
        DoubleVector hi10 = addToC ? DoubleVector.fromArray(S, c, cOff + 10 * ldc + LANES) : DoubleVector.zero(S);
        DoubleVector lo11 = addToC ? DoubleVector.fromArray(S, c, cOff + 11 * ldc) : DoubleVector.zero(S);
        DoubleVector hi11 = addToC ? DoubleVector.fromArray(S, c, cOff + 11 * ldc + LANES) : DoubleVector.zero(S);
        for (int p = 0; p < kc; p++) {
            int ai = aOff + p * MR;
            int bi = bOff + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bi);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bi + LANES);
            DoubleVector x;
            x = DoubleVector.broadcast(S, a[ai]);
            lo0 = x.fma(b0, lo0);
            hi0 = x.fma(b1, hi0);
            x = DoubleVector.broadcast(S, a[ai + 1]);
            lo1 = x.fma(b0, lo1);
            hi1 = x.fma(b1, hi1);
            x = DoubleVector.broadcast(S, a[ai + 2]);
            lo2 = x.fma(b0, lo2);
            hi2 = x.fma(b1, hi2);
            x = DoubleVector.broadcast(S, a[ai + 3]);
            lo3 = x.fma(b0, lo3);
            hi3 = x.fma(b1, hi3);
            x = DoubleVector.broadcast(S, a[ai + 4]);
            lo4 = x.fma(b0, lo4);
            hi4 = x.fma(b1, hi4);
            x = DoubleVector.broadcast(S, a[ai + 5]);
            lo5 = x.fma(b0, lo5);
            hi5 = x.fma(b1, hi5);
            x = DoubleVector.broadcast(S, a[ai + 6]);
            lo6 = x.fma(b0, lo6);
            hi6 = x.fma(b1, hi6);
            x = DoubleVector.broadcast(S, a[ai + 7]);
            lo7 = x.fma(b0, lo7);
            hi7 = x.fma(b1, hi7);
            x = DoubleVector.broadcast(S, a[ai + 8]);
            lo8 = x.fma(b0, lo8);
            hi8 = x.fma(b1, hi8);
            x = DoubleVector.broadcast(S, a[ai + 9]);
            lo9 = x.fma(b0, lo9);
            hi9 = x.fma(b1, hi9);
            x = DoubleVector.broadcast(S, a[ai + 10]);
            lo10 = x.fma(b0, lo10);
            hi10 = x.fma(b1, hi10);
            x = DoubleVector.broadcast(S, a[ai + 11]);
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
