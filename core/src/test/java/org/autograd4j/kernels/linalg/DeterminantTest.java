package org.autograd4j.kernels.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Determinants from the LU against the definition (Laplace expansion along the first row) on sizes 0
 * to 6, a matrix whose pivoting swaps rows, singular matrices (sign 0, log of 0) and a determinant
 * past double's range, which only the sign-and-log form holds.
 */
class DeterminantTest {

    /** det by cofactor expansion along the first row. */
    private static double definition(double[] a, int n) {
        if (n == 0) {
            return 1;
        }
        double det = 0;
        for (int c = 0; c < n; c++) {
            double[] minor = new double[(n - 1) * (n - 1)];
            for (int i = 1, k = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (j != c) {
                        minor[k++] = a[i * n + j];
                    }
                }
            }
            det += (c % 2 == 0 ? 1 : -1) * a[c] * definition(minor, n - 1);
        }
        return det;
    }

    @Test
    void agreesWithTheDefinition() {
        Random random = new Random(3);
        for (int n = 0; n <= 6; n++) {
            double[] a = random.doubles(n * n, -2, 2).toArray();
            double[] copy = a.clone();
            double expected = definition(a, n);
            assertEquals(expected, Determinant.of(a, n, Precision.FLOAT64), 1e-12 * Math.max(1, Math.abs(expected)),
                    "n = " + n);
            double[] signAndLog = Determinant.signAndLogAbs(a, n, Precision.FLOAT64);
            assertEquals(Math.signum(expected), signAndLog[0], "sign, n = " + n);
            assertEquals(Math.log(Math.abs(expected)), signAndLog[1], 1e-12, "log, n = " + n);
            assertArrayEquals(copy, a, "the matrix is left untouched");
        }
    }

    @Test
    void rowSwapsNegate() {
        double[] swap = {0, 1, 0, 1, 0, 0, 0, 0, 3}; // rows 0 and 1 exchanged, times 3
        assertEquals(-3, Determinant.of(swap, 3, Precision.FLOAT64));
        assertArrayEquals(new double[] {-1, Math.log(3)}, Determinant.signAndLogAbs(swap, 3, Precision.FLOAT32));
        assertEquals(-2, Determinant.of(new double[] {-2}, 1, Precision.FLOAT64));
    }

    @Test
    void singularAndHugeDeterminants() {
        double[] singular = {1, 2, 2, 4};
        assertEquals(0, Determinant.of(singular, 2, Precision.FLOAT64), 0.0); // -0.0 after the row swap
        double[] zero = Determinant.signAndLogAbs(singular, 2, Precision.FLOAT64);
        assertEquals(0, zero[0], 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, zero[1]);
        int n = 40;
        double[] scaled = new double[n * n];
        for (int i = 0; i < n; i++) {
            scaled[i * n + i] = i == 0 ? -1e300 : 1e10;
        }
        assertEquals(Double.NEGATIVE_INFINITY, Determinant.of(scaled, n, Precision.FLOAT64));
        double[] signAndLog = Determinant.signAndLogAbs(scaled, n, Precision.FLOAT64);
        assertEquals(-1, signAndLog[0]);
        assertEquals(300 * Math.log(10) + 39 * 10 * Math.log(10), signAndLog[1], 1e-9);
    }
}
