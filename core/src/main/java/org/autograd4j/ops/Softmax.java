package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.Kernels;
import org.autograd4j.tensor.Shapes;

/**
 * softmax and log_softmax along a dimension, computed stably by shifting each slice by its
 * maximum (so logits of ±1000 give finite results). Forward and backward are each one fused pass
 * per row (see {@link DimRows}); the backward is itself a recorded op
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
            Kernels.elementwise().softmaxRows(rowCount(in), rowLength(in), storage(in).floats(), in.storageOffset(),
                    storage(out).floats(), 0, log);
            return out;
        }
        DimRows src = new DimRows(in, d);
        DimRows dst = new DimRows(out, d);
        int n = src.n;
        double[] buf = new double[n];
        for (int r = 0; r < src.rows; r++) {
            src.load(r, buf);
            double max = rowMax(buf, n);
            if (log) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += Math.exp(buf[i] - max);
                }
                double logSum = Math.log(sum);
                for (int i = 0; i < n; i++) {
                    buf[i] = (buf[i] - max) - logSum;
                }
            } else {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double e = Math.exp(buf[i] - max);
                    buf[i] = e;
                    sum += e;
                }
                for (int i = 0; i < n; i++) {
                    buf[i] /= sum;
                }
            }
            dst.store(r, buf);
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

    private static int rowLength(Tensor t) {
        return t.dim() == 0 ? 1 : t.size(-1);
    }

    private static int rowCount(Tensor t) {
        int n = rowLength(t);
        return n == 0 ? 0 : t.numel() / n;
    }

    /** The stability shift: the row maximum (nan if any element is nan), or 0 when it is infinite. */
    private static double rowMax(double[] buf, int n) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double e = buf[i];
            if (e > best) {
                best = e;
            } else if (e != e) {
                return Double.NaN;
            }
        }
        return Double.isInfinite(best) ? 0 : best;
    }

    /** One pass per row of the softmax ({@code y (g - Σ g y)}) or log_softmax ({@code g - e^y Σ g}) gradient. */
    private static Tensor backward(Tensor g, Tensor y, int d, boolean log) {
        Tensor gc = Prims.noGrad(() -> (g.dtype() == y.dtype() ? g : g.to(y.dtype())).contiguous());
        Tensor yc = Prims.noGrad(y::contiguous);
        Tensor out = Creation.empty(rawShape(y), y.dtype());
        if (floatRowsAlongLastDim(y, d)) {
            Kernels.elementwise().softmaxBackwardRows(rowCount(yc), rowLength(yc), storage(gc).floats(),
                    gc.storageOffset(), storage(yc).floats(), yc.storageOffset(), storage(out).floats(), 0, log);
            return out;
        }
        DimRows gr = new DimRows(gc, d);
        DimRows yr = new DimRows(yc, d);
        DimRows dst = new DimRows(out, d);
        int n = yr.n;
        double[] gb = new double[n];
        double[] yb = new double[n];
        for (int r = 0; r < yr.rows; r++) {
            gr.load(r, gb);
            yr.load(r, yb);
            double s = 0;
            if (log) {
                for (int i = 0; i < n; i++) {
                    s += gb[i];
                }
                for (int i = 0; i < n; i++) {
                    gb[i] -= Math.exp(yb[i]) * s;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    s += gb[i] * yb[i];
                }
                for (int i = 0; i < n; i++) {
                    gb[i] = yb[i] * (gb[i] - s);
                }
            }
            dst.store(r, gb);
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
