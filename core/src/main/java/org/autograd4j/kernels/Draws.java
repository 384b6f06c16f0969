package org.autograd4j.kernels;

import java.util.function.IntToDoubleFunction;
import java.util.function.LongSupplier;

/**
 * Arrays of random values, one draw per element in index order: the samplers' loops. The draw
 * function reads the generator; its caller holds the generator's lock around the whole array, as
 * ATen holds the generator's mutex for a whole kernel, so no other thread's draw falls between two
 * elements and a seeded stream lands in order.
 */
public final class Draws {
    private Draws() {
    }

    /** {@code n} values, the i-th {@code next.applyAsDouble(i)}, called for i = 0, 1, ... in turn. */
    public static double[] doubles(int n, IntToDoubleFunction next) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = next.applyAsDouble(i);
        }
        return values;
    }

    /** {@code n} values from {@code n} calls of {@code next}, in order. */
    public static long[] longs(int n, LongSupplier next) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = next.getAsLong();
        }
        return values;
    }
}
