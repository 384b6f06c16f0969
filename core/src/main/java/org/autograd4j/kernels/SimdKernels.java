package org.autograd4j.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD provider, on {@code jdk.incubator.vector}. Vector loops cover contiguous outputs whose
 * operands are contiguous or broadcast (stride 0); the tail and every other stride pattern go
 * through the scalar provider's loops, so results agree with it to within float rounding.
 *
 * <p>The vector width is the CPU's preferred one, capped by {@code -Dautograd4j.vector.bits=128|256|512}.
 * Loaded reflectively by {@link Kernels}; never reference this class directly from code that must
 * run without the incubator module.
 */
final class SimdKernels implements ElementwiseKernels {
    private static final VectorShape SHAPE = chooseShape();
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED.withShape(SHAPE);
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED.withShape(SHAPE);
    /** Floats with as many lanes as {@link #D}, so a float sum can be widened lane by lane into doubles. */
    private static final VectorSpecies<Float> F_FOR_D =
            FloatVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(SHAPE.vectorBitSize() / 2));

    private final ScalarKernels scalar = new ScalarKernels();

    private static VectorShape chooseShape() {
        int preferred = VectorShape.preferredShape().vectorBitSize();
        int cap = Integer.getInteger("autograd4j.vector.bits", preferred);
        return VectorShape.forBitSize(Math.max(128, Math.min(preferred, Integer.highestOneBit(cap))));
    }

    @Override
    public void binary(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff, int bStride,
                       float[] out, int outOff, int outStride) {
        int done = outStride == 1 ? binaryVectors(op, n, a, aOff, aStride, b, bOff, bStride, out, outOff) : 0;
        scalar.binary(op, n - done, a, aOff + done * aStride, aStride, b, bOff + done * bStride, bStride,
                out, outOff + done, outStride);
    }

    /** The vector part of a binary op into contiguous output; returns how many leading elements it wrote. */
    private static int binaryVectors(BinaryOp op, int n, float[] a, int aOff, int aStride, float[] b, int bOff,
                                     int bStride, float[] out, int outOff) {
        int bound = F.loopBound(n);
        if (bound == 0) {
            return 0;
        }
        if (aStride == 1 && bStride == 1) {
            for (int i = 0; i < bound; i += F.length()) {
                apply(op, FloatVector.fromArray(F, a, aOff + i), FloatVector.fromArray(F, b, bOff + i))
                        .intoArray(out, outOff + i);
            }
        } else if (aStride == 0 && bStride == 1) {
            FloatVector x = FloatVector.broadcast(F, a[aOff]);
            for (int i = 0; i < bound; i += F.length()) {
                apply(op, x, FloatVector.fromArray(F, b, bOff + i)).intoArray(out, outOff + i);
            }
        } else if (aStride == 1 && bStride == 0) {
            FloatVector y = FloatVector.broadcast(F, b[bOff]);
            for (int i = 0; i < bound; i += F.length()) {
                apply(op, FloatVector.fromArray(F, a, aOff + i), y).intoArray(out, outOff + i);
            }
        } else {
            return 0;
        }
        return bound;
    }

    @Override
    public void binary(BinaryOp op, int n, double[] a, int aOff, int aStride, double[] b, int bOff, int bStride,
                       double[] out, int outOff, int outStride) {
        int done = outStride == 1 ? binaryVectors(op, n, a, aOff, aStride, b, bOff, bStride, out, outOff) : 0;
        scalar.binary(op, n - done, a, aOff + done * aStride, aStride, b, bOff + done * bStride, bStride,
                out, outOff + done, outStride);
    }

    private static int binaryVectors(BinaryOp op, int n, double[] a, int aOff, int aStride, double[] b, int bOff,
                                     int bStride, double[] out, int outOff) {
        int bound = D.loopBound(n);
        if (bound == 0) {
            return 0;
        }
        if (aStride == 1 && bStride == 1) {
            for (int i = 0; i < bound; i += D.length()) {
                apply(op, DoubleVector.fromArray(D, a, aOff + i), DoubleVector.fromArray(D, b, bOff + i))
                        .intoArray(out, outOff + i);
            }
        } else if (aStride == 0 && bStride == 1) {
            DoubleVector x = DoubleVector.broadcast(D, a[aOff]);
            for (int i = 0; i < bound; i += D.length()) {
                apply(op, x, DoubleVector.fromArray(D, b, bOff + i)).intoArray(out, outOff + i);
            }
        } else if (aStride == 1 && bStride == 0) {
            DoubleVector y = DoubleVector.broadcast(D, b[bOff]);
            for (int i = 0; i < bound; i += D.length()) {
                apply(op, DoubleVector.fromArray(D, a, aOff + i), y).intoArray(out, outOff + i);
            }
        } else {
            return 0;
        }
        return bound;
    }

    @Override
    public void unary(UnaryOp op, int n, float[] x, int xOff, int xStride, float[] out, int outOff, int outStride) {
        int done = 0;
        if (xStride == 1 && outStride == 1) {
            done = F.loopBound(n);
            for (int i = 0; i < done; i += F.length()) {
                apply(op, FloatVector.fromArray(F, x, xOff + i)).intoArray(out, outOff + i);
            }
        }
        scalar.unary(op, n - done, x, xOff + done * xStride, xStride, out, outOff + done * outStride, outStride);
    }

    @Override
    public void unary(UnaryOp op, int n, double[] x, int xOff, int xStride, double[] out, int outOff,
                      int outStride) {
        int done = 0;
        if (xStride == 1 && outStride == 1) {
            done = D.loopBound(n);
            for (int i = 0; i < done; i += D.length()) {
                apply(op, DoubleVector.fromArray(D, x, xOff + i)).intoArray(out, outOff + i);
            }
        }
        scalar.unary(op, n - done, x, xOff + done * xStride, xStride, out, outOff + done * outStride, outStride);
    }

    /** Widens floats to double lanes before adding, as the interface promises double accumulation. */
    @Override
    public double sum(int n, float[] x, int off, int stride) {
        if (stride != 1) {
            return scalar.sum(n, x, off, stride);
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
        return acc0.add(acc1).reduceLanes(VectorOperators.ADD) + scalar.sum(n - bound, x, off + bound, 1);
    }

    private static DoubleVector widen(FloatVector v) {
        return (DoubleVector) v.convertShape(VectorOperators.F2D, D, 0);
    }

    @Override
    public double sum(int n, double[] x, int off, int stride) {
        if (stride != 1) {
            return scalar.sum(n, x, off, stride);
        }
        int step = D.length();
        int bound = D.loopBound(n);
        DoubleVector acc0 = DoubleVector.zero(D);
        DoubleVector acc1 = acc0;
        int i = 0;
        for (; i + step < bound; i += 2 * step) {
            acc0 = acc0.add(DoubleVector.fromArray(D, x, off + i));
            acc1 = acc1.add(DoubleVector.fromArray(D, x, off + i + step));
        }
        if (i < bound) {
            acc0 = acc0.add(DoubleVector.fromArray(D, x, off + i));
        }
        return acc0.add(acc1).reduceLanes(VectorOperators.ADD) + scalar.sum(n - bound, x, off + bound, 1);
    }

    @Override
    public String name() {
        return "simd-" + SHAPE.vectorBitSize();
    }

    /** MAX and MIN follow {@link Math#max}: NaN in either lane gives NaN, as in PyTorch. */
    private static FloatVector apply(BinaryOp op, FloatVector x, FloatVector y) {
        switch (op) {
            case ADD: return x.add(y);
            case SUB: return x.sub(y);
            case MUL: return x.mul(y);
            case DIV: return x.div(y);
            case MAX: return x.max(y);
            case MIN: return x.min(y);
            case POW: return x.lanewise(VectorOperators.POW, y);
            default: throw new AssertionError(op);
        }
    }

    private static DoubleVector apply(BinaryOp op, DoubleVector x, DoubleVector y) {
        switch (op) {
            case ADD: return x.add(y);
            case SUB: return x.sub(y);
            case MUL: return x.mul(y);
            case DIV: return x.div(y);
            case MAX: return x.max(y);
            case MIN: return x.min(y);
            case POW: return x.lanewise(VectorOperators.POW, y);
            default: throw new AssertionError(op);
        }
    }

    /** RELU is max(x, 0), which keeps NaN like the scalar provider. */
    private static FloatVector apply(UnaryOp op, FloatVector x) {
        switch (op) {
            case NEG: return x.neg();
            case ABS: return x.abs();
            case EXP: return x.lanewise(VectorOperators.EXP);
            case LOG: return x.lanewise(VectorOperators.LOG);
            case SQRT: return x.sqrt();
            case TANH: return x.lanewise(VectorOperators.TANH);
            case SIGMOID: return FloatVector.broadcast(F, 1f).div(x.neg().lanewise(VectorOperators.EXP).add(1f));
            case RELU: return x.max(0f);
            default: throw new AssertionError(op);
        }
    }

    private static DoubleVector apply(UnaryOp op, DoubleVector x) {
        switch (op) {
            case NEG: return x.neg();
            case ABS: return x.abs();
            case EXP: return x.lanewise(VectorOperators.EXP);
            case LOG: return x.lanewise(VectorOperators.LOG);
            case SQRT: return x.sqrt();
            case TANH: return x.lanewise(VectorOperators.TANH);
            case SIGMOID: return DoubleVector.broadcast(D, 1.0).div(x.neg().lanewise(VectorOperators.EXP).add(1.0));
            case RELU: return x.max(0.0);
            default: throw new AssertionError(op);
        }
    }
}
