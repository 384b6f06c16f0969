package org.autograd4j.kernels;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A general function applied elementwise over strided runs of storage arrays of any element types:
 * each operand read as a double, the function computed in double, the result stored in the output's
 * type ({@link Elements}). For the ops without a dedicated kernel; one path serves every type.
 */
public final class MappedRuns {
    private MappedRuns() {
    }

    /** A function of three doubles. */
    @FunctionalInterface
    public interface DoubleTernaryOperator {
        double apply(double a, double b, double c);
    }

    /** {@code out[o0 + i*os] = f(x[x0 + i*xs])} for i in [0, n). */
    public static void map(int n, Object x, int x0, int xs, Object out, int o0, int os, DoubleUnaryOperator f) {
        for (int i = 0; i < n; i++) {
            Elements.set(out, o0 + i * os, f.applyAsDouble(Elements.get(x, x0 + i * xs)));
        }
    }

    /** {@code out[o0 + i*os] = f(a[a0 + i*as], b[b0 + i*bs])} for i in [0, n). */
    public static void map(int n, Object a, int a0, int as, Object b, int b0, int bs, Object out, int o0, int os,
                           DoubleBinaryOperator f) {
        for (int i = 0; i < n; i++) {
            Elements.set(out, o0 + i * os, f.applyAsDouble(Elements.get(a, a0 + i * as), Elements.get(b, b0 + i * bs)));
        }
    }

    /** {@code out[o0 + i*os] = f(a[..], b[..], c[..])} for i in [0, n), each operand at its own start and stride. */
    public static void map(int n, Object a, int a0, int as, Object b, int b0, int bs, Object c, int c0, int cs,
                           Object out, int o0, int os, DoubleTernaryOperator f) {
        for (int i = 0; i < n; i++) {
            Elements.set(out, o0 + i * os, f.apply(Elements.get(a, a0 + i * as), Elements.get(b, b0 + i * bs),
                    Elements.get(c, c0 + i * cs)));
        }
    }
}
