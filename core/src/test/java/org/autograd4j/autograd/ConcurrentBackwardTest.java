package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backward passes on several threads into shared leaves sum correctly, as PyTorch's do (its
 * AccumulateGrad holds a lock): issue 9's reproducers, which lost up to half the gradient before.
 */
class ConcurrentBackwardTest {
    private static final int THREADS = 2;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on {@code threads} threads released together; returns their results in order. */
    static <T> List<T> together(int threads, Callable<T> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return work.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Ten runs of two threads each doing 300 {@code w.mul(1.0).sum().backward()} into one 1000-element leaf. */
    private static void twoThreadsSumIntoASharedLeaf(boolean gradientAlready) throws Exception {
        for (int run = 0; run < 10; run++) {
            Tensor w = Tensor.ones(new int[] {1000}, DType.FLOAT32).requiresGrad(true);
            if (gradientAlready) {
                w.setGrad(Tensor.zeros(new int[] {1000}, DType.FLOAT32));
            }
            together(THREADS, () -> {
                for (int i = 0; i < 300; i++) {
                    w.mul(1.0).sum().backward();
                }
                return null;
            });
            assertEquals(600_000.0, w.grad().sum().item(), "run " + run);
        }
    }

    @Test
    void sharedLeafStartingWithoutAGradient() throws Exception {
        twoThreadsSumIntoASharedLeaf(false);
    }

    @Test
    void sharedLeafWithAGradientAlready() throws Exception {
        twoThreadsSumIntoASharedLeaf(true);
    }

    @Test
    void sharedNonLeafWithRetainedGraph() throws Exception {
        for (int run = 0; run < 10; run++) {
            Tensor w = Tensor.ones(new int[] {1000}, DType.FLOAT32).requiresGrad(true);
            Tensor shared = w.mul(2.0);
            together(THREADS, () -> {
                for (int i = 0; i < 300; i++) {
                    shared.sum().backward(null, true);
                }
                return null;
            });
            assertEquals(1_200_000.0, w.grad().sum().item(), "run " + run);
        }
    }

    @Test
    void freshLeavesFirstUsedOnTwoThreadsAtOnce() throws Exception {
        Tensor[] leaves = new Tensor[2000];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = Tensor.of(1.0, 2.0).requiresGrad(true);
        }
        List<Integer> correct = together(THREADS, () -> {
            int count = 0;
            for (Tensor x : leaves) {
                Tensor g = Autograd.grad(x.mul(3).sum(), x).get(0);
                count += g.toDoubleArray()[1] == 3 ? 1 : 0;
            }
            return count;
        });
        assertEquals(List.of(leaves.length, leaves.length), correct);
    }

    @Test
    void hooksRegisteredOnFreshLeavesOnTwoThreadsAtOnceAreAllKept() throws Exception {
        Tensor[] leaves = new Tensor[2000];
        AtomicInteger[] calls = new AtomicInteger[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = Tensor.of(1.0, 2.0).requiresGrad(true);
            calls[i] = new AtomicInteger();
        }
        together(THREADS, () -> {
            for (int i = 0; i < leaves.length; i++) {
                AtomicInteger counter = calls[i];
                leaves[i].registerHook(g -> {
                    counter.incrementAndGet();
                    return null;
                });
            }
            return null;
        });
        for (int i = 0; i < leaves.length; i++) {
            leaves[i].mul(1).sum().backward();
            assertEquals(THREADS, calls[i].get(), "leaf " + i + " lost a hook");
        }
    }

    @Test
    void hooksRegisteredWhileAnotherThreadRunsBackward() throws Exception {
        Tensor w = Tensor.ones(new int[] {10}, DType.FLOAT64).requiresGrad(true);
        AtomicInteger registered = new AtomicInteger();
        together(THREADS, () -> {
            for (int i = 0; i < 300; i++) {
                if (i % 3 == 0 && registered.getAndIncrement() % 2 == 0) {
                    w.registerHook(g -> null);
                }
                w.mul(1.0).sum().backward();
            }
            return null;
        });
        assertEquals(6000.0, w.grad().sum().item());
    }

    /** Independent graphs on 8 threads give bitwise the gradients of a serial run; a shared leaf sums all 8. */
    @Test
    void eightThreadsOfIndependentAndSharedLeavesMatchSerial() throws Exception {
        Tensor shared = Tensor.rand(new int[] {16, 8}, DType.FLOAT64, new Generator(7)).requiresGrad(true);
        List<double[]> serial = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            serial.add(trainStep(t, shared));
        }
        double[] sharedSerial = shared.grad().toDoubleArray();
        shared.setGrad(null);
        AtomicInteger nextSeed = new AtomicInteger();
        List<double[]> parallel = together(8, () -> {
            return trainStep(nextSeed.getAndIncrement(), shared);
        });
        for (double[] got : parallel) {
            assertEquals(true, serial.stream().anyMatch(want -> Arrays.equals(want, got)),
                    "a thread's gradients differ from every serial run");
        }
        // The 8 contributions arrive in another order: equal up to rounding.
        assertArrayEquals(sharedSerial, shared.grad().toDoubleArray(), 1e-12);
    }

    /** A small model step seeded by {@code seed}: returns its own leaf's gradient, and accumulates into {@code shared}. */
    private static double[] trainStep(int seed, Tensor shared) {
        Tensor x = Tensor.rand(new int[] {4, 16}, DType.FLOAT64, new Generator(seed));
        Tensor own = Tensor.rand(new int[] {8, 3}, DType.FLOAT64, new Generator(100 + seed))
                .requiresGrad(true);
        x.matmul(shared).tanh().matmul(own).pow(2).mean().backward();
        return own.grad().toDoubleArray();
    }
}
