package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.PlaneGather;

/**
 * Per-plane gather and its adjoint scatter-add ({@link PlaneGather}), both recorded: the forward
 * of max pooling (argmax positions), of reflection/replication padding and of unfold/fold (fixed
 * position maps), and their backward. Each op's backward is the other one, so gradients of every
 * order are available.
 */
final class Gathers {
    private Gathers() {
    }

    /** out[plane, j] = x[plane, map(plane, j)], shaped {@code outShape}; recorded as {@code name}. */
    static Tensor gather(Tensor x, PlaneGather map, int[] outShape, String name) {
        return gather(x, map, outShape, name, PointwiseGrad.backwardName(name));
    }

    /** {@link #gather}, whose backward (the scatter) records {@code adjointName}. */
    static Tensor gather(Tensor x, PlaneGather map, int[] outShape, String name, String adjointName) {
        Object xv = Kernels2d.values(x);
        Object out = Kernels2d.newArray(x.dtype(), x.numel() / map.inPlane() * map.outPlane());
        map.gather(xv, out);
        int[] inShape = x.shape();
        return Graph.record(name, Kernels2d.tensor(out, outShape, x.dtype()), x, ctx -> {
            ctx.forward(t -> gather(t[0], map, outShape, name, adjointName));
            return g -> new Tensor[] {scatter(g, map, inShape, adjointName, name)};
        });
    }

    /** The adjoint of {@link #gather}: x-shaped zeros with g added at the mapped positions. */
    static Tensor scatter(Tensor g, PlaneGather map, int[] inShape, String name) {
        return scatter(g, map, inShape, name, name);
    }

    /** {@link #scatter}, whose backward (the gather) records {@code adjointName}. */
    static Tensor scatter(Tensor g, PlaneGather map, int[] inShape, String name, String adjointName) {
        Object gv = Kernels2d.values(g);
        Object out = Kernels2d.newArray(g.dtype(), g.numel() / map.outPlane() * map.inPlane());
        map.scatterAdd(out, gv);
        int[] outShape = g.shape();
        return Graph.record(name, Kernels2d.tensor(out, inShape, g.dtype()), g, ctx -> {
            ctx.forward(t -> scatter(t[0], map, inShape, name, adjointName));
            return gg -> new Tensor[] {gather(gg, map, outShape, adjointName, name)};
        });
    }
}
