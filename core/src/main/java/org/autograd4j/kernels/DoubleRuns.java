package org.autograd4j.kernels;

/**
 * Float64's loops for {@link ScalarKernels}' fast paths: contiguous runs of the cheap operations, and a
 * contiguous run with one broadcast value, each operation its own loop over double arrays, which C2
 * auto-vectorises: float64 add and mul, one thread, took 42-56% less CPU time than the strided loop on 64K
 * elements and 16% less on 1M (memory-bound there; medians of 5 runs on a shared, loaded machine). The float32
 * loops, in {@code ScalarKernels}, are the same operations over float arrays: C2 vectorises a loop over
 * one primitive array type only, so the innermost loops are typed while the choice of loop is shared.
 */
final class DoubleRuns implements ScalarKernels.FastLoops<double[]> {
    static final DoubleRuns LOOPS = new DoubleRuns();

    private DoubleRuns() {
    }

    /** {@code out = a op b} over contiguous runs; false for operations without a loop here. */
    @Override
    public boolean contiguous(BinaryOp op, int n, double[] a, int aOff, double[] b, int bOff, double[] out,
                              int outOff) {
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] + b[bOff + i];
                }
                return true;
            case SUB:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] - b[bOff + i];
                }
                return true;
            case MUL:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] * b[bOff + i];
                }
                return true;
            case DIV:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] / b[bOff + i];
                }
                return true;
            default:
                return false;
        }
    }

    /** {@code out = a op b[bOff]}: a contiguous run and one value (a row shifted or scaled); false otherwise. */
    @Override
    public boolean withScalar(BinaryOp op, int n, double[] a, int aOff, double[] bs, int bOff, double[] out,
                              int outOff) {
        double b = bs[bOff];
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] + b;
                }
                return true;
            case SUB:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] - b;
                }
                return true;
            case MUL:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] * b;
                }
                return true;
            default:
                return false;
        }
    }

    /** {@code out = op(x)} over contiguous runs; false for operations without a loop here (exp, tanh, log...). */
    @Override
    public boolean contiguous(UnaryOp op, int n, double[] x, int xOff, double[] out, int outOff) {
        switch (op) {
            case NEG:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = -x[xOff + i];
                }
                return true;
            case ABS:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = Math.abs(x[xOff + i]);
                }
                return true;
            case SQRT:
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = Math.sqrt(x[xOff + i]);
                }
                return true;
            case RELU:
                // Math.max keeps NaN and turns -0 into +0, as relu's definition in ScalarKernels.apply
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = Math.max(x[xOff + i], 0.0);
                }
                return true;
            default:
                return false;
        }
    }
}
