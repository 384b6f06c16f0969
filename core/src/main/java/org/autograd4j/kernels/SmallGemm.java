package org.autograd4j.kernels;

/**
 * Direct loops for matrix products too small or too thin (a single row or column) to repay packing.
 * The inner loop runs along a row of B and C, which C2 vectorises when B's rows are contiguous.
 * The float and double loops are twins because C2 only vectorises loops over a primitive array type.
 */
final class SmallGemm {
    private SmallGemm() {
    }

    /** A {@link GemmDriver}; {@code parallel} is ignored, as a product this small is not worth a second thread. */
    static void multiply(boolean parallel, int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b,
                         int bOff, int bRs, int bCs, float[] c, int cOff, int ldc, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int row = cOff + i * ldc;
            if (!accumulate) {
                java.util.Arrays.fill(c, row, row + n, 0f);
            }
            for (int p = 0; p < k; p++) {
                float x = a[aOff + i * aRs + p * aCs];
                int bRow = bOff + p * bRs;
                for (int j = 0; j < n; j++) {
                    c[row + j] += x * b[bRow + j * bCs];
                }
            }
        }
    }

    /** The float64 twin of the float loops above. */
    static void multiply(boolean parallel, int m, int n, int k, double[] a, int aOff, int aRs, int aCs, double[] b,
                         int bOff, int bRs, int bCs, double[] c, int cOff, int ldc, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int row = cOff + i * ldc;
            if (!accumulate) {
                java.util.Arrays.fill(c, row, row + n, 0.0);
            }
            for (int p = 0; p < k; p++) {
                double x = a[aOff + i * aRs + p * aCs];
                int bRow = bOff + p * bRs;
                for (int j = 0; j < n; j++) {
                    c[row + j] += x * b[bRow + j * bCs];
                }
            }
        }
    }
}
