package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RowAccumulation#sumOfRows} against its definition (the rows added in order, in float), on
 * awkward sizes around the block, padded and repeated rows, offsets, and two threads against one
 * bit for bit; nothing outside the output row may be written.
 */
class RowAccumulationTest {
    private static final int[] ROWS = {1, 2, 3, 17, 128};
    private static final int[] COLS = {1, 7, RowAccumulation.BLOCK - 1, RowAccumulation.BLOCK,
        RowAccumulation.BLOCK + 1, 3 * RowAccumulation.BLOCK + 5};

    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    @Test
    void sumsMatchTheRowsAddedInOrder() {
        for (int rows : ROWS) {
            for (int cols : COLS) {
                for (int ld : new int[] {cols, cols + 3, 0}) {
                    float[] x = TestData.toFloat(TestData.values(5 + Math.max(1, rows * Math.max(ld, 1)) + cols,
                            rows * 31L + cols, 2, false));
                    float[] out = new float[cols + 3];
                    Arrays.fill(out, 42f);
                    RowAccumulation.sumOfRows(rows, cols, x, 5, ld, out, 2);
                    for (int j = 0; j < out.length; j++) {
                        assertEquals(j < 2 || j >= cols + 2 ? 42f : inOrder(rows, x, 5 + j - 2, ld), out[j], 0f,
                                rows + "x" + cols + " ld " + ld + " at " + j);
                    }
                }
            }
        }
    }

    @Test
    void twoThreadsGiveTheSameBitsAsOne() {
        int rows = 64;
        int cols = 8 * RowAccumulation.BLOCK + 9;
        float[] x = TestData.toFloat(TestData.values(rows * cols, 3, 2, true));
        float[][] results = new float[2][cols];
        for (int threads = 1; threads <= 2; threads++) {
            Threads.set(threads);
            RowAccumulation.sumOfRows(rows, cols, x, 0, cols, results[threads - 1], 0);
        }
        assertArrayEquals(results[0], results[1]);
    }

    private static float inOrder(int rows, float[] x, int off, int ld) {
        float sum = x[off];
        for (int i = 1; i < rows; i++) {
            sum += x[off + i * ld];
        }
        return sum;
    }
}
