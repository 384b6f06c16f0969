package org.autograd4j.kernels;

/**
 * The geometry of the underlying forward convolution: input [n, c, h, w], weight
 * [o, c/groups, kh, kw], output [n, o, oh, ow]. 1-D convolutions have h = kh = oh = 1.
 */
public final class ConvGeometry {
    public final int n, c, h, w, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups;
    public final boolean oneD;

    public ConvGeometry(int n, int c, int h, int w, int o, int kh, int kw, int oh, int ow, int[] s, int[] p, int[] d,
                        int groups, boolean oneD) {
        this.n = n;
        this.c = c;
        this.h = h;
        this.w = w;
        this.o = o;
        this.kh = kh;
        this.kw = kw;
        this.oh = oh;
        this.ow = ow;
        this.sh = s[0];
        this.sw = s[1];
        this.ph = p[0];
        this.pw = p[1];
        this.dh = d[0];
        this.dw = d[1];
        this.groups = groups;
        this.oneD = oneD;
    }

    public int[] shape(int a, int b, int hh, int ww) {
        return oneD ? new int[] {a, b, ww} : new int[] {a, b, hh, ww};
    }

    public int[] inputShape() {
        return shape(n, c, h, w);
    }

    public int[] weightShape() {
        return shape(o, c / groups, kh, kw);
    }

    public int[] outputShape() {
        return shape(n, o, oh, ow);
    }

    public int[] nonChannelDims() {
        return oneD ? new int[] {0, 2} : new int[] {0, 2, 3};
    }
}
