package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RowAccumulation#sumOfRows} against its definition (the rows added in order, in float, a
 * chunk of rows at a time, the chunks' sums in double), on awkward sizes around the block and the
 * chunk, padded and repeated rows, offsets, and two threads against one bit for bit; nothing outside
 * the output row may be written. A long column keeps its digits.
 */
class RowAccumulationTest {
    private static final int[] ROWS = {1, 2, 3, 17, RowAccumulation.CHUNK, RowAccumulation.CHUNK + 1, 200};
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

    /** A million rows of 0.1f: summed in float one by one, the total would be off by about 1 %. */
    @Test
    void aLongColumnIsSummedAsExactlyAsInDouble() {
        int rows = 1_000_000;
        float[] x = new float[rows];
        Arrays.fill(x, 0.1f);
        float[] out = new float[1];
        RowAccumulation.sumOfRows(rows, 1, x, 0, 1, out, 0);
        double exact = rows * (double) 0.1f;
        assertEquals(exact, out[0], 1e-6 * exact);
    }

    private static float inOrder(int rows, float[] x, int off, int ld) {
        double total = 0;
        for (int r = 0; r < rows; r += RowAccumulation.CHUNK) {
            float sum = x[off + r * ld];
            for (int i = r + 1; i < Math.min(rows, r + RowAccumulation.CHUNK); i++) {
                sum += x[off + i * ld];
            }
            total += sum;
        }
        return (float) total;
    }
}
