package org.autograd4j.nn.functional;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;

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
     * (per plane), as flat offsets inside an input plane of {@code inPlane} elements.
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

        int at(int plane, int j) {
            return index[perPlane ? plane * outPlane + j : j];
        }
    }

    /** out[plane, j] = x[plane, map(plane, j)], shaped {@code outShape}; recorded as {@code name}. */
    static Tensor gather(Tensor x, Map map, int[] outShape, String name) {
        double[] xv = Kernels2d.values(x);
        double[] out = new double[xv.length / map.inPlane * map.outPlane];
        transfer(xv, out, map, false);
        int[] inShape = x.shape();
        return Graph.record(name, Kernels2d.tensor(out, outShape, x.dtype()), x,
                ctx -> g -> new Tensor[] {scatter(g, map, inShape, backwardName(name))});
    }

    /** The adjoint of {@link #gather}: x-shaped zeros with g added at the mapped positions. */
    static Tensor scatter(Tensor g, Map map, int[] inShape, String name) {
        double[] gv = Kernels2d.values(g);
        double[] out = new double[gv.length / map.outPlane * map.inPlane];
        transfer(out, gv, map, true);
        int[] outShape = g.shape();
        return Graph.record(name, Kernels2d.tensor(out, inShape, g.dtype()), g,
                ctx -> gg -> new Tensor[] {gather(gg, map, outShape, name)});
    }

    /** Gathers {@code in} into {@code out} at the mapped positions, or with {@code scatter} adds {@code out} into {@code in}. */
    private static void transfer(double[] in, double[] out, Map map, boolean scatter) {
        int planes = out.length / map.outPlane;
        for (int p = 0; p < planes; p++) {
            int inBase = p * map.inPlane;
            int outBase = p * map.outPlane;
            for (int j = 0; j < map.outPlane; j++) {
                int i = inBase + map.at(p, j);
                if (scatter) {
                    in[i] += out[outBase + j];
                } else {
                    out[outBase + j] = in[i];
                }
            }
        }
    }

    /** The name of the node a backward kernel records: {@code XBackward0} becomes {@code XBackwardBackward0}. */
    static String backwardName(String name) {
        return name.endsWith("Backward0") ? name.substring(0, name.length() - "Backward0".length()) + "BackwardBackward0" : name;
    }
}
