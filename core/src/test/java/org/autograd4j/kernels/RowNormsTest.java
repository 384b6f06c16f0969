package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The rows' p-norms against their definitions for every kind of p, on rows of one element, empty
 * rows, no rows, zeros, infinities and NaN.
 */
class RowNormsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void everyKindOfPMatchesItsDefinition() {
        double[] rows = TestData.values(7 * 5, 3, 4, false);
        rows[3] = 0;
        rows[12] = -0.0;
        for (double p : new double[] {INF, -INF, 0, 1, 2, 3, 0.5, -1.5}) {
            double[] norms = RowNorms.of(rows, 7, 5, p);
            for (int r = 0; r < 7; r++) {
                double[] row = Arrays.copyOfRange(rows, r * 5, (r + 1) * 5);
                TestData.assertClose(definition(row, p), norms[r], 1e-14, 0, "p " + p + " row " + r);
            }
        }
    }

    /** max or min of |x|, the count of nonzeros, or (sum |x|^p)^(1/p). */
    private static double definition(double[] row, double p) {
        if (Double.isInfinite(p)) {
            return Arrays.stream(row).map(Math::abs).reduce(p > 0 ? Math::max : Math::min).orElse(p > 0 ? 0 : INF);
        }
        if (p == 0) {
            return Arrays.stream(row).filter(v -> v != 0).count();
        }
        return Math.pow(Arrays.stream(row).map(v -> Math.pow(Math.abs(v), p)).sum(), 1 / p);
    }

    @Test
    void edgeRowsAndSpecialValues() {
        assertArrayEquals(new double[] {5}, RowNorms.of(new double[] {-5}, 1, 1, 3), 1e-15); // (125)^(1/3)
        assertArrayEquals(new double[] {1}, RowNorms.of(new double[] {-5}, 1, 1, 0));
        // empty rows: nothing summed, and -inf's minimum over nothing is its identity, +inf
        assertArrayEquals(new double[] {0, 0}, RowNorms.of(new double[0], 2, 0, 2));
        assertArrayEquals(new double[] {INF}, RowNorms.of(new double[0], 1, 0, -INF));
        assertArrayEquals(new double[0], RowNorms.of(new double[0], 0, 4, 1));
        // NaN wins over every p, even the infinity norms where max would skip it
        for (double p : new double[] {INF, -INF, 0, 1, 2, 2.5}) {
            assertEquals(Double.NaN, RowNorms.of(new double[] {INF, Double.NaN, 1}, 1, 3, p)[0]);
        }
        assertArrayEquals(new double[] {INF, 0}, RowNorms.of(new double[] {3, -INF, 0, 0}, 2, 2, 2));
        assertArrayEquals(new double[] {0}, RowNorms.of(new double[] {0, 0}, 1, 2, -1)); // (inf + inf)^(-1)
    }
}
