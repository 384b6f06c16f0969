package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * float32 sums whose outputs each add many runs (a convolution's bias gradient: the sum over batch
 * and positions per channel), split over the outputs across threads: bit for bit the same on one and
 * two threads, and equal to the float64 sum, on layouts with few and many outputs, odd sizes, a
 * transposed view and an empty reduction.
 */
class ChannelSumThreadsTest {
    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    private static void sameOnOneAndTwoThreads(Tensor x, int... dims) {
        Threads.set(1);
        Tensor one = x.sum(dims, false);
        Threads.set(2);
        Tensor two = x.sum(dims, false);
        assertArrayEquals(one.shape(), two.shape());
        assertArrayEquals(one.toFloatArray(), two.toFloatArray());
        Tensor expected = x.to(DType.FLOAT64).sum(dims, false);
        assertArrayEquals(expected.toDoubleArray(), two.toDoubleArray(), 1e-3);
    }

    @Test
    void channelsOfABatchOfImages() {
        Tensor.manualSeed(11);
        sameOnOneAndTwoThreads(Tensor.randn(64, 32, 26, 26), 0, 2, 3);
        sameOnOneAndTwoThreads(Tensor.randn(7, 65, 11, 13), 0, 2, 3);
        sameOnOneAndTwoThreads(Tensor.randn(3, 2, 5, 301), 0, 2, 3);
    }

    @Test
    void oneOutputManyOutputsAndViews() {
        Tensor.manualSeed(12);
        sameOnOneAndTwoThreads(Tensor.randn(5, 1, 9, 9), 0, 2, 3);
        sameOnOneAndTwoThreads(Tensor.randn(300, 257), 1);
        sameOnOneAndTwoThreads(Tensor.randn(257, 300).t(), 0);
        sameOnOneAndTwoThreads(Tensor.randn(4, 3, 0, 5), 0, 2, 3);
    }
}
