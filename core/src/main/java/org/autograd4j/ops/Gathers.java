package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;

/**
 * Per-plane gather and its adjoint scatter-add, both recorded: the forward of max pooling
 * (argmax positions) and of reflection/replication padding (a fixed position map), and their
 * backward. A plane is one [h, w] slice of the leading (batch, channel) dimensions. Each op's
 * backward is the other one, so gradients of every order are available.
 */
final class Gathers {
    private Gathers() {
    }

    /**
     * Positions to read: {@code index[j]} (shared by all planes) or {@code index[plane * outPlane + j]}
     * (per plane), as flat offsets inside an input plane of {@code inPlane} elements; a negative
     * position reads zero (padding), and scattering skips it.
     */
    static final class Map {
        final int[] index;
        final boolean perPlane;
        final int inPlane;
        final int outPlane;

        Map(int[] index, boolean perPlane, int inPlane, int outPlane) {
            this.index = index;
            this.perPlane = perPlane;
            this.inPlane = inPlane;
            this.outPlane = outPlane;
        }
    }

    /** out[plane, j] = x[plane, map(plane, j)], shaped {@code outShape}; recorded as {@code name}. */
    static Tensor gather(Tensor x, Map map, int[] outShape, String name) {
        return gather(x, map, outShape, name, PointwiseGrad.backwardName(name));
    }

    /** {@link #gather}, whose backward (the scatter) records {@code adjointName}. */
    static Tensor gather(Tensor x, Map map, int[] outShape, String name, String adjointName) {
        Object xv = Kernels2d.values(x);
        Object out = Kernels2d.newArray(x.dtype(), x.numel() / map.inPlane * map.outPlane);
        transfer(xv, out, map, false);
        int[] inShape = x.shape();
        return Graph.record(name, Kernels2d.tensor(out, outShape, x.dtype()), x, ctx -> {
            ctx.forward(t -> gather(t[0], map, outShape, name, adjointName));
            return g -> new Tensor[] {scatter(g, map, inShape, adjointName, name)};
        });
    }

    /** The adjoint of {@link #gather}: x-shaped zeros with g added at the mapped positions. */
    static Tensor scatter(Tensor g, Map map, int[] inShape, String name) {
        return scatter(g, map, inShape, name, name);
    }

    /** {@link #scatter}, whose backward (the gather) records {@code adjointName}. */
    static Tensor scatter(Tensor g, Map map, int[] inShape, String name, String adjointName) {
        Object gv = Kernels2d.values(g);
        Object out = Kernels2d.newArray(g.dtype(), g.numel() / map.outPlane * map.inPlane);
        transfer(out, gv, map, true);
        int[] outShape = g.shape();
        return Graph.record(name, Kernels2d.tensor(out, inShape, g.dtype()), g, ctx -> {
            ctx.forward(t -> scatter(t[0], map, inShape, name, adjointName));
            return gg -> new Tensor[] {gather(gg, map, outShape, adjointName, name)};
        });
    }

    /** Gathers {@code in} into {@code out} at the mapped positions, or with {@code scatter} adds {@code out} into {@code in}. */
    private static void transfer(Object in, Object out, Map map, boolean scatter) {
        if (map.outPlane == 0) {
            return; // empty output planes: nothing to move
        }
        int planes = java.lang.reflect.Array.getLength(out) / map.outPlane;
        for (int p = 0; p < planes; p++) {
            int inBase = p * map.inPlane;
            int outBase = p * map.outPlane;
            int[] index = map.index;
            int at = map.perPlane ? outBase : 0;
            if (in instanceof float[]) {
                transfer((float[]) in, inBase, (float[]) out, outBase, index, at, map.outPlane, scatter);
            } else {
                transfer((double[]) in, inBase, (double[]) out, outBase, index, at, map.outPlane, scatter);
            }
        }
    }

    /** One plane of {@link #transfer}: {@code n} positions read from {@code index} starting at {@code at}. */
    private static void transfer(float[] in, int inBase, float[] out, int outBase, int[] index, int at, int n,
                                 boolean scatter) {
        for (int j = 0; j < n; j++) {
            if (index[at + j] < 0) {
                continue;
            }
            if (scatter) {
                in[inBase + index[at + j]] += out[outBase + j];
            } else {
                out[outBase + j] = in[inBase + index[at + j]];
            }
        }
    }

    private static void transfer(double[] in, int inBase, double[] out, int outBase, int[] index, int at, int n,
                                 boolean scatter) {
        for (int j = 0; j < n; j++) {
            if (index[at + j] < 0) {
                continue;
            }
            if (scatter) {
                in[inBase + index[at + j]] += out[outBase + j];
            } else {
                out[outBase + j] = in[inBase + index[at + j]];
            }
        }
    }
}
