package org.autograd4j.kernels;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SIMD provider against the scalar one, for every operation, both dtypes, awkward lengths
 * around the vector widths, and contiguous, broadcast (stride 0) and stride-2 operands and outputs.
 * Skips itself when the Vector API is not available (the scalar-only surefire run).
 */
class ElementwiseDifferentialTest {
    /** Every length up to 67 (the tails of 4, 8 and 16 lanes, PortableMath's blocks), and longer awkward ones. */
    private static final int[] SIZES = java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0, 67),
            java.util.stream.IntStream.of(511, 513, 1023, 1025, 4097)).toArray();
    /** {a, b, out} strides. */
    private static final int[][] BINARY_STRIDES = {
            {1, 1, 1}, {0, 1, 1}, {1, 0, 1}, {0, 0, 1}, {2, 1, 1}, {1, 2, 1}, {1, 1, 2}, {0, 2, 2}, {2, 0, 1}};
    /** {x, out} strides. */
    private static final int[][] UNARY_STRIDES = {{1, 1}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double FLOAT_RTOL = 1e-5;
    private static final double DOUBLE_RTOL = 1e-13;

    private static final ElementwiseKernels SCALAR = new ScalarKernels();
    private static ElementwiseKernels simd;

    @BeforeAll
    static void loadSimd() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "jdk.incubator.vector not present: only the scalar provider exists");
        simd = Kernels.loadSimd("SimdKernels");
        assertNotNull(simd);
    }

    @Test
    void binaryFloat() {
        for (BinaryOp op : BinaryOp.values()) {
            for (int n : SIZES) {
                for (int[] s : BINARY_STRIDES) {
                    float[] a = TestData.toFloat(TestData.values(n * 2 + 1, n, 3, true));
                    float[] b = TestData.toFloat(TestData.values(n * 2 + 1, n + 7, 3, op != BinaryOp.POW));
                    float[] expected = new float[n * 2 + 3];
                    float[] actual = new float[n * 2 + 3];
                    SCALAR.binary(op, n, a, 1, s[0], b, 0, s[1], expected, 2, s[2]);
                    simd.binary(op, n, a, 1, s[0], b, 0, s[1], actual, 2, s[2]);
                    for (int i = 0; i < expected.length; i++) {
                        TestData.assertClose(expected[i], actual[i], FLOAT_RTOL, 1e-35,
                                op + " float n=" + n + " strides=" + java.util.Arrays.toString(s) + " at " + i);
                    }
                }
            }
        }
    }

    @Test
    void binaryDouble() {
        for (BinaryOp op : BinaryOp.values()) {
            for (int n : SIZES) {
                for (int[] s : BINARY_STRIDES) {
                    double[] a = TestData.values(n * 2 + 1, n, 3, true);
                    double[] b = TestData.values(n * 2 + 1, n + 7, 3, op != BinaryOp.POW);
                    double[] expected = new double[n * 2 + 3];
                    double[] actual = new double[n * 2 + 3];
                    SCALAR.binary(op, n, a, 1, s[0], b, 0, s[1], expected, 2, s[2]);
                    simd.binary(op, n, a, 1, s[0], b, 0, s[1], actual, 2, s[2]);
                    for (int i = 0; i < expected.length; i++) {
                        TestData.assertClose(expected[i], actual[i], DOUBLE_RTOL, 1e-300,
                                op + " double n=" + n + " strides=" + java.util.Arrays.toString(s) + " at " + i);
                    }
                }
            }
        }
    }

    @Test
    void unaryFloat() {
        for (UnaryOp op : UnaryOp.values()) {
            for (int n : SIZES) {
                for (int[] s : UNARY_STRIDES) {
                    float[] x = TestData.toFloat(TestData.values(n * 2 + 1, n + 3, 5, true));
                    float[] expected = new float[n * 2 + 3];
                    float[] actual = new float[n * 2 + 3];
                    SCALAR.unary(op, n, x, 1, s[0], expected, 2, s[1]);
                    simd.unary(op, n, x, 1, s[0], actual, 2, s[1]);
                    for (int i = 0; i < expected.length; i++) {
                        TestData.assertClose(expected[i], actual[i], FLOAT_RTOL, 1e-35,
                                op + " float n=" + n + " strides=" + java.util.Arrays.toString(s) + " at " + i);
                    }
                }
            }
        }
    }

    /** The SIMD provider's expShifted is the interface's two passes, the scalar one's is fused. */
    @Test
    void expShifted() {
        for (int n : SIZES) {
            float[] x = TestData.toFloat(TestData.values(n + 1, n, 30, true));
            float[] expected = new float[n + 2];
            float[] actual = new float[n + 2];
            SCALAR.expShifted(n, x, 1, 2.5f, expected, 2);
            simd.expShifted(n, x, 1, 2.5f, actual, 2);
            for (int i = 0; i < expected.length; i++) {
                TestData.assertClose(expected[i], actual[i], FLOAT_RTOL, 1e-35, "expShifted n=" + n + " at " + i);
            }
        }
    }

    @Test
    void unaryDouble() {
        for (UnaryOp op : UnaryOp.values()) {
            for (int n : SIZES) {
                for (int[] s : UNARY_STRIDES) {
                    double[] x = TestData.values(n * 2 + 1, n + 3, 5, true);
                    double[] expected = new double[n * 2 + 3];
                    double[] actual = new double[n * 2 + 3];
                    SCALAR.unary(op, n, x, 1, s[0], expected, 2, s[1]);
                    simd.unary(op, n, x, 1, s[0], actual, 2, s[1]);
                    for (int i = 0; i < expected.length; i++) {
                        TestData.assertClose(expected[i], actual[i], DOUBLE_RTOL, 1e-300,
                                op + " double n=" + n + " strides=" + java.util.Arrays.toString(s) + " at " + i);
                    }
                }
            }
        }
    }

    @Test
    void sums() {
        for (int n : SIZES) {
            for (int stride : new int[] {1, 0, 2}) {
                double[] x = TestData.values(n * 2 + 1, n + 5, 3, false);
                double scale = 1e-12 * (n + 1) * 3;
                TestData.assertClose(SCALAR.sum(n, x, 1, stride), simd.sum(n, x, 1, stride), 0, scale,
                        "double sum n=" + n + " stride=" + stride);
                float[] f = TestData.toFloat(x);
                double floatBound = scale + LaneSums.ERROR_BOUND * magnitude(n, f, 1, stride);
                TestData.assertClose(SCALAR.sum(n, f, 1, stride), simd.sum(n, f, 1, stride), 0, floatBound,
                        "float sum n=" + n + " stride=" + stride);
            }
        }
    }

    /** The sum of the magnitudes, which bounds a float sum's error ({@link LaneSums#ERROR_BOUND}). */
    private static double magnitude(int n, float[] x, int off, int stride) {
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            magnitude += Math.abs(x[off + i * stride]);
        }
        return magnitude;
    }
}
