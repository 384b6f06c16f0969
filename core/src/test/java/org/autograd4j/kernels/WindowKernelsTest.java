package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The window kernels of pooling, padding and convolution: each typed (float32) variant against the
 * float64 one on the same values (floats widen exactly, so they must agree to float rounding), and
 * both against a naive loop written from the definition.
 */
class WindowKernelsTest {
    private static final Random RANDOM = new Random(11);

    private static double[] doubles(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) RANDOM.nextGaussian(); // float-representable, so float32 sees the same values
        }
        return v;
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    private static double[] widen(float[] f) {
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = f[i];
        }
        return v;
    }

    @Test
    void planeGatherAndItsAdjointMatchTheDefinitionInBothTypes() {
        int planes = 3;
        int inPlane = 5;
        int outPlane = 4;
        int[] index = {4, -1, 0, 4}; // a padded position and a repeated one
        PlaneGather map = new PlaneGather(index, false, inPlane, outPlane);
        double[] in = doubles(planes * inPlane);
        double[] out = new double[planes * outPlane];
        map.gather(in, out);
        float[] outF = new float[out.length];
        map.gather(floats(in), outF);
        double[] expected = new double[out.length];
        double[] back = new double[in.length];
        for (int p = 0; p < planes; p++) {
            for (int j = 0; j < outPlane; j++) {
                if (index[j] >= 0) {
                    expected[p * outPlane + j] = in[p * inPlane + index[j]];
                    back[p * inPlane + index[j]] += out[p * outPlane + j];
                }
            }
        }
        assertArrayEquals(expected, out);
        assertArrayEquals(expected, widen(outF));
        double[] scattered = new double[in.length];
        map.scatterAdd(scattered, out);
        float[] scatteredF = new float[in.length];
        map.scatterAdd(scatteredF, outF);
        assertArrayEquals(back, scattered);
        assertArrayEquals(back, widen(scatteredF), 1e-6);
    }

    @Test
    void perPlaneMapsReadTheirOwnPlane() {
        PlaneGather map = new PlaneGather(new int[] {1, 0, 0, 1}, true, 2, 2);
        float[] out = new float[4];
        map.gather(new float[] {10, 20, 30, 40}, out);
        assertArrayEquals(new float[] {20, 10, 30, 40}, out);
    }

    @Test
    void maxPoolingTakesTheFirstMaximumAndTheFirstNan() {
        // a 2x4 plane, 2x2 windows, stride 2: [1 5 | 7 7], [5 0 | nan 9]
        double[] x = {1, 5, 7, 7, 5, 0, Double.NaN, 9};
        MaxPoolWindows win = new MaxPoolWindows(2, 4, 1, 2, new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0},
                new int[] {1, 1});
        double[] out = new double[2];
        assertArrayEquals(new int[] {1, 6}, win.max(x, out));
        assertEquals(5, out[0]);
        assertEquals(Double.NaN, out[1]);
        float[] outF = new float[2];
        assertArrayEquals(new int[] {1, 6}, win.max(floats(x), outF));
        assertArrayEquals(new float[] {5, Float.NaN}, outF);
    }

    @Test
    void maxPoolingAgreesAcrossTypesWithPaddingAndDilation() {
        int h = 7;
        int w = 6;
        int[] k = {3, 2};
        int[] s = {2, 1};
        int[] p = {1, 1};
        int[] d = {2, 3};
        int oh = (h + 2 * p[0] - d[0] * (k[0] - 1) - 1) / s[0] + 1;
        int ow = (w + 2 * p[1] - d[1] * (k[1] - 1) - 1) / s[1] + 1;
        MaxPoolWindows win = new MaxPoolWindows(h, w, oh, ow, k, s, p, d);
        double[] x = doubles(2 * h * w);
        double[] out = new double[2 * oh * ow];
        int[] arg = win.max(x, out);
        float[] outF = new float[out.length];
        assertArrayEquals(arg, win.max(floats(x), outF));
        assertArrayEquals(out, widen(outF));
        for (int plane = 0, o = 0; plane < 2; plane++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++, o++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int a = 0; a < k[0]; a++) {
                        for (int b = 0; b < k[1]; b++) {
                            int r = i * s[0] - p[0] + a * d[0];
                            int c = j * s[1] - p[1] + b * d[1];
                            if (r >= 0 && r < h && c >= 0 && c < w) {
                                max = Math.max(max, x[plane * h * w + r * w + c]);
                            }
                        }
                    }
                    assertEquals(max, out[o], "window " + o);
                    assertEquals(max, x[plane * h * w + arg[o]], "argmax " + o);
                }
            }
        }
    }

    @Test
    void averagingAndSpreadingAreAdjointInBothTypes() {
        AveragePoolWindows win = new AveragePoolWindows(3, 4, 2, 2);
        win.set(0, 0, 2, 0, 2, 4);
        win.set(1, 0, 2, 2, 4, 3); // a divisor other than the count (count_include_pad)
        win.set(2, 1, 3, 1, 3, 4); // overlapping the first
        win.set(3, 2, 2, 0, 4, 1); // empty: averages to 0
        double[] x = doubles(2 * 12);
        double[] y = new double[2 * 4];
        win.average(x, y);
        float[] yF = new float[y.length];
        win.average(floats(x), yF);
        assertArrayEquals(floats(y), yF);
        assertEquals((x[0] + x[1] + x[4] + x[5]) / 4, y[0], 1e-15);
        assertEquals((x[12 + 2] + x[12 + 3] + x[12 + 6] + x[12 + 7]) / 3, y[5], 1e-15);
        assertEquals(0, y[3]);
        // <average(x), g> == <x, spread(g)>
        double[] g = doubles(y.length);
        double[] spread = new double[x.length];
        win.spread(spread, g);
        float[] spreadF = new float[x.length];
        win.spread(spreadF, floats(g));
        assertArrayEquals(spread, widen(spreadF), 1e-6);
        assertEquals(dot(y, g), dot(x, spread), 1e-12);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void im2colUnfoldsWindowsWithPaddingAndCol2imIsItsAdjoint() {
        int[] s = {2, 1};
        int[] p = {1, 0};
        int[] d = {1, 2};
        int h = 4;
        int w = 5;
        int kh = 2;
        int kw = 2;
        int oh = (h + 2 * p[0] - d[0] * (kh - 1) - 1) / s[0] + 1;
        int ow = (w + 2 * p[1] - d[1] * (kw - 1) - 1) / s[1] + 1;
        ConvGeometry g = new ConvGeometry(2, 2, h, w, 1, kh, kw, oh, ow, s, p, d, 1, false);
        int rows = 2 * kh * kw;
        int ld = 2 * oh * ow;
        double[] x = doubles(2 * 2 * h * w);
        double[] cols = new double[rows * ld];
        java.util.Arrays.fill(cols, 99); // every entry must be written
        Im2Col.columns(g, x, 0, 2 * h * w, 2, cols, 0, ld, false);
        float[] colsF = new float[cols.length];
        Im2Col.columns(g, floats(x), 0, 2 * h * w, 2, colsF, 0, ld, false);
        assertArrayEquals(cols, widen(colsF));
        for (int c = 0, row = 0; c < 2; c++) {
            for (int ki = 0; ki < kh; ki++) {
                for (int kj = 0; kj < kw; kj++, row++) {
                    for (int n = 0; n < 2; n++) {
                        for (int oi = 0; oi < oh; oi++) {
                            for (int oj = 0; oj < ow; oj++) {
                                int ih = oi * s[0] - p[0] + ki * d[0];
                                int iw = oj * s[1] - p[1] + kj * d[1];
                                double v = ih >= 0 && ih < h && iw >= 0 && iw < w
                                        ? x[((n * 2 + c) * h + ih) * w + iw] : 0;
                                assertEquals(v, cols[row * ld + n * oh * ow + oi * ow + oj]);
                            }
                        }
                    }
                }
            }
        }
        double[] gc = doubles(cols.length);
        double[] folded = new double[x.length];
        Im2Col.columns(g, folded, 0, 2 * h * w, 2, gc, 0, ld, true);
        float[] foldedF = new float[x.length];
        Im2Col.columns(g, foldedF, 0, 2 * h * w, 2, floats(gc), 0, ld, true);
        assertArrayEquals(folded, widen(foldedF), 1e-5);
        assertEquals(dot(cols, gc), dot(x, folded), 1e-12);
    }
}
