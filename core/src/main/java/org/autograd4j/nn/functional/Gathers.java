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
        int planes = xv.length / map.inPlane;
        double[] out = new double[planes * map.outPlane];
        for (int p = 0; p < planes; p++) {
            int src = p * map.inPlane;
            int dst = p * map.outPlane;
            for (int j = 0; j < map.outPlane; j++) {
                out[dst + j] = xv[src + map.at(p, j)];
            }
        }
        int[] inShape = x.shape();
        return Graph.record(name, Kernels2d.tensor(out, outShape, x.dtype()), x,
                ctx -> g -> new Tensor[] {scatter(g, map, inShape, backwardName(name))});
    }

    /** The adjoint of {@link #gather}: x-shaped zeros with g added at the mapped positions. */
    static Tensor scatter(Tensor g, Map map, int[] inShape, String name) {
        double[] gv = Kernels2d.values(g);
        int planes = gv.length / map.outPlane;
        double[] out = new double[planes * map.inPlane];
        for (int p = 0; p < planes; p++) {
            int dst = p * map.inPlane;
            int src = p * map.outPlane;
            for (int j = 0; j < map.outPlane; j++) {
                out[dst + map.at(p, j)] += gv[src + j];
            }
        }
        int[] outShape = g.shape();
        return Graph.record(name, Kernels2d.tensor(out, inShape, g.dtype()), g,
                ctx -> gg -> new Tensor[] {gather(gg, map, outShape, name)});
    }

    /** The name of the node a backward kernel records: {@code XBackward0} becomes {@code XBackwardBackward0}. */
    static String backwardName(String name) {
        return name.endsWith("Backward0") ? name.substring(0, name.length() - 1 - 8) + "BackwardBackward0" : name;
    }
}
