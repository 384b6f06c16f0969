package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** arange's, linspace's and repeat_interleave's values against their definitions, with empty and one-element results. */
class SequencesTest {
    @Test
    void arithmeticSequences() {
        assertArrayEquals(new double[] {1, 0.5, 0}, Sequences.arithmetic(3, 1.0, -0.5));
        assertArrayEquals(new double[0], Sequences.arithmetic(0, 1.0, 1.0));
        assertArrayEquals(new long[] {Long.MAX_VALUE - 1, Long.MAX_VALUE}, Sequences.arithmetic(2, Long.MAX_VALUE - 1, 1L));
        assertArrayEquals(new long[] {7}, Sequences.arithmetic(1, 7L, 100L));
    }

    @Test
    void linspaceHitsBothEndsExactly() {
        // torch.linspace(0, 1, 10, dtype=torch.float64)[-1] is exactly 1, counted back from the end
        double[] v = Sequences.linspace(10, 0, 1);
        assertArrayEquals(new double[] {0, 1}, new double[] {v[0], v[9]});
        assertArrayEquals(new double[] {1.0 - 1.0 / 9 * 4}, new double[] {v[5]});
        assertArrayEquals(new double[] {0.1 * 4}, new double[] {Sequences.linspace(11, 0, 1)[4]}, 1e-16);
        assertArrayEquals(new double[] {3}, Sequences.linspace(1, 3, 8));
        assertArrayEquals(new double[0], Sequences.linspace(0, 3, 8));
    }

    @Test
    void repeatedIndicesAndTheirSaturatingTotal() {
        long[] counts = {2, 0, 1, 3};
        assertArrayEquals(new long[] {0, 0, 2, 3, 3, 3}, Sequences.repeatedIndices(counts, 6));
        assertArrayEquals(new long[] {0}, Sequences.repeatedIndices(new long[] {1}, 1));
        assertArrayEquals(new long[0], Sequences.repeatedIndices(new long[] {0, 0}, 0));
        assertArrayEquals(new long[0], Sequences.repeatedIndices(new long[0], 0));
        assertEquals(6, Sequences.saturatingTotal(counts));
        assertEquals(Long.MAX_VALUE, Sequences.saturatingTotal(new long[] {Long.MAX_VALUE - 1, 2}));
        assertEquals(Long.MAX_VALUE, Sequences.saturatingTotal(new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 1}));
        assertEquals(0, Sequences.saturatingTotal(new long[0]));
    }
}
