package org.autograd4j.kernels;

/** The float64 twin of {@link FloatMicroKernel}, which explains the contract. */
abstract class DoubleMicroKernel extends TileShape {
    DoubleMicroKernel(int mr, int nr) {
        super(mr, nr);
    }

    abstract void multiplyAdd(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc);
}
