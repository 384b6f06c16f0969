package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draw loops call their draw function once per element, in index order, and keep what it returns. */
class DrawsTest {

    @Test
    void doublesAreDrawnInIndexOrder() {
        List<Integer> asked = new ArrayList<>();
        double[] values = Draws.doubles(5, i -> {
            asked.add(i);
            return asked.size() * 0.5; // the call's rank, not its index: order shows
        });
        assertEquals(List.of(0, 1, 2, 3, 4), asked);
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2, 2.5}, values);
        assertArrayEquals(new double[] {7}, Draws.doubles(1, i -> 7));
        assertArrayEquals(new double[0], Draws.doubles(0, i -> {
            throw new AssertionError("no draw for no element");
        }));
    }

    @Test
    void longsAreDrawnInOrder() {
        long[] next = {Long.MAX_VALUE - 1};
        assertArrayEquals(new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1},
                Draws.longs(3, () -> ++next[0]));
        assertArrayEquals(new long[] {-3}, Draws.longs(1, () -> -3));
        assertArrayEquals(new long[0], Draws.longs(0, () -> {
            throw new AssertionError("no draw for no element");
        }));
    }
}
