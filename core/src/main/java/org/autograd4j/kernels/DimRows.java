package org.autograd4j.kernels;

/**
 * A contiguous float or double array seen as rows along one dimension: {@code outer * inner} rows
 * of {@code n} elements, row {@code r} starting at {@code (r / inner) * n * inner + r % inner} with
 * a stride of {@code inner} (1 for the last dimension). {@link DimSoftmax} reads a row into a double
 * scratch buffer, computes in double, and writes the row back; float results are rounded once at
 * the store.
 */
final class DimRows {
    /** How many rows ({@code outer * inner}). */
    final int rows;
    /** The length of each row (the size of the dimension). */
    final int n;
    private final int inner;
    private final float[] f;
    private final double[] d;
    private final int offset;

    private DimRows(float[] f, double[] d, int offset, int outer, int n, int inner) {
        this.f = f;
        this.d = d;
        this.offset = offset;
        this.rows = outer * inner;
        this.n = n;
        this.inner = inner;
    }

    static DimRows of(float[] f, int offset, int outer, int n, int inner) {
        return new DimRows(f, null, offset, outer, n, inner);
    }

    static DimRows of(double[] d, int offset, int outer, int n, int inner) {
        return new DimRows(null, d, offset, outer, n, inner);
    }

    private int base(int row) {
        return inner == 1 ? offset + row * n : offset + (row / inner) * n * inner + row % inner;
    }

    /** Copies row {@code row} into {@code buf[0..n)}. */
    void load(int row, double[] buf) {
        int b = base(row);
        if (d != null && inner == 1) {
            System.arraycopy(d, b, buf, 0, n);
        } else if (d != null) {
            for (int i = 0; i < n; i++) {
                buf[i] = d[b + i * inner];
            }
        } else {
            for (int i = 0; i < n; i++) {
                buf[i] = f[b + i * inner];
            }
        }
    }

    /** Writes {@code buf[0..n)} to row {@code row} (rounding to float for a float array). */
    void store(int row, double[] buf) {
        int b = base(row);
        if (d != null && inner == 1) {
            System.arraycopy(buf, 0, d, b, n);
        } else if (d != null) {
            for (int i = 0; i < n; i++) {
                d[b + i * inner] = buf[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                f[b + i * inner] = (float) buf[i];
            }
        }
    }
}
