package org.autograd4j.kernels;

/** Holds the optimizer kernels chosen as {@link Kernels} chose its provider, loaded on first use. */
final class OptimizerKernelChoice {
    /** The serial provider: SIMD when available, scalar otherwise. */
    static final OptimizerKernels SERIAL = Kernels.simdEnabled()
            ? Kernels.loadSimd("SimdOptimizerKernels") : new ScalarOptimizerKernels();
    static final OptimizerKernels CHOSEN = new ParallelOptimizerKernels(SERIAL);

    private OptimizerKernelChoice() {
    }
}
