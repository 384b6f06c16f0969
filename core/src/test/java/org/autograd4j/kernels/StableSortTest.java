package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StableSortTest {

    @Test
    void ordersLikeAStableSortOfBoxedIndices() {
        Random random = new Random(7);
        for (int n : new int[] {0, 1, 2, 3, 7, 64, 1000, 4097}) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(Math.max(1, n / 4)) - n / 8; // many ties, some negative
            }
            Integer[] expected = new Integer[n];
            Arrays.setAll(expected, i -> i);
            Arrays.sort(expected, Comparator.comparingLong(i -> keys[i])); // stable
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), StableSort.order(keys));
        }
    }

    @Test
    void doubleKeysOrderAsPyTorchSorts() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[] ascending = {-inf, -1e300, -2.5, -Double.MIN_VALUE, 0.0, Double.MIN_VALUE, 1, 1e300, inf, nan};
        for (int i = 0; i + 1 < ascending.length; i++) {
            assertTrue(StableSort.key(ascending[i]) < StableSort.key(ascending[i + 1]), ascending[i] + " < next");
        }
        assertEquals(StableSort.key(0.0), StableSort.key(-0.0));
        assertEquals(StableSort.key(nan), StableSort.key(Double.longBitsToDouble(0xfff0000000000001L)));
    }
}
