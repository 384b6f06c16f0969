package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.kernels.UnaryOp;

/** Elementwise functions with a dedicated kernel, each with its backward formula beside it. */
public final class UnaryMath {
    private UnaryMath() {
    }

    public static Tensor exp(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.EXP, x);
        return Graph.record("ExpBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> new Tensor[] {g.mul(result.get())};
        });
    }

    public static Tensor log(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.LOG, x);
        return Graph.record("LogBackward0", out, x, ctx -> {
            SavedTensor self = ctx.save(x);
            return g -> new Tensor[] {g.div(self.get())};
        });
    }

    public static Tensor sqrt(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.SQRT, x);
        return Graph.record("SqrtBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> new Tensor[] {g.div(result.get().mul(2))};
        });
    }

    public static Tensor tanh(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.TANH, x);
        return Graph.record("TanhBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> {
                Tensor y = result.get();
                return new Tensor[] {g.mul(y.mul(y).neg().add(1))};
            };
        });
    }

    public static Tensor sigmoid(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.SIGMOID, x);
        return Graph.record("SigmoidBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> {
                Tensor y = result.get();
                return new Tensor[] {g.mul(y.mul(y.neg().add(1)))};
            };
        });
    }

    /** max(x, 0); the gradient passes where the result is positive. */
    public static Tensor relu(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.RELU, x);
        return Graph.record("ReluBackward0", out, x, ctx -> {
            SavedTensor result = ctx.save(out);
            return g -> new Tensor[] {Masking.zeroWhere(g, Pointwise.map(result.get(), DType.BOOL, v -> v > 0 ? 0 : 1))};
        });
    }
}
