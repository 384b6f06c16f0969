package org.autograd4j.kernels;

/**
 * im2col and its adjoint col2im, the column matrices convolution multiplies: sample s's
 * c/groups channels unfold into columns [s*p, (s+1)*p) of a [c/groups*kh*kw, *] matrix
 * (p = oh*ow output positions per sample), with zeros where the window reads padding. Arrays are
 * {@code float[]} or {@code double[]}, all of one type.
 */
public final class Im2Col {
    private Im2Col() {
    }

    /**
     * Unfolds {@code m} samples of {@code x} at {@code xOff} (sample stride {@code xStride}) into
     * the columns of {@code cols} from {@code colOff} on (row stride {@code ld}); with {@code fold}
     * the columns are added back into x instead (col2im). One sample at a time, so that its planes
     * stay in cache while all kh*kw rows of each channel read (or fold into) them.
     */
    public static void columns(ConvGeometry g, Object x, int xOff, int xStride, int m, Object cols, int colOff, int ld,
                               boolean fold) {
        for (int s = 0; s < m; s++) {
            sample(g, x, xOff + s * xStride, cols, colOff + s * g.oh * g.ow, ld, fold);
        }
    }

    /** {@link #columns} of the one sample at {@code xOff}, whose columns start at {@code colOff}. */
    private static void sample(ConvGeometry g, Object x, int xOff, Object cols, int colOff, int ld, boolean fold) {
        int cg = g.c / g.groups;
        int row = 0;
        for (int c = 0; c < cg; c++) {
            int plane = xOff + c * g.h * g.w;
            for (int ki = 0; ki < g.kh; ki++) {
                for (int kj = 0; kj < g.kw; kj++, row++) {
                    int shift = kj * g.dw - g.pw; // iw = oj * sw + shift
                    int lo = Math.min(g.ow, Math.max(0, -Math.floorDiv(shift, g.sw)));
                    int hi = Math.max(lo, Math.min(g.ow, -Math.floorDiv(shift - g.w, g.sw)));
                    for (int oi = 0; oi < g.oh; oi++) {
                        int ih = oi * g.sh - g.ph + ki * g.dh;
                        int col = colOff + row * ld + oi * g.ow;
                        boolean inside = ih >= 0 && ih < g.h;
                        if (!fold) {
                            zero(cols, col, inside ? col + lo : col + g.ow);
                            zero(cols, inside ? col + hi : col + g.ow, col + g.ow);
                        }
                        if (inside && hi > lo) {
                            move(x, plane + ih * g.w + lo * g.sw + shift, g.sw, cols, col + lo, hi - lo, fold);
                        }
                    }
                }
            }
        }
    }

    private static void zero(Object a, int from, int to) {
        if (from >= to) {
            return;
        }
        if (a instanceof float[] f) {
            java.util.Arrays.fill(f, from, to, 0f);
        } else {
            java.util.Arrays.fill((double[]) a, from, to, 0d);
        }
    }

    /** cols[ci + j] = x[xi + j * step] for j below n, or with {@code fold} x[xi + j * step] += cols[ci + j]. */
    private static void move(Object x, int xi, int step, Object cols, int ci, int n, boolean fold) {
        if (!fold && step == 1) {
            System.arraycopy(x, xi, cols, ci, n);
        } else if (x instanceof float[] f) {
            if (fold && step == 1) {
                addRun(f, xi, (float[]) cols, ci, n);
            } else if (fold) {
                add(f, xi, step, (float[]) cols, ci, n);
            } else {
                copy(f, xi, step, (float[]) cols, ci, n);
            }
        } else if (fold && step == 1) {
            addRun((double[]) x, xi, (double[]) cols, ci, n);
        } else if (fold) {
            add((double[]) x, xi, step, (double[]) cols, ci, n);
        } else {
            copy((double[]) x, xi, step, (double[]) cols, ci, n);
        }
    }

    // The strided runs stay typed: the element loop must not dispatch on the array type.

    private static void copy(float[] x, int xi, int step, float[] cols, int ci, int n) {
        for (int j = 0; j < n; j++) {
            cols[ci + j] = x[xi + j * step];
        }
    }

    private static void copy(double[] x, int xi, int step, double[] cols, int ci, int n) {
        for (int j = 0; j < n; j++) {
            cols[ci + j] = x[xi + j * step];
        }
    }

    private static void add(float[] x, int xi, int step, float[] cols, int ci, int n) {
        for (int j = 0; j < n; j++) {
            x[xi + j * step] += cols[ci + j];
        }
    }

    private static void add(double[] x, int xi, int step, double[] cols, int ci, int n) {
        for (int j = 0; j < n; j++) {
            x[xi + j * step] += cols[ci + j];
        }
    }

    // A unit step gets its own loop: with a variable step the JIT does not vectorise the addition.

    private static void addRun(float[] x, int xi, float[] cols, int ci, int n) {
        for (int j = 0; j < n; j++) {
            x[xi + j] += cols[ci + j];
        }
    }

    private static void addRun(double[] x, int xi, double[] cols, int ci, int n) {
        for (int j = 0; j < n; j++) {
            x[xi + j] += cols[ci + j];
        }
    }
}
