package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.kernels.OptimizerKernels.AdamStep;
import org.autograd4j.kernels.OptimizerKernels.SgdStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SIMD and parallel optimizer kernels against the scalar loops, bit for bit, for every option
 * combination, at lengths around the vector widths and past the parallel threshold, with offset
 * arrays and special values (NaN, infinities, zeros of both signs) in the data. Without the Vector
 * API (the scalar-only run) only the parallel split is checked.
 */
class OptimizerKernelsDifferentialTest {
    private static final int[] SIZES = {0, 1, 3, 7, 8, 15, 16, 17, 33, 1025, ParallelKernels.MIN_PARALLEL + 5};
    private static final OptimizerKernels SCALAR = new ScalarOptimizerKernels();
    private static final List<OptimizerKernels> OTHERS = new ArrayList<>();

    @BeforeAll
    static void load() {
        OTHERS.add(new ParallelOptimizerKernels(SCALAR));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            OptimizerKernels simd = Kernels.loadSimd("SimdOptimizerKernels");
            OTHERS.add(simd);
            OTHERS.add(new ParallelOptimizerKernels(simd));
        }
    }

    private static float[] data(int n, long seed) {
        return TestData.toFloat(TestData.values(n, seed, 2, true));
    }

    /** One SGD case: the length, the step's scalars, and fresh data (grad at 1, param at 3, state at 2). */
    @FunctionalInterface
    private interface SgdCase {
        void check(int n, SgdStep step, float[] grad, float[] param, float[] momentumBuffer);
    }

    /** Every option combination (see {@link #sgdStep}) at every length, each with its own data. */
    private static void forEachSgdCase(int[] sizes, SgdCase body) {
        for (int n : sizes) {
            for (int options = 0; options < 32; options++) {
                boolean momentum = (options & 1) != 0;
                body.check(n, sgdStep(options), data(n + 1, n), data(n + 3, n + 1), momentum ? data(n + 2, n + 2) : null);
            }
        }
    }

    @Test
    void sgdAgrees() {
        forEachSgdCase(SIZES, (n, step, grad, expectedP, expectedBuf) -> {
            for (OptimizerKernels kernels : OTHERS) {
                float[] p = expectedP.clone();
                float[] buf = expectedBuf == null ? null : expectedBuf.clone();
                kernels.sgd(step, n, p, 3, grad, 1, buf, 2);
                float[] scalarP = expectedP.clone();
                float[] scalarBuf = expectedBuf == null ? null : expectedBuf.clone();
                SCALAR.sgd(step, n, scalarP, 3, grad, 1, scalarBuf, 2);
                assertArrayEquals(scalarP, p, step + " n=" + n);
                assertArrayEquals(scalarBuf, buf, step + " n=" + n);
            }
        });
    }

    @Test
    void adamAgrees() {
        for (int n : SIZES) {
            for (int options = 0; options < 8; options++) {
                boolean decoupled = (options & 2) != 0;
                AdamStep step = new AdamStep((options & 1) != 0 ? -1f : 1f, decoupled ? 0f : 0.1f,
                        decoupled ? 0.999f : 1f, 0.9f, 0.1f, 0.999f, 1e-3f, -0.01f, 0.3f, 1e-8f);
                boolean amsgrad = (options & 4) != 0;
                float[] grad = data(n + 1, n);
                float[][] start = {data(n + 3, n + 1), data(n + 2, n + 2), positive(n + 2, n + 3),
                        amsgrad ? positive(n + 2, n + 4) : null};
                float[][] expected = run(SCALAR, step, n, grad, start);
                for (OptimizerKernels kernels : OTHERS) {
                    float[][] actual = run(kernels, step, n, grad, start);
                    for (int i = 0; i < expected.length; i++) {
                        assertArrayEquals(expected[i], actual[i], step + " n=" + n + " array " + i);
                    }
                }
            }
        }
    }

    /**
     * The scalar loops at one shared offset (their vectorised form) and at three different ones
     * (through {@link AlignedBlocks}' scratch copies), bit for bit, across block boundaries.
     */
    @Test
    void scalarSgdGivesTheSameBitsAtSharedAndDifferentOffsets() {
        int[] sizes = {1, 17, AlignedBlocks.BLOCK, AlignedBlocks.BLOCK + 1, 3 * AlignedBlocks.BLOCK + 7};
        forEachSgdCase(sizes, (n, step, grad, p, buf) -> {
            float[] sharedP = shifted(p, 3, 2);
            float[] sharedBuf = buf == null ? null : buf.clone();
            SCALAR.sgd(step, n, p, 3, grad, 1, buf, 2);
            SCALAR.sgd(step, n, sharedP, 2, shifted(grad, 1, 2), 2, sharedBuf, 2);
            assertArrayEquals(Arrays.copyOfRange(p, 3, 3 + n), Arrays.copyOfRange(sharedP, 2, 2 + n), step + " n=" + n);
            assertArrayEquals(buf, sharedBuf, step + " n=" + n);
        });
    }

    @Test
    void scalarAdamGivesTheSameBitsAtSharedAndDifferentOffsets() {
        for (int n : new int[] {1, 17, AlignedBlocks.BLOCK + 1, 3 * AlignedBlocks.BLOCK + 7}) {
            for (boolean amsgrad : new boolean[] {false, true}) {
                AdamStep step = new AdamStep(1f, 0.1f, 1f, 0.9f, 0.1f, 0.999f, 1e-3f, -0.01f, 0.3f, 1e-8f);
                float[] grad = data(n + 1, n);
                float[][] start = {data(n + 3, n + 1), data(n + 2, n + 2), positive(n + 2, n + 3),
                        amsgrad ? positive(n + 2, n + 4) : null};
                float[][] different = run(SCALAR, step, n, grad, start);
                float[][] shared = {shifted(start[0], 3, 2), start[1].clone(), start[2].clone(),
                        amsgrad ? start[3].clone() : null};
                SCALAR.adam(step, n, shared[0], 2, shifted(grad, 1, 2), 2, shared[1], shared[2], shared[3], 2);
                assertArrayEquals(Arrays.copyOfRange(different[0], 3, 3 + n), Arrays.copyOfRange(shared[0], 2, 2 + n),
                        "param n=" + n);
                for (int i = 1; i < shared.length; i++) {
                    assertArrayEquals(different[i], shared[i], "state " + i + " n=" + n);
                }
            }
        }
    }

    /** The elements of {@code a} from {@code from} on, moved to start at {@code to} (zeros before). */
    private static float[] shifted(float[] a, int from, int to) {
        float[] b = new float[a.length - from + to];
        System.arraycopy(a, from, b, to, a.length - from);
        return b;
    }

    /** Bit 0 momentum, 1 maximize, 2 weight decay, 3 nesterov (with momentum), 4 the first step. */
    private static SgdStep sgdStep(int options) {
        boolean momentum = (options & 1) != 0;
        return new SgdStep(-0.1f, (options & 2) != 0 ? -1f : 1f, (options & 4) != 0 ? 0.01f : 0f, 0.9f, 0.8f,
                momentum && (options & 8) != 0, (options & 16) != 0);
    }

    /** Second moments are never negative. */
    private static float[] positive(int n, long seed) {
        float[] v = data(n, seed);
        for (int i = 0; i < n; i++) {
            v[i] = Math.abs(v[i]);
        }
        return v;
    }

    /** One Adam step on copies of {param, m, v, vMax}. */
    private static float[][] run(OptimizerKernels kernels, AdamStep step, int n, float[] grad, float[][] start) {
        float[][] a = new float[start.length][];
        for (int i = 0; i < start.length; i++) {
            a[i] = start[i] == null ? null : start[i].clone();
        }
        kernels.adam(step, n, a[0], 3, grad, 1, a[1], a[2], a[3], 2);
        return a;
    }
}
