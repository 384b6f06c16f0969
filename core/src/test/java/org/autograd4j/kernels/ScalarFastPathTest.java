package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ScalarKernels}' fast paths against its strided loop, float64 (where both compute the same
 * double arithmetic, so they must agree to the bit): each operation on a contiguous run, and on a
 * contiguous run with one broadcast value, equals the same data laid out with stride 2 (which takes
 * the strided loop), at awkward lengths around unrolling and vector widths, at offsets.
 */
class ScalarFastPathTest {
    private static final int[] SIZES = IntStream.concat(IntStream.rangeClosed(0, 37),
            IntStream.of(63, 65, 127, 129, 1023, 1025, 4097)).toArray();
    private static final ScalarKernels KERNELS = new ScalarKernels();

    @Test
    void contiguousBinaryRunsEqualTheStridedLoop() {
        for (BinaryOp op : BinaryOp.values()) {
            for (int n : SIZES) {
                double[] a = TestData.values(n + 3, n, 3, true);
                double[] b = TestData.values(n + 3, n + 7, 3, op != BinaryOp.POW);
                double[] fast = new double[n + 5];
                KERNELS.binary(op, n, a, 3, 1, b, 2, 1, fast, 5, 1);
                double[] strided = new double[2 * n + 1];
                KERNELS.binary(op, n, spread(a, 3, n), 0, 2, spread(b, 2, n), 0, 2, strided, 1, 2);
                assertBitwise(op + " n=" + n, fast, 5, strided, 1, n);
            }
        }
    }

    @Test
    void runsWithOneValueEqualTheStridedLoop() {
        for (BinaryOp op : BinaryOp.values()) {
            for (int n : SIZES) {
                double[] a = TestData.values(n + 1, n, 3, true);
                double[] b = {0, op == BinaryOp.POW ? 1.5 : -2.75, 0};
                double[] fast = new double[n + 2];
                KERNELS.binary(op, n, a, 1, 1, b, 1, 0, fast, 2, 1);
                double[] strided = new double[2 * n];
                KERNELS.binary(op, n, spread(a, 1, n), 0, 2, b, 1, 0, strided, 0, 2);
                assertBitwise(op + " with a value, n=" + n, fast, 2, strided, 0, n);
            }
        }
    }

    @Test
    void contiguousUnaryRunsEqualTheStridedLoop() {
        for (UnaryOp op : UnaryOp.values()) {
            for (int n : SIZES) {
                double[] x = TestData.values(n + 4, n + 3, 5, true);
                double[] fast = new double[n + 1];
                KERNELS.unary(op, n, x, 4, 1, fast, 1, 1);
                double[] strided = new double[2 * n];
                KERNELS.unary(op, n, spread(x, 4, n), 0, 2, strided, 0, 2);
                assertBitwise(op + " n=" + n, fast, 1, strided, 0, n);
            }
        }
    }

    /** {@code n} elements of {@code x} from {@code off}, at every other position of a new array. */
    private static double[] spread(double[] x, int off, int n) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = x[off + i];
        }
        return out;
    }

    private static void assertBitwise(String what, double[] fast, int fastOff, double[] strided, int stridedOff,
                                      int n) {
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToLongBits(strided[stridedOff + 2 * i]),
                    Double.doubleToLongBits(fast[fastOff + i]), what + " at " + i);
        }
    }
}
