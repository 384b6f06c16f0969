package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The int64 and bool loops against their definitions: strided and broadcast (stride 0) runs, empty
 * and one-element runs, int64 wrapping and values a double cannot hold, powers, bool logic, and
 * division's zero divisor; int64 and bool sums.
 */
class IntegerRunsTest {
    private static final long BIG = (1L << 53) + 1; // not a double

    @Test
    void int64RunsWrapAndStayExact() {
        long[] x = {BIG, -1, Long.MAX_VALUE, 7};
        long[] y = {1, 3};
        long[] out = new long[6];
        // x read with stride 2 (BIG, MAX), y broadcast (stride 0), out written at 1 and 4
        IntegerRuns.binary(BinaryOp.ADD, 2, x, 0, 2, y, 0, 0, out, 1, 3);
        assertArrayEquals(new long[] {0, BIG + 1, 0, 0, Long.MIN_VALUE, 0}, out);
        long[] all = new long[4];
        long[] ys = {2, 2, 2, 2};
        for (BinaryOp op : new BinaryOp[] {BinaryOp.SUB, BinaryOp.MUL, BinaryOp.MAX, BinaryOp.MIN, BinaryOp.POW}) {
            IntegerRuns.binary(op, 4, x, 0, 1, ys, 0, 1, all, 0, 1);
            for (int i = 0; i < 4; i++) {
                assertEquals(definition(op, x[i], 2), all[i], op + " at " + i);
            }
        }
        IntegerRuns.binary(BinaryOp.MUL, 0, new long[0], 0, 1, new long[0], 0, 1, new long[0], 0, 1);
    }

    private static long definition(BinaryOp op, long a, long b) {
        switch (op) {
            case SUB: return a - b;
            case MUL: return a * b;
            case MAX: return Math.max(a, b);
            case MIN: return Math.min(a, b);
            default: return a * a; // POW with b = 2
        }
    }

    @Test
    void powersBySquaring() {
        long[] out = new long[5];
        IntegerRuns.binary(BinaryOp.POW, 5, new long[] {3, -2, 0, 5, 2}, 0, 1, new long[] {4, 3, 0, 1, 64}, 0, 1,
                out, 0, 1);
        assertArrayEquals(new long[] {81, -8, 1, 5, 0}, out); // 2^64 wraps to 0
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntegerRuns.binary(
                BinaryOp.POW, 1, new long[] {2}, 0, 1, new long[] {-1}, 0, 1, new long[1], 0, 1));
        assertEquals("Integers to negative integer powers are not allowed.", e.getMessage());
    }

    @Test
    void boolArithmeticIsLogic() {
        boolean[] x = {false, false, true, true};
        boolean[] y = {false, true, false, true};
        boolean[] out = new boolean[4];
        IntegerRuns.binary(BinaryOp.ADD, 4, x, 0, 1, y, 0, 1, out, 0, 1);
        assertArrayEquals(new boolean[] {false, true, true, true}, out);
        IntegerRuns.binary(BinaryOp.MIN, 4, x, 0, 1, y, 0, 1, out, 0, 1);
        assertArrayEquals(new boolean[] {false, false, false, true}, out);
        IntegerRuns.binary(BinaryOp.POW, 4, x, 0, 1, y, 0, 1, out, 0, 1);
        assertArrayEquals(new boolean[] {true, false, true, true}, out); // x^0 is 1, 0^1 is 0
        boolean[] one = new boolean[1];
        IntegerRuns.binary(BinaryOp.MUL, 1, x, 3, 1, y, 3, 0, one, 0, 1);
        assertArrayEquals(new boolean[] {true}, one);
    }

    @Test
    void comparisonsAreExactAndStrided() {
        long[] x = {BIG, 0, BIG - 1, 0, Long.MIN_VALUE};
        long[] y = {BIG - 1};
        boolean[] out = new boolean[6];
        // x with stride 2 against y broadcast, written at 5, 3, 1 (a negative stride)
        IntegerRuns.compare(3, x, 0, 2, y, 0, 0, out, 5, -2, order -> order > 0);
        assertArrayEquals(new boolean[] {false, false, false, false, false, true}, out);
        IntegerRuns.compare(3, x, 0, 2, y, 0, 0, out, 5, -2, order -> order == 0);
        assertArrayEquals(new boolean[] {false, false, false, true, false, false}, out);
        IntegerRuns.compare(0, x, 0, 1, y, 0, 1, new boolean[0], 0, 1, order -> true);
    }

    @Test
    void divisionsApplyTheirOperatorAndRaiseOnZero() {
        long[] out = new long[3];
        IntegerRuns.apply(new long[] {7, -7, BIG}, new long[] {2, 2, 1}, out, Math::floorDiv);
        assertArrayEquals(new long[] {3, -4, BIG}, out);
        IntegerRuns.apply(new long[] {7, -7, Long.MIN_VALUE}, new long[] {2, 2, -1}, out, (p, q) -> p / q);
        assertArrayEquals(new long[] {3, -3, Long.MIN_VALUE}, out);
        assertThrows(ArithmeticException.class,
                () -> IntegerRuns.apply(new long[] {1, 2}, new long[] {1, 0}, new long[2], Math::floorMod));
        IntegerRuns.apply(new long[0], new long[0], new long[0], Math::floorDiv);
    }

    @Test
    void sumsWrapAndCountTrue() {
        long[] x = {Long.MAX_VALUE, BIG, 1, -3, 1};
        assertEquals(Long.MIN_VALUE + 1, IntegerRuns.sum(3, x, 0, 2)); // MAX + 1 + 1 wraps
        assertEquals(BIG - 3, IntegerRuns.sum(2, x, 1, 2));
        assertEquals(3, IntegerRuns.sum(3, x, 4, 0)); // one element repeated
        assertEquals(0, IntegerRuns.sum(0, new long[0], 0, 1));
        boolean[] b = {true, false, true, true};
        assertEquals(3, IntegerRuns.sum(4, b, 0, 1));
        assertEquals(1, IntegerRuns.sum(2, b, 3, -2)); // b[3], b[1]
        assertEquals(0, IntegerRuns.sum(0, b, 0, 1));
    }
}
