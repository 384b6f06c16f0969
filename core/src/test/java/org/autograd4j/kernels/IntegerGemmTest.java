package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The int64 product against the definition: row-major and transposed operands read with strides from
 * an offset, C's rows further apart than its width, empty and one-element shapes, and products that
 * wrap as int64.
 */
class IntegerGemmTest {

    /** {@code C[i][j] = sum_p A[i][p] B[p][j]} with A, B row-major {@code long[][]}. */
    private static long[][] definition(long[][] a, long[][] b, int n) {
        long[][] c = new long[a.length][n];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < b.length; p++) {
                    c[i][j] += a[i][p] * b[p][j];
                }
            }
        }
        return c;
    }

    private static long[][] random(Random random, int rows, int cols) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextInt(2001) - 1000;
            }
        }
        return m;
    }

    /** A stored at offset 3 transposed (column-major), B at offset 1 row-major, C with rows ldc = n + 2 apart. */
    private static void agrees(int m, int n, int k, Random random) {
        long[][] a = random(random, m, k);
        long[][] b = random(random, k, n);
        long[] aStore = new long[3 + m * k];
        long[] bStore = new long[1 + k * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                aStore[3 + p * m + i] = a[i][p];
            }
        }
        for (int p = 0; p < k; p++) {
            System.arraycopy(b[p], 0, bStore, 1 + p * n, n);
        }
        int ldc = n + 2;
        long[] c = new long[2 + m * ldc];
        java.util.Arrays.fill(c, 99); // overwritten, not added to
        IntegerGemm.gemm(m, n, k, aStore, 3, 1, m, bStore, 1, n, 1, c, 2, ldc);
        long[][] expected = definition(a, b, n);
        for (int i = 0; i < m; i++) {
            long[] row = java.util.Arrays.copyOfRange(c, 2 + i * ldc, 2 + i * ldc + n);
            assertArrayEquals(expected[i], row, m + "x" + k + " by " + k + "x" + n + ", row " + i);
        }
        assertEquals(99, c[0], "before C's offset untouched");
    }

    @Test
    void stridedOperandsOfAwkwardSizes() {
        Random random = new Random(7);
        int[][] sizes = {{1, 1, 1}, {3, 5, 7}, {17, 2, 33}, {1, 9, 4}, {6, 1, 1}, {0, 3, 2}, {3, 0, 2}};
        for (int[] s : sizes) {
            agrees(s[0], s[1], s[2], random);
        }
    }

    @Test
    void emptyInnerDimensionGivesZeros() {
        long[] c = {5, 5, 5, 5};
        IntegerGemm.gemm(2, 2, 0, new long[0], 0, 0, 1, new long[0], 0, 2, 1, c, 0, 2);
        assertArrayEquals(new long[4], c);
    }

    @Test
    void productsWrapAsInt64() {
        long[] c = new long[1];
        IntegerGemm.gemm(1, 1, 2, new long[] {Long.MAX_VALUE, 3}, 0, 2, 1, new long[] {2, 1}, 0, 1, 1, c, 0, 1);
        assertArrayEquals(new long[] {Long.MAX_VALUE * 2 + 3}, c); // -2 + 3
    }
}
