package org.autograd4j.kernels;

import java.util.function.IntPredicate;
import java.util.function.LongBinaryOperator;

/**
 * Elementwise loops over int64 and bool runs, strided as {@link ElementwiseKernels}' runs: binary ops,
 * where int64 arithmetic wraps as PyTorch's does and bool arithmetic is logic (add and max are "or",
 * mul and min are "and"), int64 comparisons, exact where a double is not, and the int64 sum of a run.
 * They are never on a hot path, so plain loops and no provider.
 */
public final class IntegerRuns {
    private IntegerRuns() {
    }

    /** {@code out[o0 + i*os] = op(x[x0 + i*xs], y[y0 + i*ys])} for i in [0, n), on int64 (DIV is not among them). */
    public static void binary(BinaryOp op, int n, long[] x, int x0, int xs, long[] y, int y0, int ys,
                              long[] out, int o0, int os) {
        for (int i = 0; i < n; i++) {
            out[o0 + i * os] = apply(op, x[x0 + i * xs], y[y0 + i * ys]);
        }
    }

    /** {@code out[o0 + i*os] = op(x[x0 + i*xs], y[y0 + i*ys])} for i in [0, n), on bool (not SUB or DIV). */
    public static void binary(BinaryOp op, int n, boolean[] x, int x0, int xs, boolean[] y, int y0, int ys,
                              boolean[] out, int o0, int os) {
        for (int i = 0; i < n; i++) {
            out[o0 + i * os] = logical(op, x[x0 + i * xs], y[y0 + i * ys]);
        }
    }

    /**
     * {@code out[o0 + i*os] = holds(Long.compare(x[x0 + i*xs], y[y0 + i*ys]))} for i in [0, n): an
     * int64 comparison, exact where a double is not; {@code holds} says which orders satisfy it.
     */
    public static void compare(int n, long[] x, int x0, int xs, long[] y, int y0, int ys, boolean[] out, int o0,
                               int os, IntPredicate holds) {
        for (int i = 0; i < n; i++) {
            out[o0 + i * os] = holds.test(Long.compare(x[x0 + i * xs], y[y0 + i * ys]));
        }
    }

    /**
     * {@code out[i] = op(x[i], y[i])} over whole arrays: the integer divisions and remainders, whose
     * {@code ArithmeticException} on a zero divisor reaches the caller.
     */
    public static void apply(long[] x, long[] y, long[] out, LongBinaryOperator op) {
        for (int i = 0; i < out.length; i++) {
            out[i] = op.applyAsLong(x[i], y[i]);
        }
    }

    /**
     * The sum of {@code x[x0 + i*xs]} for i in [0, n) as int64, wrapping as PyTorch's does: of int64
     * ({@code long[]}) or bool ({@code boolean[]}, true counting 1) elements, as {@code sum} sums them.
     */
    public static long sum(int n, Object x, int x0, int xs) {
        long s = 0;
        if (x instanceof long[] l) {
            for (int i = 0; i < n; i++) {
                s += l[x0 + i * xs];
            }
        } else {
            boolean[] b = (boolean[]) x;
            for (int i = 0; i < n; i++) {
                s += b[x0 + i * xs] ? 1 : 0;
            }
        }
        return s;
    }

    private static long apply(BinaryOp op, long a, long b) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case MAX: return Math.max(a, b);
            case MIN: return Math.min(a, b);
            case POW: return power(a, b);
            default: throw new AssertionError(op);
        }
    }

    /** {@code base^exp} by squaring, wrapping as int64; PyTorch's message for a negative exponent. */
    private static long power(long base, long exp) {
        if (exp < 0) {
            throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
        }
        long result = 1;
        long b = base;
        for (long e = exp; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
        }
        return result;
    }

    private static boolean logical(BinaryOp op, boolean a, boolean b) {
        switch (op) {
            case ADD:
            case MAX:
                return a || b;
            case MUL:
            case MIN:
                return a && b;
            case POW: return a || !b;
            default: throw new AssertionError(op);
        }
    }
}
