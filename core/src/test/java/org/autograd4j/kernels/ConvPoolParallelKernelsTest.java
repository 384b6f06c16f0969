package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CNN step's kernels against their general paths: the float32 2x2 max-pooling tiles against the
 * float64 window scan on values with ties, signed zeros, infinities and NaNs, and the convolution
 * maps and plane gathers split across two threads against one thread, bit for bit, on awkward sizes.
 */
class ConvPoolParallelKernelsTest {
    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    /** Values from a small set, so that windows hold ties, both zeros, infinities and NaNs of both signs. */
    private static double[] awkward(int n, long seed) {
        double[] pick = {0.0, -0.0, 1.5, -1.5, 2.0, Double.NaN, -Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0.25};
        java.util.Random random = new java.util.Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextInt(3) == 0 ? pick[random.nextInt(pick.length)] : (float) random.nextGaussian();
        }
        return v;
    }

    @Test
    void twoByTwoTilesMatchTheWindowScanOnOddSizes() {
        Threads.set(2);
        int[][] sizes = {{2, 2}, {5, 7}, {26, 26}, {11, 11}, {3, 9}};
        for (int[] size : sizes) {
            int h = size[0];
            int w = size[1];
            int oh = h / 2;
            int ow = w / 2;
            MaxPoolWindows win = new MaxPoolWindows(h, w, oh, ow, new int[] {2, 2}, new int[] {2, 2},
                    new int[] {0, 0}, new int[] {1, 1});
            int planes = 3 + (1 << 16) / (h * w); // more than one thread's share
            double[] x = awkward(planes * h * w, h * 31L + w);
            double[] out = new double[planes * oh * ow];
            int[] arg = win.max(x, out); // float64 takes the window scan
            float[] outF = new float[out.length];
            int[] argF = win.max(TestData.toFloat(x), outF);
            assertArrayEquals(arg, argF, h + "x" + w);
            for (int o = 0; o < out.length; o++) {
                assertEquals(Double.doubleToLongBits(out[o]), Double.doubleToLongBits(outF[o]), "value " + o);
            }
        }
    }

    @Test
    void ceilModeRemaindersLeaveTheTilesForTheScan() {
        // 5x5 with ceil mode: the last row and column of windows hold one element each
        MaxPoolWindows win = new MaxPoolWindows(5, 5, 3, 3, new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0},
                new int[] {1, 1});
        double[] x = awkward(25, 5);
        float[] out = new float[9];
        int[] arg = win.max(TestData.toFloat(x), out);
        assertEquals(24, arg[8]);
        assertEquals((float) x[24], out[8]);
    }

    /** The geometry of a case {n, c, h, w, o, kh, kw, stride, padding, dilation, groups}, the same on both axes. */
    private static ConvGeometry geometry(int[] c) {
        int s = c[7];
        int p = c[8];
        int d = c[9];
        int oh = (c[2] + 2 * p - d * (c[5] - 1) - 1) / s + 1;
        int ow = (c[3] + 2 * p - d * (c[6] - 1) - 1) / s + 1;
        return new ConvGeometry(c[0], c[1], c[2], c[3], c[4], c[5], c[6], oh, ow, new int[] {s, s}, new int[] {p, p},
                new int[] {d, d}, c[10], false);
    }

    @Test
    void convolutionMapsAgreeOnOneAndTwoThreads() {
        int[][] cases = { // n, c, h, w, o, kh, kw, stride, padding, dilation, groups
            {5, 1, 28, 28, 12, 3, 3, 1, 0, 1, 1}, // more channels than taps: the transposed weight gradient
            {4, 3, 9, 7, 4, 3, 2, 2, 1, 1, 1},
            {6, 4, 8, 11, 6, 2, 3, 1, 2, 2, 2},
            {3, 2, 5, 5, 3, 1, 1, 1, 0, 1, 1},
            {7, 4, 20, 17, 16, 3, 3, 1, 1, 2, 2}, // an odd batch, groups, padding, dilation
            {3, 3, 30, 30, 8, 5, 5, 2, 2, 1, 1}, // stride 2
        };
        for (int[] c : cases) {
            ConvGeometry g = geometry(c);
            float[] x = TestData.toFloat(TestData.values(g.n * g.c * g.h * g.w, 1, 1, false));
            float[] wt = TestData.toFloat(TestData.values(g.o * g.c / g.groups * g.kh * g.kw, 2, 1, false));
            float[] gy = TestData.toFloat(TestData.values(g.n * g.o * g.oh * g.ow, 3, 1, false));
            for (ConvolutionKernels.Map kind : ConvolutionKernels.Map.values()) {
                float[] a = kind == ConvolutionKernels.Map.INPUT_GRAD ? gy : x;
                float[] b = kind == ConvolutionKernels.Map.FORWARD ? wt : kind == ConvolutionKernels.Map.INPUT_GRAD
                        ? wt : gy;
                int outLength = kind == ConvolutionKernels.Map.FORWARD ? gy.length
                        : kind == ConvolutionKernels.Map.INPUT_GRAD ? x.length : wt.length;
                Threads.set(1);
                float[] one = new float[outLength];
                ConvolutionKernels.run(kind, g, a, b, one);
                Threads.set(2);
                float[] two = new float[outLength];
                ConvolutionKernels.run(kind, g, a, b, two);
                assertArrayEquals(one, two, kind + " " + java.util.Arrays.toString(c));
            }
        }
    }

    @Test
    void weightGradientsWithFewerTapsThanChannelsMatchTheDefinition() {
        int[][] cases = { // n, c, h, w, o, kh, kw, stride, padding, dilation, groups: o / groups > taps
            {3, 1, 6, 7, 12, 3, 3, 1, 0, 1, 1},
            {2, 2, 7, 5, 10, 2, 1, 2, 1, 2, 2},
            {110, 1, 101, 101, 6, 2, 2, 1, 0, 1, 1}, // the batch goes in two chunks
        };
        for (int[] c : cases) {
            ConvGeometry g = geometry(c);
            int n = g.n;
            int ch = g.c;
            int h = g.h;
            int w = g.w;
            int o = g.o;
            int kh = g.kh;
            int kw = g.kw;
            int oh = g.oh;
            int ow = g.ow;
            int cg = ch / g.groups;
            int og = o / g.groups;
            double[] x = TestData.values(n * ch * h * w, 7, 1, false);
            double[] gy = TestData.values(n * o * oh * ow, 8, 1, false);
            double[] gw = new double[o * cg * kh * kw];
            ConvolutionKernels.run(ConvolutionKernels.Map.WEIGHT_GRAD, g, x, gy, gw);
            for (int oc = 0, at = 0; oc < o; oc++) {
                for (int ci = 0; ci < cg; ci++) {
                    for (int ki = 0; ki < kh; ki++) {
                        for (int kj = 0; kj < kw; kj++, at++) {
                            double sum = 0;
                            for (int b = 0; b < n; b++) {
                                for (int oi = 0; oi < oh; oi++) {
                                    for (int oj = 0; oj < ow; oj++) {
                                        int ih = oi * g.sh - g.ph + ki * g.dh;
                                        int iw = oj * g.sw - g.pw + kj * g.dw;
                                        if (ih >= 0 && ih < h && iw >= 0 && iw < w) {
                                            sum += gy[((b * o + oc) * oh + oi) * ow + oj]
                                                    * x[((b * ch + oc / og * cg + ci) * h + ih) * w + iw];
                                        }
                                    }
                                }
                            }
                            assertEquals(sum, gw[at], 1e-9 * (1 + Math.abs(sum)), java.util.Arrays.toString(c) + " " + at);
                        }
                    }
                }
            }
        }
    }

    @Test
    void planeGathersAndBiasesAgreeOnOneAndTwoThreads() {
        int planes = 40;
        int inPlane = 1500;
        int outPlane = 700;
        int[] index = new int[planes * outPlane];
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < index.length; i++) {
            index[i] = random.nextInt(inPlane + 1) - 1; // -1: padding
        }
        PlaneGather map = new PlaneGather(index, true, inPlane, outPlane);
        float[] g = TestData.toFloat(TestData.values(planes * outPlane, 6, 1, false));
        float[] bias = {0.5f, -2f, 3f};
        Threads.set(1);
        float[] one = new float[planes * inPlane];
        map.scatterAdd(one, g);
        ConvolutionKernels.addBias(one, bias, 3, 500);
        Threads.set(2);
        float[] two = new float[planes * inPlane];
        map.scatterAdd(two, g);
        ConvolutionKernels.addBias(two, bias, 3, 500);
        assertArrayEquals(one, two);
        float[] back = new float[g.length];
        map.gather(two, back);
        float[] backOne = new float[g.length];
        Threads.set(1);
        map.gather(two, backOne);
        assertArrayEquals(backOne, back);
    }
}
