package org.autograd4j.kernels;

/**
 * The portable provider: plain Java loops, always available; {@link SimdKernels} extends it with
 * vector loops for float32 (and inherits these for float64).
 *
 * <p>Fully contiguous runs of the cheap operations, and a contiguous run with one broadcast value,
 * get their own loops, which C2 auto-vectorises; everything else goes through one strided loop per
 * signature. Which loop a run takes is decided once for both dtypes ({@link #fastBinary},
 * {@link #fastUnary}); the loops themselves are typed, C2 vectorising a loop only over one primitive
 * array type with the operation fixed (a loop applying a per-element switch or a lambda measured 2 to
 * 7 times slower). Float math runs in double and is rounded once to float, which is exact for + - * /
 * and at least as accurate as float math elsewhere; float exp, tanh and sigmoid of contiguous runs
 * are {@link PortableMath}'s (at most 1 ulp), ten to thirty times faster than {@link Math#exp}
 * without the Vector API. The sums have four accumulators in a loop over one primitive array, for
 * both dtypes.
 */
class ScalarKernels implements ElementwiseKernels {
    /** One array type's loops for the fast paths; each returns false for an operation it has no loop for. */
    interface FastLoops<T> {
        boolean contiguous(BinaryOp op, int n, T a, int aOff, T b, int bOff, T out, int outOff);

        boolean withScalar(BinaryOp op, int n, T a, int aOff, T b, int bOff, T out, int outOff);

        boolean contiguous(UnaryOp op, int n, T x, int xOff, T out, int outOff);
    }

    private static final FastLoops<float[]> FLOAT_LOOPS = new FastLoops<>() {
        @Override
        public boolean contiguous(BinaryOp op, int n, float[] a, int aOff, float[] b, int bOff, float[] out,
                                  int outOff) {
            return contiguousBinary(op, n, a, aOff, b, bOff, out, outOff);
        }

        @Override
        public boolean withScalar(BinaryOp op, int n, float[] a, int aOff, float[] b, int bOff, float[] out,
                                  int outOff) {
            return ScalarKernels.withScalar(op, n, a, aOff, b[bOff], out, outOff);
        }

        @Override
        public boolean contiguous(UnaryOp op, int n, float[] x, int xOff, float[] out, int outOff) {
            return contiguousUnary(op, n, x, xOff, out, outOff);
        }
    };

    /** Runs a binary operation through a fast loop if the layout and operation have one; false otherwise. */
    private static <T> boolean fastBinary(FastLoops<T> loops, BinaryOp op, int n, T a, int aOff, int aStride, T b,
                                          int bOff, int bStride, T out, int outOff, int outStride) {
        if (aStride != 1 || outStride != 1) {
            return false;
        }
        return bStride == 1 ? loops.contiguous(op, n, a, aOff, b, bOff, out, outOff)
                : bStride == 0 && n > 0 && loops.withScalar(op, n, a, aOff, b, bOff, out, outOff);
    }

    /** Runs a unary operation through a fast loop if the layout and operation have one; false otherwise. */
    private static <T> boolean fastUnary(FastLoops<T> loops, UnaryOp op, int n, T x, int xOff, int xStride, T out,
                                         int outOff, int outStride) {
        return xStride == 1 && outStride == 1 && loops.contiguous(op, n, x, xOff, out, outOff);
    }

    @Override
    public void binary(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                       float[] out, int outOff, int outStride) {
        if (fastBinary(FLOAT_LOOPS, op, n, a, aOff, aStride, b, bOff, bStride, out, outOff, outStride)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = (float) apply(op, a[aOff + i * aStride], b[bOff + i * bStride]);
        }
    }

    /**
     * A contiguous run and one broadcast value (a row shifted or scaled, as softmax does), in float
     * as the contiguous loops; returns false for operations without a loop here.
     */
    private static boolean withScalar(BinaryOp op, int n, float[] a, int aOff, float b, float[] out, int outOff) {
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
                if (a == out && aOff == outOff) {
                    scaleInPlace(n, out, outOff, b);
                    return true;
                }
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = a[aOff + i] * b;
                }
                return true;
            default:
                return false;
        }
    }

    /** One array at one offset: the shape of loop C2 vectorises (softmax's final scaling of a row). */
    static void scaleInPlace(int n, float[] x, int off, float b) {
        for (int i = 0; i < n; i++) {
            x[off + i] *= b;
        }
    }

    /** Loops C2 can vectorise; returns false for operations without one. */
    private static boolean contiguousBinary(BinaryOp op, int n, float[] a, int aOff, float[] b, int bOff,
                                            float[] out, int outOff) {
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

    @Override
    public void binary(BinaryOp op, int n, double[] a, int aOff, int aStride, double[] b, int bOff, int bStride,
                       double[] out, int outOff, int outStride) {
        if (fastBinary(DoubleRuns.LOOPS, op, n, a, aOff, aStride, b, bOff, bStride, out, outOff, outStride)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = apply(op, a[aOff + i * aStride], b[bOff + i * bStride]);
        }
    }

    @Override
    public void unary(UnaryOp op, int n, float[] x, int xOff, int xStride, float[] out, int outOff, int outStride) {
        if (fastUnary(FLOAT_LOOPS, op, n, x, xOff, xStride, out, outOff, outStride)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = (float) apply(op, x[xOff + i * xStride]);
        }
    }

    /** Loops C2 can vectorise; returns false for operations without one. */
    private static boolean contiguousUnary(UnaryOp op, int n, float[] x, int xOff, float[] out, int outOff) {
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
                    out[outOff + i] = (float) Math.sqrt(x[xOff + i]);
                }
                return true;
            case EXP:
                PortableMath.exp(n, x, xOff, out, outOff);
                return true;
            case TANH:
                PortableMath.tanh(n, x, xOff, out, outOff);
                return true;
            case SIGMOID:
                PortableMath.sigmoid(n, x, xOff, out, outOff);
                return true;
            case RELU:
                // Math.max keeps NaN and turns -0 into +0, as relu's definition in apply
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = Math.max(x[xOff + i], 0f);
                }
                return true;
            default:
                return false;
        }
    }

    @Override
    public void unary(UnaryOp op, int n, double[] x, int xOff, int xStride, double[] out, int outOff, int outStride) {
        if (fastUnary(DoubleRuns.LOOPS, op, n, x, xOff, xStride, out, outOff, outStride)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            out[outOff + i * outStride] = apply(op, x[xOff + i * xStride]);
        }
    }

    /** Fused: the shift is subtracted in the vectorised pass of {@link PortableMath#expShifted}. */
    @Override
    public void expShifted(int n, float[] x, int xOff, float shift, float[] out, int outOff) {
        PortableMath.expShifted(n, x, xOff, shift, out, outOff);
    }

    /** One exp pass per row into y, exp and sum fused (see {@link PortableSoftmaxRows}). */
    @Override
    public void softmaxRows(int rows, int n, float[] x, int xOff, float[] y, int yOff, boolean log) {
        PortableSoftmaxRows.forward(rows, n, x, xOff, y, yOff, log);
    }

    @Override
    public void softmaxBackwardRows(int rows, int n, float[] g, int gOff, float[] y, int yOff, float[] out,
                                    int outOff, boolean log) {
        SoftmaxRows.backward(this, rows, n, g, gOff, y, yOff, out, outOff, log);
    }

    /**
     * Four independent accumulators hide the latency of floating-point addition. Contiguous runs
     * take {@link #sumContiguous} or, when long, {@link LaneSums} instead.
     */
    @Override
    public double sum(int n, float[] x, int off, int stride) {
        if (stride == 1) {
            return n < LaneSums.MIN_LENGTH ? sumContiguous(n, x, off) : LaneSums.sum(n, x, off);
        }
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int at = off + i * stride;
            s0 += x[at];
            s1 += x[at + stride];
            s2 += x[at + 2 * stride];
            s3 += x[at + 3 * stride];
        }
        for (; i < n; i++) {
            s0 += x[off + i * stride];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Eight double accumulators, element {@code i} going to accumulator {@code i % 8}, then added as
     * a balanced tree; the tail goes to the first. C2 vectorises neither this nor any float-to-double
     * reduction on JDK 17 (and keeps a float sum in order), so this is the shape that keeps two
     * additions in flight per cycle, for runs too short for {@link LaneSums}' vectorised lanes.
     */
    static double sumContiguous(int n, float[] x, int off) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int end = off + n;
        int i = off;
        for (; i + 7 < end; i += 8) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
            s4 += x[i + 4];
            s5 += x[i + 5];
            s6 += x[i + 6];
            s7 += x[i + 7];
        }
        for (; i < end; i++) {
            s0 += x[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    @Override
    public double sum(int n, double[] x, int off, int stride) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int at = off + i * stride;
            s0 += x[at];
            s1 += x[at + stride];
            s2 += x[at + 2 * stride];
            s3 += x[at + 3 * stride];
        }
        for (; i < n; i++) {
            s0 += x[off + i * stride];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The select as a mask on g's bits: an integer conditional move, where a float select compiles to
     * a branch that half the elements mispredict (4.5 against 0.5 ns per element on JDK 17 and 25).
     */
    @Override
    public void reluBackward(int n, float[] g, int gOff, float[] y, int yOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            int keep = y[yOff + i] <= 0 ? 0 : -1;
            out[outOff + i] = Float.intBitsToFloat(Float.floatToRawIntBits(g[gOff + i]) & keep);
        }
    }

    @Override
    public void reluBackward(int n, double[] g, int gOff, double[] y, int yOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            long keep = y[yOff + i] <= 0 ? 0L : -1L;
            out[outOff + i] = Double.longBitsToDouble(Double.doubleToRawLongBits(g[gOff + i]) & keep);
        }
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
