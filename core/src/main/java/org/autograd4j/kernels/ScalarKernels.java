package org.autograd4j.kernels;

/** The portable provider: plain Java loops, always available. */
final class ScalarKernels implements ElementwiseKernels {

    @Override
    public void binary(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                       float[] out, int outOff, int outStride) {
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = (float) apply(op, a[aOff + i * aStride], b[bOff + i * bStride]);
        }
    }

    @Override
    public void binary(BinaryOp op, int n, double[] a, int aOff, int aStride, double[] b, int bOff, int bStride,
                       double[] out, int outOff, int outStride) {
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = apply(op, a[aOff + i * aStride], b[bOff + i * bStride]);
        }
    }

    @Override
    public void unary(UnaryOp op, int n, float[] x, int xOff, int xStride, float[] out, int outOff, int outStride) {
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = (float) apply(op, x[xOff + i * xStride]);
        }
    }

    @Override
    public void unary(UnaryOp op, int n, double[] x, int xOff, int xStride, double[] out, int outOff, int outStride) {
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = apply(op, x[xOff + i * xStride]);
        }
    }

    @Override
    public double sum(int n, float[] x, int off, int stride) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[off + i * stride];
        }
        return s;
    }

    @Override
    public double sum(int n, double[] x, int off, int stride) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[off + i * stride];
        }
        return s;
    }

    @Override
    public String name() {
        return "scalar";
    }

    static double apply(BinaryOp op, double a, double b) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
            case MAX: return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
            case MIN: return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
            case POW: return Math.pow(a, b);
            default: throw new AssertionError(op);
        }
    }

    static double apply(UnaryOp op, double x) {
        switch (op) {
            case NEG: return -x;
            case ABS: return Math.abs(x);
            case EXP: return Math.exp(x);
            case LOG: return Math.log(x);
            case SQRT: return Math.sqrt(x);
            case TANH: return Math.tanh(x);
            case SIGMOID: return 1.0 / (1.0 + Math.exp(-x));
            case RELU: return x > 0 ? x : (Double.isNaN(x) ? x : 0.0);
            default: throw new AssertionError(op);
        }
    }
}
