package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ElementwiseKernels#reluBackward} of every provider against its definition, {@code y <= 0 ?
 * 0 : g}, on awkward lengths, runs long enough to be split over two threads, NaN, infinite and
 * signed-zero y and g, and offsets; nothing outside the run may be written.
 */
class ReluBackwardKernelTest {
    private static final int[] SIZES = {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 127, 129,
        3 * ParallelKernels.MIN_PARALLEL + 5};

    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    private static List<ElementwiseKernels> providers() {
        List<ElementwiseKernels> providers = new ArrayList<>();
        providers.add(new ScalarKernels());
        providers.add(new ParallelKernels(new ScalarKernels()));
        if (Kernels.simdEnabled()) {
            providers.add(Kernels.loadSimd("SimdKernels"));
        }
        return providers;
    }

    @Test
    void floatRunsMatchTheDefinition() {
        Threads.set(2);
        for (ElementwiseKernels kernels : providers()) {
            for (int n : SIZES) {
                float[] g = TestData.toFloat(TestData.values(n + 3, n, 2, true));
                float[] y = TestData.toFloat(TestData.values(n + 1, n + 7, 2, true));
                float[] out = new float[n + 4];
                java.util.Arrays.fill(out, 42f);
                kernels.reluBackward(n, g, 3, y, 1, out, 2);
                for (int i = 0; i < out.length; i++) {
                    float expected = i < 2 || i >= n + 2 ? 42f : y[i - 1] <= 0 ? 0f : g[i + 1];
                    assertEquals(expected, out[i], 0f, kernels.name() + " float n=" + n + " at " + i);
                }
            }
        }
    }

    @Test
    void doubleRunsMatchTheDefinition() {
        Threads.set(2);
        for (ElementwiseKernels kernels : providers()) {
            for (int n : SIZES) {
                double[] g = TestData.values(n + 3, n, 2, true);
                double[] y = TestData.values(n + 1, n + 7, 2, true);
                double[] out = new double[n + 4];
                java.util.Arrays.fill(out, 42);
                kernels.reluBackward(n, g, 3, y, 1, out, 2);
                for (int i = 0; i < out.length; i++) {
                    double expected = i < 2 || i >= n + 2 ? 42 : y[i - 1] <= 0 ? 0 : g[i + 1];
                    assertEquals(expected, out[i], 0, kernels.name() + " double n=" + n + " at " + i);
                }
            }
        }
    }
}
