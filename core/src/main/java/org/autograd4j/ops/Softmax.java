package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.DimSoftmax;
import org.autograd4j.kernels.Kernels;
import org.autograd4j.tensor.Shapes;

/**
 * softmax and log_softmax along a dimension, computed stably by shifting each slice by its
 * maximum (so logits of ±1000 give finite results). Forward and backward are each one fused pass
 * per row (float32 rows along the last dimension by the provider's
 * {@link org.autograd4j.kernels.ElementwiseKernels#softmaxRows}, the others by {@link DimSoftmax});
 * the backward is itself a recorded op
 * ({@code _softmax_backward_data} / {@code _log_softmax_backward_data}) whose own backward is the
 * derivatives.yaml formula written with differentiable ops, so higher derivatives keep working.
 */
public final class Softmax {
    private Softmax() {
    }

    /** {@code exp(x) / sum(exp(x), dim)} (node {@code SoftmaxBackward0}). */
    public static Tensor softmax(Tensor x, int dim) {
        checkFloating(x, "softmax");
        int d = x.dim() == 0 ? 0 : Shapes.wrapDim(dim, x.dim());
        Tensor out = forward(x, d, false);
        return Graph.record("SoftmaxBackward0", out, x, ctx -> {
            // the Jacobian y_i (δ_ij - y_j) is symmetric, so the tangent is the backward formula's
            ctx.forward(t -> softmaxBackwardData(t[0], out, d));
            SavedTensor result = ctx.save("result", out);
            return g -> new Tensor[] {softmaxBackwardData(g, result.get(), d)};
        });
    }

    /** {@code x - log(sum(exp(x), dim))} (node {@code LogSoftmaxBackward0}). */
    public static Tensor logSoftmax(Tensor x, int dim) {
        checkFloating(x, "log_softmax");
        int d = x.dim() == 0 ? 0 : Shapes.wrapDim(dim, x.dim());
        Tensor out = forward(x, d, true);
        return Graph.record("LogSoftmaxBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].sub(out.exp().mul(t[0]).sum(reducedDims(out, d), true)));
            SavedTensor result = ctx.save("result", out);
            return g -> new Tensor[] {logSoftmaxBackwardData(g, result.get(), d)};
        });
    }

    /**
     * {@code y * (g - sum(g * y, dim))}, the gradient of softmax with output {@code y} (node
     * {@code SoftmaxBackwardDataBackward0}). Its backward: {@code _softmax_backward_data(gg, y)} for
     * g and {@code g*gg - sum(y*g)*gg - g*sum(y*gg)} for y.
     */
    static Tensor softmaxBackwardData(Tensor g, Tensor y, int d) {
        Tensor gx = backward(g, y, d, false);
        int[] dims = reducedDims(y, d);
        return Graph.recordSavingInputs("SoftmaxBackwardDataBackward0", gx, g, y,
                t -> Tangents.sum(t[0] == null ? null : softmaxBackwardData(t[0], y, d),
                        t[1] == null ? null : t[1].mul(g.sub(g.mul(y).sum(dims, true))).sub(y.mul(g.mul(t[1]).sum(dims, true)))),
                (ctx, gg, go, out) -> new Tensor[] {
            ctx.needsGrad(0) ? softmaxBackwardData(gg, out, d) : null,
            ctx.needsGrad(1) ? go.mul(gg).sub(out.mul(go).sum(dims, true).mul(gg))
                    .sub(go.mul(out.mul(gg).sum(dims, true))) : null});
    }

    /**
     * {@code g - exp(y) * sum(g, dim)}, the gradient of log_softmax with output {@code y} (node
     * {@code LogSoftmaxBackwardDataBackward0}). Its backward: {@code gg - sum(gg * exp(y))} for g and
     * {@code -sum(g) * exp(y) * gg} for y.
     */
    static Tensor logSoftmaxBackwardData(Tensor g, Tensor y, int d) {
        Tensor gx = backward(g, y, d, true);
        int[] dims = reducedDims(y, d);
        return Graph.recordSavingInputs("LogSoftmaxBackwardDataBackward0", gx, g, y,
                t -> Tangents.sum(t[0] == null ? null : logSoftmaxBackwardData(t[0], y, d),
                        t[1] == null ? null : y.exp().mul(t[1]).mul(g.sum(dims, true)).neg()),
                (ctx, gg, go, out) -> {
            Tensor expOut = out.exp();
            return new Tensor[] {ctx.needsGrad(0) ? gg.sub(gg.mul(expOut).sum(dims, true)) : null,
                    ctx.needsGrad(1) ? go.sum(dims, true).neg().mul(expOut).mul(gg) : null};
        });
    }

    private static int[] reducedDims(Tensor y, int d) {
        return y.dim() == 0 ? new int[0] : new int[] {d};
    }

    /** One pass per row: the row's maximum, the sum of shifted exponentials, then the output row. */
    private static Tensor forward(Tensor x, int d, boolean log) {
        Tensor in = Prims.noGrad(x::contiguous);
        Tensor out = Creation.empty(rawShape(x), x.dtype());
        if (floatRowsAlongLastDim(x, d)) {
            Kernels.elementwise().softmaxRows(outerSize(in, d), rowLength(in, d), storage(in).floats(), in.storageOffset(),
                    storage(out).floats(), 0, log);
            return out;
        }
        int n = rowLength(x, d);
        int inner = innerSize(x, d);
        int outer = outerSize(x, d);
        if (x.dtype() == DType.FLOAT32) {
            DimSoftmax.forward(storage(in).floats(), in.storageOffset(), storage(out).floats(), 0, outer, n, inner, log);
        } else {
            DimSoftmax.forward(storage(in).doubles(), in.storageOffset(), storage(out).doubles(), 0, outer, n, inner, log);
        }
        return out;
    }

    /**
     * The float32 rows-along-the-last-dimension case (every classifier's logits), which the kernels
     * take whole, split over threads by rows.
     */
    private static boolean floatRowsAlongLastDim(Tensor t, int d) {
        return t.dtype() == DType.FLOAT32 && (t.dim() == 0 || d == t.dim() - 1);
    }

    /** The size of dimension d: a 0-d tensor is one row of one element. */
    private static int rowLength(Tensor t, int d) {
        return t.dim() == 0 ? 1 : t.size(d);
    }

    /** The product of the sizes after d: the stride of d's rows in a contiguous tensor. */
    private static int innerSize(Tensor t, int d) {
        int inner = 1;
        for (int i = d + 1; i < t.dim(); i++) {
            inner *= t.size(i);
        }
        return inner;
    }

    /** The product of the sizes before d (0 for an empty tensor). */
    private static int outerSize(Tensor t, int d) {
        return t.numel() == 0 ? 0 : t.numel() / (rowLength(t, d) * innerSize(t, d));
    }

    /** One pass per row of the softmax ({@code y (g - Σ g y)}) or log_softmax ({@code g - e^y Σ g}) gradient. */
    private static Tensor backward(Tensor g, Tensor y, int d, boolean log) {
        Tensor gc = Prims.noGrad(() -> (g.dtype() == y.dtype() ? g : g.to(y.dtype())).contiguous());
        Tensor yc = Prims.noGrad(y::contiguous);
        Tensor out = Creation.empty(rawShape(y), y.dtype());
        if (floatRowsAlongLastDim(y, d)) {
            Kernels.elementwise().softmaxBackwardRows(outerSize(yc, d), rowLength(yc, d), storage(gc).floats(),
                    gc.storageOffset(), storage(yc).floats(), yc.storageOffset(), storage(out).floats(), 0, log);
            return out;
        }
        int n = rowLength(y, d);
        int inner = innerSize(y, d);
        int outer = outerSize(y, d);
        if (y.dtype() == DType.FLOAT32) {
            DimSoftmax.backward(storage(gc).floats(), gc.storageOffset(), storage(yc).floats(), yc.storageOffset(),
                    storage(out).floats(), 0, outer, n, inner, log);
        } else {
            DimSoftmax.backward(storage(gc).doubles(), gc.storageOffset(), storage(yc).doubles(), yc.storageOffset(),
                    storage(out).doubles(), 0, outer, n, inner, log);
        }
        return out;
    }

    private static void checkFloating(Tensor x, String name) {
        if (!x.dtype().isFloatingPoint()) {
            String kernel = name.equals("softmax") ? "softmax_lastdim_kernel_impl" : "log_softmax_lastdim_kernel_impl";
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + x.dtype().scalarTypeName() + "'");
        }
    }
}
