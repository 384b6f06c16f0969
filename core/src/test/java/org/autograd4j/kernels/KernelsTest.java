package org.autograd4j.kernels;

import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelsTest {
    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    @Test
    void picksSimdExactlyWhenTheVectorModuleIsPresent() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        boolean disabled = "false".equalsIgnoreCase(System.getProperty("autograd4j.simd"));
        String name = Kernels.providerName();
        assertEquals(module && !disabled, name.startsWith("simd-"), name);
        assertEquals(name, Kernels.elementwise().name());
    }

    @Test
    void describesProviderWidthTilesAndThreads() {
        String text = Kernels.describe();
        assertTrue(text.startsWith("autograd4j kernels: " + Kernels.providerName() + " ("), text);
        assertTrue(text.contains("; threads " + Threads.get()), text);
        if (Kernels.simdEnabled()) {
            int lanes = Kernels.vectorBits() / Float.SIZE;
            int rows = Kernels.vectorBits() >= 512 ? 12 : 6;
            assertTrue(text.contains("vector " + Kernels.vectorBits() + " bits"), text);
            boolean tiled = Gemm.floatDriver() instanceof BlockedGemm && !text.contains("(fallback after the watchdog)");
            String float32 = tiled ? rows + "x" + 2 * lanes : new StreamingFloatGemm().describe();
            assertTrue(text.contains("GEMM tiles float32 ") && text.contains(float32), text);
        } else {
            assertTrue(text.contains("vector none; GEMM tiles float32 ")
                    && text.contains(Gemm.floatDriver().describe()) && text.contains("(auto-vectorised"), text);
        }
        assertTrue(text.contains("float64 4x4"), text);
    }

    @Test
    void longRunsGiveTheSameResultsOnOneAndTwoThreads() {
        int n = 3 * ParallelKernels.MIN_PARALLEL + 17;
        float[] x = TestData.toFloat(TestData.values(2 * n, 21, 4, false));
        float[] y = TestData.toFloat(TestData.values(2 * n, 22, 4, false));
        float[][] binary = new float[2][n];
        float[][] unary = new float[2][2 * n];
        double[] sums = new double[2];
        for (int threads = 1; threads <= 2; threads++) {
            Threads.set(threads);
            ElementwiseKernels kernels = Kernels.elementwise();
            kernels.binary(BinaryOp.MUL, n, x, 0, 2, y, 1, 1, binary[threads - 1], 0, 1);
            kernels.unary(UnaryOp.TANH, n, x, 0, 1, unary[threads - 1], 1, 2);
            sums[threads - 1] = kernels.sum(2 * n, x, 0, 1);
        }
        assertArrayEquals(binary[0], binary[1]);
        assertArrayEquals(unary[0], unary[1]);
        assertEquals(sums[0], sums[1], 0.0);
        double expectedSum = new ScalarKernels().sum(2 * n, x, 0, 1);
        assertEquals(expectedSum, sums[0], 1e-9 * n);
        for (int i = 0; i < n; i++) {
            assertEquals(x[2 * i] * y[1 + i], binary[0][i], 0f);
        }
    }

    @Test
    void maxMinAndReluPropagateNaNLikePyTorch() {
        float nan = Float.NaN;
        for (ElementwiseKernels kernels : new ElementwiseKernels[] {new ScalarKernels(), Kernels.elementwise()}) {
            float[] a = new float[40];
            float[] b = new float[40];
            a[3] = nan;
            b[20] = nan;
            a[33] = nan;
            float[] max = new float[40];
            float[] min = new float[40];
            float[] relu = new float[40];
            kernels.binary(BinaryOp.MAX, 40, a, 0, 1, b, 0, 1, max, 0, 1);
            kernels.binary(BinaryOp.MIN, 40, a, 0, 1, b, 0, 1, min, 0, 1);
            kernels.unary(UnaryOp.RELU, 40, a, 0, 1, relu, 0, 1);
            for (int i : new int[] {3, 20, 33}) {
                assertEquals(nan, max[i], kernels.name() + " max at " + i);
                assertEquals(nan, min[i], kernels.name() + " min at " + i);
            }
            assertEquals(nan, relu[3], kernels.name() + " relu");
            assertEquals(nan, relu[33], kernels.name() + " relu (tail)");
            assertEquals(0f, max[0]);
        }
    }
}
