package org.autograd4j.kernels.linalg;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.kernels.Gemm;

/**
 * QR by Householder reflections with LAPACK's conventions (geqrf, orgqr): each reflection
 * H = I - tau·v·vᵀ with v(0) = 1 maps its column onto beta·e1 with beta of the opposite sign to the
 * column's leading element, and a column already zero below its diagonal is left alone (tau = 0).
 *
 * <p>Blocked as LAPACK's geqrf: a panel of {@link Blocks#BLOCK} columns is reduced one reflection
 * at a time, then its reflections are applied to the rest of the matrix at once in the compact WY
 * form H₁·…·H_b = I - V·T·Vᵀ (Schreiber and Van Loan), two GEMMs and a small triangular product;
 * Q is formed from the same blocks. With at most BLOCK reflections, the plain loops do it all.
 */
public final class HouseholderQr {
    private HouseholderQr() {
    }

    /** Q (m×qCols, qCols = m for the complete factorization or min(m, n)) and R (qCols×n, upper triangular). */
    public record Factors(double[] q, double[] r, int qCols) {
    }

    /** One panel's reflections in compact WY form: V ((m - first)×width, unit lower trapezoidal) and T (width×width). */
    private record Panel(int first, int width, double[] v, double[] t) {
    }

    public static Factors factor(double[] a, int m, int n, boolean complete) {
        int k = Math.min(m, n);
        double[] work = a.clone();
        double[] tau = new double[k];
        boolean blocked = k > Blocks.BLOCK;
        List<Panel> panels = new ArrayList<>();
        for (int first = 0; first < k; first += Blocks.BLOCK) {
            int width = Math.min(Blocks.BLOCK, k - first);
            // unblocked, each reflection updates every column to its right; blocked, only the panel's
            int end = blocked ? first + width : n;
            for (int j = first; j < first + width; j++) {
                tau[j] = reflectColumn(work, m, n, j);
                applyReflection(work, m, n, j, tau[j], j + 1, end, work, n);
            }
            if (blocked) {
                Panel panel = panel(work, m, n, first, width, tau);
                panels.add(panel);
                applyPanel(panel, true, m, work, n, first + width, n);
            }
        }
        int qCols = complete ? m : k;
        double[] r = new double[qCols * n];
        for (int i = 0; i < Math.min(qCols, m); i++) {
            for (int c = i; c < n; c++) {
                r[i * n + c] = work[i * n + c];
            }
        }
        double[] q = new double[m * qCols];
        for (int i = 0; i < Math.min(m, qCols); i++) {
            q[i * qCols + i] = 1;
        }
        if (blocked) {
            for (int p = panels.size() - 1; p >= 0; p--) {
                Panel panel = panels.get(p);
                applyPanel(panel, false, m, q, qCols, panel.first, qCols);
            }
        } else {
            for (int j = k - 1; j >= 0; j--) {
                applyReflection(work, m, n, j, tau[j], j, qCols, q, qCols);
            }
        }
        return new Factors(q, r, qCols);
    }

    /**
     * Builds reflection {@code j} of column j (rows j..m-1): stores v below the diagonal (v(0) = 1
     * implied), beta on the diagonal, and returns tau.
     */
    private static double reflectColumn(double[] a, int m, int n, int j) {
        double alpha = a[j * n + j];
        double tail = 0;
        for (int i = j + 1; i < m; i++) {
            tail = Math.hypot(tail, a[i * n + j]);
        }
        if (tail == 0) {
            return 0;
        }
        double beta = -Math.copySign(Math.hypot(alpha, tail), alpha);
        double scale = 1 / (alpha - beta);
        for (int i = j + 1; i < m; i++) {
            a[i * n + j] *= scale;
        }
        a[j * n + j] = beta;
        return (beta - alpha) / beta;
    }

    /**
     * Applies reflection {@code j} (v stored in column j of {@code v} below the diagonal) from the
     * left to columns [from, to) of the m-row matrix {@code x} with row stride {@code xn}.
     */
    private static void applyReflection(double[] v, int m, int n, int j, double tau, int from, int to, double[] x,
            int xn) {
        if (tau == 0) {
            return;
        }
        for (int c = from; c < to; c++) {
            double dot = x[j * xn + c];
            for (int i = j + 1; i < m; i++) {
                dot += v[i * n + j] * x[i * xn + c];
            }
            dot *= tau;
            x[j * xn + c] -= dot;
            for (int i = j + 1; i < m; i++) {
                x[i * xn + c] -= dot * v[i * n + j];
            }
        }
    }

    /**
     * The compact WY form of the panel's reflections (LAPACK's larft, forward and columnwise):
     * V copied out with its unit diagonal and zeros above, and the upper triangular T built column
     * by column as T(0:i, i) = -tau_i·T(0:i, 0:i)·V(:, 0:i)ᵀ·v_i, T(i, i) = tau_i.
     */
    private static Panel panel(double[] a, int m, int n, int first, int width, double[] tau) {
        int rows = m - first;
        double[] v = new double[rows * width];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < width; c++) {
                v[i * width + c] = i == c ? 1 : i > c ? a[(first + i) * n + first + c] : 0;
            }
        }
        double[] t = new double[width * width];
        double[] vtv = new double[width];
        for (int c = 0; c < width; c++) {
            double tc = tau[first + c];
            t[c * width + c] = tc;
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int i = c; i < rows; i++) {
                    dot += v[i * width + p] * v[i * width + c];
                }
                vtv[p] = dot;
            }
            for (int p = 0; p < c; p++) {
                double s = 0;
                for (int q = p; q < c; q++) {
                    s += t[p * width + q] * vtv[q];
                }
                t[p * width + c] = -tc * s;
            }
        }
        return new Panel(first, width, v, t);
    }

    /**
     * Applies I - V·T·Vᵀ (or its transpose I - V·Tᵀ·Vᵀ, the product of the panel's reflections in
     * reverse order) from the left to columns [from, to) of the rows panel.first.. of the row-major
     * {@code x} with row stride {@code xn}: W = Vᵀ·X, W = T·W (or Tᵀ·W), X -= V·W.
     */
    private static void applyPanel(Panel panel, boolean transposed, int m, double[] x, int xn, int from, int to) {
        int rows = m - panel.first;
        int cols = to - from;
        int width = panel.width;
        if (cols <= 0) {
            return;
        }
        int xOff = panel.first * xn + from;
        double[] w = new double[width * cols];
        Gemm.gemm(width, cols, rows, panel.v, 0, 1, width, x, xOff, xn, 1, w, 0, cols, false);
        double[] tw = new double[width * cols];
        for (int i = 0; i < width; i++) {
            // row i of T·W sums T(i, p)·W(p) over p ≥ i; of Tᵀ·W, T(p, i)·W(p) over p ≤ i
            int pFrom = transposed ? 0 : i;
            int pTo = transposed ? i + 1 : width;
            for (int p = pFrom; p < pTo; p++) {
                double tip = transposed ? panel.t[p * width + i] : panel.t[i * width + p];
                if (tip != 0) {
                    for (int c = 0; c < cols; c++) {
                        tw[i * cols + c] += tip * w[p * cols + c];
                    }
                }
            }
        }
        Blocks.subtractProduct(Precision.FLOAT64, rows, cols, width, panel.v, 0, width, tw, 0, cols, 1, x, xOff, xn);
    }
}
