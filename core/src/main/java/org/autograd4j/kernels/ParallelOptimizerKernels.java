package org.autograd4j.kernels;

/**
 * Splits long optimizer updates over {@link Parallel}. Every element's update reads and writes
 * only that element, so the result does not depend on the thread count.
 */
final class ParallelOptimizerKernels implements OptimizerKernels {
    private final OptimizerKernels serial;

    ParallelOptimizerKernels(OptimizerKernels serial) {
        this.serial = serial;
    }

    @Override
    public void sgd(SgdStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] buf, int sOff) {
        Parallel.forRange(0, n, ParallelKernels.MIN_PARALLEL, (from, to) ->
                serial.sgd(h, to - from, p, pOff + from, g, gOff + from, buf, sOff + from));
    }

    @Override
    public void adam(AdamStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] m, float[] v,
                     float[] vMax, int sOff) {
        Parallel.forRange(0, n, ParallelKernels.MIN_PARALLEL, (from, to) ->
                serial.adam(h, to - from, p, pOff + from, g, gOff + from, m, v, vMax, sOff + from));
    }
}
