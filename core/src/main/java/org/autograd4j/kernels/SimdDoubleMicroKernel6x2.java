package org.autograd4j.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double GEMM micro-kernel: a 6 x (2 vectors) tile (6 x 8 doubles at 256 bits, 6 x 16 at
 * 512), the float {@link SimdFloatMicroKernel6x2} in double lanes. It stays a separate class
 * because the Vector API has no element-generic load or broadcast that C2 compiles to
 * instructions, and float64 (the gradient-checking dtype) would be 5-10x slower on the scalar
 * kernel. One tile serves both register files: 15 registers fit AVX2, and on AVX-512 twelve
 * accumulators still cover the FMA latency; a 12-row double tile was not worth a fourth kernel.
 *
 * <p>Loaded reflectively so the library still links without the incubator module.
 */
final class SimdDoubleMicroKernel6x2 extends MicroKernel<double[]> {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED.withShape(SimdShape.SHAPE);
    private static final int LANES = S.length();
    private static final int MR = 6;
    private static final int NR = 2 * LANES;

    SimdDoubleMicroKernel6x2() {
        super(MR, NR);
    }

    @Override
    void multiplyAdd(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc) {
        DoubleVector lo0 = DoubleVector.fromArray(S, c, cOff);
        DoubleVector hi0 = DoubleVector.fromArray(S, c, cOff + LANES);
        DoubleVector lo1 = DoubleVector.fromArray(S, c, cOff + 1 * ldc);
        DoubleVector hi1 = DoubleVector.fromArray(S, c, cOff + 1 * ldc + LANES);
        DoubleVector lo2 = DoubleVector.fromArray(S, c, cOff + 2 * ldc);
        DoubleVector hi2 = DoubleVector.fromArray(S, c, cOff + 2 * ldc + LANES);
        DoubleVector lo3 = DoubleVector.fromArray(S, c, cOff + 3 * ldc);
        DoubleVector hi3 = DoubleVector.fromArray(S, c, cOff + 3 * ldc + LANES);
        DoubleVector lo4 = DoubleVector.fromArray(S, c, cOff + 4 * ldc);
        DoubleVector hi4 = DoubleVector.fromArray(S, c, cOff + 4 * ldc + LANES);
        DoubleVector lo5 = DoubleVector.fromArray(S, c, cOff + 5 * ldc);
        DoubleVector hi5 = DoubleVector.fromArray(S, c, cOff + 5 * ldc + LANES);
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
