package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.function.Executable;

/**
 * What the tests generated from real PyTorch 1.13 are written in (the *ValuesTest classes and GeneratorTest;
 * their generators, core/src/test/python/gen_*_test.py, share the emitter torch_values.py): tensors from
 * literals, the weighted backward every case runs, and the checks of dtype, shape, values, node and gradient,
 * or of the exact bits of random samples.
 *
 * <p>A floating value matches within the rounding of its dtype; NaN, the infinities and the sign of an
 * expected zero match exactly, since those are the edges the cases are chosen for.
 */
public final class ValueCases {
    public static final double NaN = Double.NaN;
    public static final double INF = Double.POSITIVE_INFINITY;

    private ValueCases() {
    }

    public static int[] shape(int... dims) {
        return dims;
    }

    public static Tensor f64(int[] shape, double... values) {
        return Tensor.of(values, shape);
    }

    /** The values are the float32 ones, written as the doubles they widen to. */
    public static Tensor f32(int[] shape, double... values) {
        return Tensor.of(values, shape).to(DType.FLOAT32);
    }

    public static Tensor i64(int[] shape, long... values) {
        return Tensor.of(values, shape);
    }

    public static Tensor bool(int[] shape, boolean... values) {
        return Tensor.of(values, shape);
    }

    /** {@code out.backward(linspace(0.5, 1.5, n))}, the weights made in float64 and cast to out's dtype. */
    public static void backwardWeighted(Tensor out) {
        out.backward(Tensor.linspace(0.5, 1.5, out.numel(), DType.FLOAT64).to(out.dtype()).reshape(out.shape()));
    }

    public static void assertDoubles(Tensor actual, int[] shape, double... expected) {
        assertDtypeAndShape(actual, DType.FLOAT64, shape);
        assertClose(expected, actual.toDoubleArray(), DType.FLOAT64, true, "value");
    }

    public static void assertFloats(Tensor actual, int[] shape, double... expected) {
        assertDtypeAndShape(actual, DType.FLOAT32, shape);
        assertClose(expected, actual.toDoubleArray(), DType.FLOAT32, true, "value");
    }

    public static void assertLongs(Tensor actual, int[] shape, long... expected) {
        assertDtypeAndShape(actual, DType.INT64, shape);
        assertArrayEquals(expected, actual.toLongArray(), "value");
    }

    public static void assertBooleans(Tensor actual, int[] shape, boolean... expected) {
        assertDtypeAndShape(actual, DType.BOOL, shape);
        assertArrayEquals(expected, actual.toBooleanArray(), "value");
    }

    /** The name of the node that made {@code out}; null for none. */
    public static void assertNode(Tensor out, String name) {
        if (name == null) {
            assertNull(out.gradFn(), "grad_fn");
        } else {
            assertNotNull(out.gradFn(), "grad_fn");
            assertEquals(name, out.gradFn().name(), "grad_fn");
        }
    }

    /** The gradient accumulated in {@code input}, within the rounding of input's dtype. */
    public static void assertGrad(Tensor input, double... expected) {
        assertNotNull(input.grad(), "grad");
        assertClose(expected, input.grad().toDoubleArray(), input.dtype(), false, "grad");
    }

    public static void assertThrowsWithMessage(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }

    /** Each float32 element exactly, as the bits of {@link Float#floatToRawIntBits}. */
    public static void assertFloatBits(Tensor actual, int[] shape, int... expected) {
        assertDtypeAndShape(actual, DType.FLOAT32, shape);
        float[] values = actual.toFloatArray();
        int[] bits = new int[values.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        assertArrayEquals(expected, bits);
    }

    /** Each float64 element exactly, as the bits of {@link Double#doubleToRawLongBits}. */
    public static void assertDoubleBits(Tensor actual, int[] shape, long... expected) {
        assertDtypeAndShape(actual, DType.FLOAT64, shape);
        assertArrayEquals(expected, doubleBits(actual));
    }

    /**
     * Float64 samples through the C library's log/tan/exp/sin/cos: Java's versions differ from glibc's in the
     * last bit for a small share of arguments, so allow one value plus 1% to differ, each by a few units in the
     * last place.
     */
    public static void assertNearlyAllDoubleBits(Tensor actual, int[] shape, long... expected) {
        assertDtypeAndShape(actual, DType.FLOAT64, shape);
        long[] bits = doubleBits(actual);
        assertEquals(expected.length, bits.length, "element count");
        int differing = 0;
        for (int i = 0; i < bits.length; i++) {
            double want = Double.longBitsToDouble(expected[i]);
            assertEquals(want, Double.longBitsToDouble(bits[i]), 4 * Math.ulp(want), "element " + i);
            differing += bits[i] == expected[i] ? 0 : 1;
        }
        assertTrue(differing <= 1 + bits.length / 100, differing + " of " + bits.length + " differ");
    }

    private static long[] doubleBits(Tensor t) {
        double[] values = t.toDoubleArray();
        long[] bits = new long[values.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }

    private static void assertDtypeAndShape(Tensor actual, DType dtype, int[] shape) {
        assertEquals(dtype, actual.dtype(), "dtype");
        assertArrayEquals(shape, actual.shape(), "shape");
    }

    /**
     * Within {@code atol + rtol * |expected|} for the dtype; NaN and the infinities exactly, and for values (not
     * gradients, whose zeros' signs PyTorch does not promise) the sign of an expected zero.
     */
    private static void assertClose(double[] expected, double[] actual, DType dtype, boolean signedZeros,
            String what) {
        assertEquals(expected.length, actual.length, what + ": element count");
        double rtol = dtype == DType.FLOAT32 ? 1e-6 : 1e-13;
        double atol = dtype == DType.FLOAT32 ? 1e-6 : 1e-14;
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            String where = what + " element " + i + ": " + e + " vs " + actual[i];
            if (Double.isFinite(e) && (e != 0 || !signedZeros)) {
                assertEquals(e, actual[i], atol + rtol * Math.abs(e), where);
            } else {
                assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(actual[i]), where);
            }
        }
    }
}
