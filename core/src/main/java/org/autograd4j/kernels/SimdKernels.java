package org.autograd4j.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD provider, on {@code jdk.incubator.vector}, for float32: the scalar provider with vector
 * loops for float32's contiguous runs. Vector loops cover contiguous outputs whose operands are
 * contiguous or broadcast (stride 0); the tail and every other stride pattern go through the scalar
 * provider's loops, so results agree with it to within float rounding. Float64, the
 * gradient-checking dtype, runs entirely on the inherited scalar loops: a second, double set of
 * vector loops would double this class for a dtype that is not used for speed.
 *
 * <p>Every operation has its own small method. The Vector API is only compiled to SIMD
 * instructions when the operator is a constant and no vector value flows through a merge point (a
 * phi): a loop that switched on the operation per vector, or a helper returning the switch's
 * result, ran 10 to 1000 times slower because C2 then allocated every vector on the heap. Small
 * methods also keep each compilation far from C2's inlining and node budgets, where JDK 17 starts
 * leaving Vector API calls as calls into their Java fallback. A broadcast operand is repeated into
 * a small buffer so the same contiguous loops serve it.
 *
 * <p>The vector width is {@link SimdShape#SHAPE}.
 * Loaded reflectively by {@link Kernels}; never reference this class directly from code that must
 * run without the incubator module.
 */
final class SimdKernels extends ScalarKernels {
    private static final VectorShape SHAPE = SimdShape.SHAPE;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED.withShape(SHAPE);
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED.withShape(SHAPE);
    /** Floats with as many lanes as {@link #D}, so a float sum can be widened lane by lane into doubles. */
    private static final VectorSpecies<Float> F_FOR_D =
            FloatVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(SHAPE.vectorBitSize() / 2));
    private static final int STEP = F.length();

    /** Length of the buffer a broadcast operand is repeated into; small enough to stay in L1. */
    private static final int CHUNK = 1024;

    private final ThreadLocal<float[]> broadcastChunks = ThreadLocal.withInitial(() -> new float[CHUNK]);

    @Override
    public void binary(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                       float[] out, int outOff, int outStride) {
        int done = 0;
        if (outStride == 1 && aStride == 1 && bStride == 1) {
            done = F.loopBound(n);
            binaryContiguous(op, done, a, aOff, b, bOff, out, outOff);
        } else if (outStride == 1 && (aStride == 1 && bStride == 0 || aStride == 0 && bStride == 1) && n > 0) {
            done = F.loopBound(n);
            binaryBroadcast(op, done, a, aOff, aStride, b, bOff, bStride, out, outOff);
        }
        super.binary(op, n - done, a, aOff + done * aStride, aStride, b, bOff + done * bStride, bStride,
                out, outOff + done, outStride);
    }

    /** One operand is a single value: repeat it in a chunk of {@link #CHUNK} and run the contiguous loop. */
    private void binaryBroadcast(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                                 float[] out, int outOff) {
        float[] repeated = broadcastChunks.get();
        java.util.Arrays.fill(repeated, 0, Math.min(n, CHUNK), aStride == 0 ? a[aOff] : b[bOff]);
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            if (aStride == 0) {
                binaryContiguous(op, len, repeated, 0, b, bOff + from, out, outOff + from);
            } else {
                binaryContiguous(op, len, a, aOff + from, repeated, 0, out, outOff + from);
            }
        }
    }

    /** {@code n} must be a multiple of the vector length. */
    private static void binaryContiguous(BinaryOp op, int n, float[] a, int aOff, float[] b, int bOff, float[] out,
                                         int outOff) {
        switch (op) {
            case ADD: add(n, a, aOff, b, bOff, out, outOff); break;
            case SUB: sub(n, a, aOff, b, bOff, out, outOff); break;
            case MUL: mul(n, a, aOff, b, bOff, out, outOff); break;
            case DIV: div(n, a, aOff, b, bOff, out, outOff); break;
            case MAX: max(n, a, aOff, b, bOff, out, outOff); break;
            case MIN: min(n, a, aOff, b, bOff, out, outOff); break;
            case POW: pow(n, a, aOff, b, bOff, out, outOff); break;
            default: throw new AssertionError(op);
        }
    }

    private static void add(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, a, aOff + i).add(FloatVector.fromArray(F, b, bOff + i)).intoArray(out, outOff + i);
        }
    }

    private static void sub(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, a, aOff + i).sub(FloatVector.fromArray(F, b, bOff + i)).intoArray(out, outOff + i);
        }
    }

    private static void mul(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, a, aOff + i).mul(FloatVector.fromArray(F, b, bOff + i)).intoArray(out, outOff + i);
        }
    }

    private static void div(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, a, aOff + i).div(FloatVector.fromArray(F, b, bOff + i)).intoArray(out, outOff + i);
        }
    }

    private static void max(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, a, aOff + i).max(FloatVector.fromArray(F, b, bOff + i)).intoArray(out, outOff + i);
        }
    }

    private static void min(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, a, aOff + i).min(FloatVector.fromArray(F, b, bOff + i)).intoArray(out, outOff + i);
        }
    }

    private static void pow(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, a, aOff + i).lanewise(VectorOperators.POW, FloatVector.fromArray(F, b, bOff + i))
                    .intoArray(out, outOff + i);
        }
    }

    @Override
    public void unary(UnaryOp op, int n, float[] x, int xOff, int xStride, float[] out, int outOff, int outStride) {
        int done = 0;
        if (xStride == 1 && outStride == 1) {
            done = F.loopBound(n);
            unaryContiguous(op, done, x, xOff, out, outOff);
        }
        super.unary(op, n - done, x, xOff + done * xStride, xStride, out, outOff + done * outStride, outStride);
    }

    /** {@code n} must be a multiple of the vector length. */
    private static void unaryContiguous(UnaryOp op, int n, float[] in, int inOff, float[] out, int outOff) {
        switch (op) {
            case NEG: neg(n, in, inOff, out, outOff); break;
            case ABS: abs(n, in, inOff, out, outOff); break;
            case EXP: exp(n, in, inOff, out, outOff); break;
            case LOG: log(n, in, inOff, out, outOff); break;
            case SQRT: sqrt(n, in, inOff, out, outOff); break;
            case TANH: tanh(n, in, inOff, out, outOff); break;
            case SIGMOID: sigmoid(n, in, inOff, out, outOff); break;
            case RELU: relu(n, in, inOff, out, outOff); break;
            default: throw new AssertionError(op);
        }
    }

    private static void neg(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, in, inOff + i).neg().intoArray(out, outOff + i);
        }
    }

    private static void abs(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, in, inOff + i).abs().intoArray(out, outOff + i);
        }
    }

    private static void exp(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, in, inOff + i).lanewise(VectorOperators.EXP).intoArray(out, outOff + i);
        }
    }

    private static void log(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, in, inOff + i).lanewise(VectorOperators.LOG).intoArray(out, outOff + i);
        }
    }

    private static void sqrt(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, in, inOff + i).sqrt().intoArray(out, outOff + i);
        }
    }

    private static void tanh(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, in, inOff + i).lanewise(VectorOperators.TANH).intoArray(out, outOff + i);
        }
    }

    private static void sigmoid(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector x = FloatVector.fromArray(F, in, inOff + i);
            FloatVector.broadcast(F, 1f).div(x.neg().lanewise(VectorOperators.EXP).add(1f)).intoArray(out, outOff + i);
        }
    }

    private static void relu(int n, float[] in, int inOff, float[] out, int outOff) {
        for (int i = 0; i < n; i += STEP) {
            FloatVector.fromArray(F, in, inOff + i).max(0f).intoArray(out, outOff + i);
        }
    }

    /**
     * The blocked rows of {@link SoftmaxRows}, whose final scaling takes this provider's vector
     * loops, rather than the scalar provider's {@link PortableSoftmaxRows}.
     */
    @Override
    public void softmaxRows(int rows, int n, float[] x, int xOff, float[] y, int yOff, boolean log) {
        SoftmaxRows.forward(this, rows, n, x, xOff, y, yOff, log);
    }

    /** Widens floats to double lanes before adding, as the interface promises double accumulation. */
    @Override
    public double sum(int n, float[] x, int off, int stride) {
        if (stride != 1) {
            return super.sum(n, x, off, stride);
        }
        int step = F_FOR_D.length();
        int bound = F_FOR_D.loopBound(n);
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = acc0;
        int i = 0;
        for (; i + step < bound; i += 2 * step) {
            acc0 = acc0.add(widen(FloatVector.fromArray(F_FOR_D, x, off + i)));
            acc1 = acc1.add(widen(FloatVector.fromArray(F_FOR_D, x, off + i + step)));
        }
        if (i < bound) {
            acc0 = acc0.add(widen(FloatVector.fromArray(F_FOR_D, x, off + i)));
        }
        return acc0.add(acc1).reduceLanes(VectorOperators.ADD) + super.sum(n - bound, x, off + bound, 1);
    }

    private static DoubleVector widen(FloatVector v) {
        return (DoubleVector) v.convertShape(VectorOperators.F2D, D, 0);
    }

    @Override
    public String name() {
        return "simd-" + SHAPE.vectorBitSize();
    }
}
