package org.autograd4j.nn.functional;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.tensor.Shapes;

/**
 * softmax and log_softmax along a dimension, computed stably by shifting each slice by its
 * maximum (so logits of ±1000 give finite results). Backward formulas are the derivatives.yaml
 * ones, written with differentiable ops on the saved output.
 */
public final class Softmax {
    private Softmax() {
    }

    /** {@code exp(x) / sum(exp(x), dim)} (node {@code SoftmaxBackward0}). */
    public static Tensor softmax(Tensor x, int dim) {
        checkFloating(x, "softmax");
        int d = x.dim() == 0 ? 0 : Shapes.wrapDim(dim, x.dim());
        int[] dims = x.dim() == 0 ? new int[0] : new int[] {d};
        Tensor out = Prims.noGrad(() -> {
            Tensor e = x.sub(Prims.amax(x, d)).exp();
            return e.div(e.sum(dims, true));
        });
        return Graph.record("SoftmaxBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> {
                Tensor y = result.get();
                return new Tensor[] {y.mul(g.sub(g.mul(y).sum(dims, true)))};
            };
        });
    }

    /** {@code x - log(sum(exp(x), dim))} (node {@code LogSoftmaxBackward0}). */
    public static Tensor logSoftmax(Tensor x, int dim) {
        checkFloating(x, "log_softmax");
        int d = x.dim() == 0 ? 0 : Shapes.wrapDim(dim, x.dim());
        int[] dims = x.dim() == 0 ? new int[0] : new int[] {d};
        Tensor out = Prims.noGrad(() -> {
            Tensor shifted = x.sub(Prims.amax(x, d));
            return shifted.sub(shifted.exp().sum(dims, true).log());
        });
        return Graph.record("LogSoftmaxBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> new Tensor[] {g.sub(result.get().exp().mul(g.sum(dims, true)))};
        });
    }

    private static void checkFloating(Tensor x, String name) {
        if (!x.dtype().isFloatingPoint()) {
            String kernel = name.equals("softmax") ? "softmax_lastdim_kernel_impl" : "log_softmax_lastdim_kernel_impl";
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + (x.dtype() == org.autograd4j.DType.INT64 ? "Long" : "Bool") + "'");
        }
    }
}
