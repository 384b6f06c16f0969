package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * where's loop against its definition for every element type, with strided, broadcast (stride 0)
 * and reversed operands, conditions that change at every element or never, and empty runs.
 */
class WhereTest {
    @Test
    void matchesTheDefinitionOnRandomConditionsAndStrides() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(12);
            boolean[] c = new boolean[2 * n + 1];
            for (int i = 0; i < c.length; i++) {
                c[i] = trial % 3 == 0 ? random.nextBoolean() : (i / 3) % 2 == 0; // alternating, or in runs of three
            }
            int cs = random.nextInt(3);
            int as = random.nextInt(3) - 1; // -1, 0 or 1
            int bs = random.nextInt(2);
            double[] a = TestData.values(2 * n + 1, trial, 10, false);
            double[] b = TestData.values(n + 1, trial + 1000, 10, false);
            int a0 = as < 0 ? n : 0;
            double[] out = new double[2 * n + 1];
            Where.choose(n, c, 0, cs, a, a0, as, b, 0, bs, out, 1, 2);
            double[] expected = new double[2 * n + 1];
            for (int i = 0; i < n; i++) {
                expected[1 + 2 * i] = c[i * cs] ? a[a0 + i * as] : b[i * bs];
            }
            assertArrayEquals(expected, out);
        }
    }

    @Test
    void everyElementType() {
        boolean[] c = {true, false, false, true};
        long[] l = new long[4];
        Where.choose(4, c, 0, 1, new long[] {(1L << 53) + 1}, 0, 0, new long[] {-1, -2, -3, -4}, 0, 1, l, 0, 1);
        assertArrayEquals(new long[] {(1L << 53) + 1, -2, -3, (1L << 53) + 1}, l);
        float[] f = new float[2];
        Where.choose(2, c, 1, 0, new float[] {1}, 0, 0, new float[] {0.1f, 0.2f}, 0, 1, f, 0, 1); // c broadcast: false
        assertArrayEquals(new float[] {0.1f, 0.2f}, f);
        boolean[] b = new boolean[1];
        Where.choose(1, c, 0, 1, new boolean[] {true}, 0, 1, new boolean[] {false}, 0, 1, b, 0, 1);
        assertArrayEquals(new boolean[] {true}, b);
        Where.choose(0, new boolean[0], 0, 1, new double[0], 0, 1, new double[0], 0, 1, new double[0], 0, 1);
    }
}
