package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.ActivationGradients;
import org.autograd4j.kernels.ActivationGradients.Kind;
import org.autograd4j.tensor.StridedLoop;

/**
 * The backward kernels of tanh, sigmoid and relu as one elementwise pass over the incoming
 * gradient and the saved output ({@link ActivationGradients}), recorded as PyTorch's {@code tanh_backward},
 * {@code sigmoid_backward} and {@code threshold_backward} so that double backward works and shows
 * the same node names. Their own backward formulas are the derivatives.yaml ones, written with
 * differentiable ops.
 */
final class ActivationBackward {
    private ActivationBackward() {
    }

    /** {@code g * (1 - y²)} (node {@code TanhBackwardBackward0}). */
    static Tensor tanh(Tensor g, Tensor y) {
        Tensor gx = fused(Kind.TANH, g, y);
        return Graph.recordSavingInputs("TanhBackwardBackward0", gx, g, y,
                t -> Tangents.sum(t[0] == null ? null : tanh(t[0], y), t[1] == null ? null : t[1].mul(y).mul(g).mul(-2)),
                (ctx, gg, go, out) -> new Tensor[] {
            ctx.needsGrad(0) ? tanh(gg, out) : null, ctx.needsGrad(1) ? out.mul(-2).mul(go).mul(gg) : null});
    }

    /** {@code g * y * (1 - y)} (node {@code SigmoidBackwardBackward0}). */
    static Tensor sigmoid(Tensor g, Tensor y) {
        Tensor gx = fused(Kind.SIGMOID, g, y);
        return Graph.recordSavingInputs("SigmoidBackwardBackward0", gx, g, y,
                t -> Tangents.sum(t[0] == null ? null : sigmoid(t[0], y),
                        t[1] == null ? null : t[1].mul(g).mul(y.mul(-2).add(1))),
                (ctx, gg, go, out) -> new Tensor[] {
            ctx.needsGrad(0) ? sigmoid(gg, out) : null, ctx.needsGrad(1) ? gg.mul(go).mul(out.mul(-2).add(1)) : null});
    }

    /**
     * {@code g} where {@code y > 0}, else 0 (node {@code ThresholdBackwardBackward0}); as PyTorch, a
     * nan {@code y} passes the gradient. Linear in g; towards y it passes zeros.
     */
    static Tensor threshold(Tensor g, Tensor y) {
        Tensor gx = fused(Kind.THRESHOLD, g, y);
        return Graph.record("ThresholdBackwardBackward0", gx, g, y, ctx -> {
            ctx.elementwise();
            SavedTensor sy = ctx.save(y);
            return gg -> new Tensor[] {ctx.needsGrad(0) ? threshold(gg, sy.get()) : null,
                    ctx.needsGrad(1) ? Tensor.zerosLike(gg) : null};
        });
    }

    /** One strided pass {@code out = f(g, y)}; g may be broadcast (the expanded gradient of a sum). */
    private static Tensor fused(Kind kind, Tensor g, Tensor y) {
        DType type = Promotion.resultType(g, y);
        Tensor gt = g.dtype() == type ? g : Copying.convert(g, type);
        Tensor yt = y.dtype() == type ? y : Copying.convert(y, type);
        int[] shape = rawShape(y);
        Tensor out = Creation.empty(shape, type);
        StridedLoop loop = Broadcast.loop(out, gt, yt);
        int os = loop.innerStride(0);
        int gs = loop.innerStride(1);
        int ys = loop.innerStride(2);
        int[] base = {out.storageOffset(), gt.storageOffset(), yt.storageOffset()};
        Object o = storage(out).array();
        Object ga = storage(gt).array();
        Object ya = storage(yt).array();
        loop.forEach(base, (n, off) -> ActivationGradients.run(kind, n, o, off[0], os, ga, off[1], gs, ya, off[2], ys));
        return out;
    }
}
