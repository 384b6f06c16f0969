package org.autograd4j.kernels.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocked factorizations against the plain textbook loops they replace (kept here as the
 * reference), on sizes that straddle the block size: one block, one short of it, exactly one,
 * one past it, two and a bit, four and a bit.
 */
class BlockedFactorizationTest {
    private static final double TOL = 1e-11;

    private static double[] random(int rows, int cols, long seed) {
        Random r = new Random(seed);
        double[] a = new double[rows * cols];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    /** X·Xᵀ + n·I: symmetric positive-definite, condition number of order 10. */
    private static double[] spd(int n, long seed) {
        double[] x = random(n, n, seed);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = i == j ? n : 0;
                for (int k = 0; k < n; k++) {
                    s += x[i * n + k] * x[j * n + k];
                }
                a[i * n + j] = s;
            }
        }
        return a;
    }

    private static void assertClose(double[] expected, double[] actual, double tol) {
        assertEquals(expected.length, actual.length);
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol * scale, "element " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 31, 32, 33, 65, 130})
    void luMatchesUnblockedElimination(int n) {
        for (int[] shape : new int[][] {{n, n}, {n, n / 2 + 1}, {n / 2 + 1, n}}) {
            int m = shape[0];
            int cols = shape[1];
            double[] a = random(m, cols, 7L * n + m);
            double[] expected = a.clone();
            int[] expectedPivots = new int[Math.min(m, cols)];
            plainLu(expected, m, cols, expectedPivots);
            int[] pivots = new int[expectedPivots.length];
            assertEquals(0, Lu.factor(a, m, cols, pivots));
            assertArrayEquals(expectedPivots, pivots, "pivots " + m + "x" + cols);
            assertClose(expected, a, TOL);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 65, 130})
    void float32UpdatesKeepFloat32Accuracy(int n) {
        double[] a = spd(n, n);
        double[] lu = a.clone();
        double[] expectedLu = a.clone();
        int[] pivots = new int[n];
        plainLu(expectedLu, n, n, pivots);
        assertEquals(0, Lu.factor(lu, n, n, pivots, Precision.FLOAT32));
        assertClose(expectedLu, lu, 1e-5);
        double[] l = a.clone();
        double[] expectedL = a.clone();
        plainCholesky(expectedL, n);
        assertEquals(0, Cholesky.factor(l, n, Precision.FLOAT32));
        assertClose(expectedL, l, 1e-5);
        double[] b = random(n, 5, n);
        double[] x = b.clone();
        double[] expectedX = b.clone();
        plainSubstitution(expectedL, n, false, false, expectedX, 5);
        TriangularSolve.solve(expectedL, n, false, false, x, 5, Precision.FLOAT32);
        assertClose(expectedX, x, 1e-5);
        // and not float64 accuracy: the updates did run in float32
        double worst = 0;
        for (int i = 0; i < lu.length; i++) {
            worst = Math.max(worst, Math.abs(lu[i] - expectedLu[i]));
        }
        assertTrue(worst > 1e-12, "float32 rounding visible: " + worst);
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 65, 130})
    void luReportsTheFirstZeroPivotPastTheFirstBlock(int n) {
        double[] a = random(n, n, n);
        // a zero column stays exactly zero through elimination, so its pivot is exactly zero
        int zero = Math.min(40, n - 1);
        for (int i = 0; i < n; i++) {
            a[i * n + zero] = 0;
        }
        int[] pivots = new int[n];
        assertEquals(zero + 1, Lu.factor(a, n, n, pivots));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 31, 32, 33, 65, 130})
    void choleskyMatchesUnblockedLoops(int n) {
        double[] a = spd(n, n);
        double[] expected = a.clone();
        assertEquals(0, plainCholesky(expected, n));
        assertEquals(0, Cholesky.factor(a, n));
        assertClose(expected, a, TOL);
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 65, 130})
    void choleskyNamesTheFailingMinorPastTheFirstBlock(int n) {
        double[] a = spd(n, n);
        int failing = n - 2;
        for (int j = 0; j < n; j++) {
            a[failing * n + j] = 0;
            a[j * n + failing] = 0;
        }
        assertEquals(failing + 1, Cholesky.factor(a, n));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 31, 32, 33, 65, 130})
    void triangularSolvesMatchSubstitution(int n) {
        double[] t = random(n, n, n);
        for (int i = 0; i < n; i++) {
            t[i * n + i] += n * Math.signum(t[i * n + i] + 0.5);
        }
        double[] b = random(n, 37, n + 1);
        for (boolean upper : new boolean[] {false, true}) {
            for (boolean unit : new boolean[] {false, true}) {
                double[] expected = b.clone();
                plainSubstitution(t, n, upper, unit, expected, 37);
                double[] x = b.clone();
                TriangularSolve.solve(t, n, upper, unit, x, 37);
                assertClose(expected, x, TOL);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 16, 17, 31, 33, 65, 130})
    void tridiagonalQlAgreesWithJacobi(int n) {
        double[] a = random(n, n, 3L * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[j * n + i] = Double.NaN; // only the lower triangle may be read
            }
        }
        double[] jacobiValues = new double[n];
        double[] jacobiVectors = new double[n * n];
        assertTrue(JacobiEigen.decompose(a, n, jacobiValues, jacobiVectors));
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        assertTrue(TridiagonalEigen.decompose(a, n, values, vectors));
        assertClose(jacobiValues, values, 1e-12);
        // the eigenvectors agree up to sign (the eigenvalues of a random matrix are distinct)
        for (int j = 0; j < n; j++) {
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += jacobiVectors[i * n + j] * vectors[i * n + j];
            }
            for (int i = 0; i < n; i++) {
                assertEquals(jacobiVectors[i * n + j], Math.signum(dot) * vectors[i * n + j], 1e-9, "vector " + j);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 40, 130})
    void tridiagonalQlHandlesRepeatedAndZeroEigenvalues(int n) {
        // diag(0, 0, 1, 1, 2, 2, ...) rotated by a reflection: every eigenvalue twice
        double[] u = random(n, 1, n);
        double norm2 = 0;
        for (double x : u) {
            norm2 += x * x;
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    double hkj = (k == j ? 1 : 0) - 2 * u[k] * u[j] / norm2;
                    double hik = (i == k ? 1 : 0) - 2 * u[i] * u[k] / norm2;
                    s += hik * (k / 2) * hkj;
                }
                a[i * n + j] = s;
            }
        }
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        assertTrue(SymmetricEigen.decompose(a, n, values, vectors));
        for (int i = 0; i < n; i++) {
            assertEquals(i / 2, values[i], 1e-12 * n, "eigenvalue " + i);
        }
        // A·V = V·Λ
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double av = 0;
                for (int k = 0; k < n; k++) {
                    av += a[i * n + k] * vectors[k * n + j];
                }
                assertEquals(values[j] * vectors[i * n + j], av, 1e-11 * n);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 31, 32, 33, 65, 130})
    void householderQrReconstructsWithOrthonormalQ(int n) {
        for (int[] shape : new int[][] {{n, n}, {n + 7, n / 2 + 1}, {n / 2 + 1, n + 7}}) {
            int m = shape[0];
            int cols = shape[1];
            double[] a = random(m, cols, 11L * n + m);
            for (boolean complete : new boolean[] {false, true}) {
                HouseholderQr.Factors f = HouseholderQr.factor(a, m, cols, complete);
                int k = f.qCols();
                double[] qr = new double[m * cols];
                double[] qtq = new double[k * k];
                for (int i = 0; i < m; i++) {
                    for (int c = 0; c < cols; c++) {
                        for (int p = 0; p < k; p++) {
                            qr[i * cols + c] += f.q()[i * k + p] * f.r()[p * cols + c];
                        }
                    }
                }
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        for (int p = 0; p < m; p++) {
                            qtq[i * k + j] += f.q()[p * k + i] * f.q()[p * k + j];
                        }
                        assertEquals(i == j ? 1 : 0, qtq[i * k + j], 1e-13, "QᵀQ " + m + "x" + cols);
                    }
                    for (int c = 0; c < Math.min(i, cols); c++) {
                        assertEquals(0, f.r()[i * cols + c], "R below its diagonal");
                    }
                }
                assertClose(a, qr, 1e-13);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 65})
    void blockedQrKeepsLapacksSigns(int n) {
        // a diagonally dominant matrix with a negative diagonal: geqrf's beta = -sign(alpha)·norm
        // makes every diagonal element of R positive, in the first panel and after it, but the
        // last, which has nothing below it to reflect (tau = 0, R keeps alpha)
        double[] a = random(n, n, n);
        for (int i = 0; i < n; i++) {
            a[i * n + i] = -4 * n;
        }
        HouseholderQr.Factors f = HouseholderQr.factor(a, n, n, false);
        for (int i = 0; i < n - 1; i++) {
            assertTrue(f.r()[i * n + i] > 0, "R(" + i + ", " + i + ")");
        }
        assertTrue(f.r()[n * n - 1] < 0);
    }

    // ---- the unblocked reference loops ----

    private static void plainLu(double[] a, int m, int n, int[] pivots) {
        for (int j = 0; j < Math.min(m, n); j++) {
            int p = j;
            for (int i = j + 1; i < m; i++) {
                if (Math.abs(a[i * n + j]) > Math.abs(a[p * n + j])) {
                    p = i;
                }
            }
            pivots[j] = p + 1;
            for (int c = 0; c < n; c++) {
                double t = a[p * n + c];
                a[p * n + c] = a[j * n + c];
                a[j * n + c] = t;
            }
            for (int i = j + 1; i < m; i++) {
                double l = a[i * n + j] / a[j * n + j];
                a[i * n + j] = l;
                for (int c = j + 1; c < n; c++) {
                    a[i * n + c] -= l * a[j * n + c];
                }
            }
        }
    }

    private static int plainCholesky(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= a[j * n + k] * a[j * n + k];
            }
            if (!(d > 0)) {
                return j + 1;
            }
            a[j * n + j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / a[j * n + j];
            }
            for (int k = j + 1; k < n; k++) {
                a[j * n + k] = 0;
            }
        }
        return 0;
    }

    private static void plainSubstitution(double[] t, int n, boolean upper, boolean unit, double[] b, int k) {
        for (int step = 0; step < n; step++) {
            int i = upper ? n - 1 - step : step;
            for (int c = 0; c < k; c++) {
                double s = b[i * k + c];
                for (int p = upper ? i + 1 : 0; p < (upper ? n : i); p++) {
                    s -= t[i * n + p] * b[p * k + c];
                }
                b[i * k + c] = unit ? s : s / t[i * n + i];
            }
        }
    }
}
