package org.autograd4j.nn.functional;

import java.util.function.Supplier;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.Graph;
import org.autograd4j.autograd.SavedTensor;
import org.autograd4j.kernels.UnaryOp;
import org.autograd4j.ops.Masking;
import org.autograd4j.ops.Pointwise;
import org.autograd4j.tensor.Shapes;

/**
 * Small differentiable building blocks the nn functions need (abs, clamp_min, scalar mul/div with
 * PyTorch's node names, where, row max) and the shared reduction argument handling.
 */
public final class Prims {
    private Prims() {
    }

    /** Runs {@code f} with grad mode off: the forward computations of recorded nn ops. */
    static Tensor noGrad(Supplier<Tensor> f) {
        try (GradMode.Guard g = GradMode.set(false)) {
            return f.get();
        }
    }

    /** {@code |x|} (node {@code AbsBackward0}); its gradient is {@code g * sign(x)}. */
    public static Tensor abs(Tensor x) {
        Tensor out = Pointwise.unary(UnaryOp.ABS, x);
        return Graph.record("AbsBackward0", out, x, ctx -> {
            SavedTensor s = ctx.save(x);
            return g -> new Tensor[] {g.mul(sign(s.get()))};
        });
    }

    /** {@code sign(x)} as a constant (its derivative is zero almost everywhere). */
    static Tensor sign(Tensor x) {
        return Pointwise.map(x, x.dtype(), v -> Math.signum(v));
    }

    /** {@code max(x, min)} (node {@code ClampMinBackward0}); the gradient passes where {@code x >= min}. */
    public static Tensor clampMin(Tensor x, double min) {
        Tensor out = Pointwise.map(x, x.dtype(), v -> Double.isNaN(v) ? v : Math.max(v, min));
        return Graph.record("ClampMinBackward0", out, x, ctx -> {
            SavedTensor s = ctx.save(x);
            return g -> new Tensor[] {Masking.zeroWhere(g, Pointwise.map(s.get(), DType.BOOL, v -> v < min ? 1 : 0))};
        });
    }

    /** {@code x * s} for a C++ scalar (node {@code MulBackward1}, as {@code at::mul(Tensor, Scalar)}). */
    static Tensor mulScalar(Tensor x, double s) {
        Tensor out = noGrad(() -> x.mul(s));
        return Graph.record("MulBackward1", out, x, ctx -> g -> new Tensor[] {g.mul(s)});
    }

    /** {@code x / s} for a C++ scalar (node {@code DivBackward1}). */
    static Tensor divScalar(Tensor x, double s) {
        Tensor out = noGrad(() -> x.div(s));
        return Graph.record("DivBackward1", out, x, ctx -> g -> new Tensor[] {g.div(s)});
    }

    /** The elementwise negation of a bool mask. */
    static Tensor not(Tensor mask) {
        return Pointwise.map(mask, DType.BOOL, v -> v != 0 ? 0 : 1);
    }

    /** {@code where(mask, a, b)} for a, b of the same shape, differentiable in both. */
    static Tensor where(Tensor mask, Tensor a, Tensor b) {
        return Masking.zeroWhere(a, not(mask)).add(Masking.zeroWhere(b, mask));
    }

    /** {@code x} with {@code value} where {@code mask} is true (differentiable in x). */
    static Tensor maskedFill(Tensor x, Tensor mask, double value) {
        Tensor fill = Pointwise.map(mask, x.dtype(), v -> v != 0 ? value : 0);
        return Masking.zeroWhere(x, mask).add(fill);
    }

    /** The maximum along {@code dim}, keeping the dimension; not differentiable (used for stability shifts). */
    static Tensor amax(Tensor x, int dim) {
        if (x.dim() == 0) {
            return x.detach().clone();
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int last = x.dim() - 1;
        Tensor moved = x.detach().transpose(d, last);
        double[] v = moved.toDoubleArray();
        int n = x.size(d);
        int rows = n == 0 ? 0 : v.length / n;
        double[] m = new double[rows];
        for (int r = 0; r < rows; r++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double e = v[r * n + i];
                best = Double.isNaN(e) || Double.isNaN(best) ? Double.NaN : Math.max(best, e);
            }
            m[r] = Double.isInfinite(best) ? 0 : best;
        }
        int[] shape = moved.shape();
        shape[last] = 1;
        return Tensor.of(m, shape).to(x.dtype()).transpose(d, last).contiguous();
    }

    /** Rejects anything but "none", "mean" and "sum", with PyTorch's message. */
    static void checkReduction(String reduction) {
        if (!"none".equals(reduction) && !"mean".equals(reduction) && !"sum".equals(reduction)) {
            throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        }
    }

    /** Applies a checked reduction to per-element losses. */
    static Tensor reduce(Tensor elems, String reduction) {
        checkReduction(reduction);
        switch (reduction) {
            case "mean": return elems.mean();
            case "sum": return elems.sum();
            default: return elems;
        }
    }

    /** PyTorch's {@code torch.Size([2, 3])} spelling of a shape, for error messages. */
    static String torchSize(int[] shape) {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append("])").toString();
    }

    /** A 1-D per-channel tensor viewed to broadcast against a tensor of rank {@code rank} along {@code dim}. */
    static Tensor channelView(Tensor t, int rank, int dim) {
        int[] shape = new int[rank];
        java.util.Arrays.fill(shape, 1);
        shape[dim] = t.numel();
        return t.reshape(shape);
    }

    /** All dims of a rank-{@code rank} tensor except {@code keep}. */
    static int[] allDimsBut(int rank, int keep) {
        int[] dims = new int[rank - 1];
        for (int d = 0, k = 0; d < rank; d++) {
            if (d != keep) {
                dims[k++] = d;
            }
        }
        return dims;
    }
}
