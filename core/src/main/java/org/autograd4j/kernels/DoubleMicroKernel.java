package org.autograd4j.kernels;

/** The float64 twin of {@link FloatMicroKernel}, which explains the contract. */
interface DoubleMicroKernel {
    int mr();

    int nr();

    void multiplyAdd(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc);
}
