package org.autograd4j.ops;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.BackwardFn;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.RowCounts;
import org.autograd4j.kernels.RowReductions;
import org.autograd4j.kernels.RowScans;
import org.autograd4j.tensor.Shapes;

/**
 * Products and running sums: {@code prod}, {@code cumsum}, {@code cumprod}, and the {@code flip}
 * their backward formulas use. Gradients of products stay exact when the input holds zeros, with
 * PyTorch's formulas ({@code prod_backward}, {@code cumprod_backward}). Integer and bool inputs
 * give int64 results.
 */
public final class Products {
    private Products() {
    }

    /** Product of all elements (node {@code ProdBackward0}). */
    public static Tensor prod(Tensor x) {
        Tensor out = product(Rows.all(x), false);
        return Graph.record("ProdBackward0", out, x, ctx -> {
            SavedTensor sx = ctx.save("self", x);
            SavedTensor so = ctx.save("result", out);
            BackwardFn backward = g -> new Tensor[] {prodBackward(g, sx.get(), so.get())};
            ctx.forward(t -> Tangents.ofReduction(backward, out, t[0], Reductions.allDims(x.dim()), false));
            return backward;
        });
    }

    /** Product along {@code dim} (node {@code ProdBackward1}). */
    public static Tensor prod(Tensor x, int dim, boolean keepdim) {
        Rows rows = Rows.of(x, dim);
        Tensor out = product(rows, keepdim);
        int wrapped = Shapes.wrapDim(dim, x.dim());
        return Graph.record("ProdBackward1", out, x, ctx -> {
            SavedTensor sx = ctx.save("self", x);
            SavedTensor so = ctx.save("result", out);
            BackwardFn backward = g -> new Tensor[] {prodDimBackward(g, sx.get(), so.get(), wrapped, keepdim)};
            ctx.forward(t -> Tangents.ofReduction(backward, out, t[0], new int[] {wrapped}, keepdim));
            return backward;
        });
    }

    private static Tensor product(Rows rows, boolean keepdim) {
        Object values = RowReductions.product(rows.data(), rows.outer, rows.n);
        return rows.reduced(values, rows.d != null ? rows.dtype : DType.INT64, keepdim);
    }

    private static long zeroCount(Tensor x) {
        return x.numel() - RowCounts.nonzero(x.detach().toDoubleArray(), 1, x.numel())[0];
    }

    /** PyTorch's {@code prod_backward} for the whole-tensor product. */
    private static Tensor prodBackward(Tensor g, Tensor x, Tensor result) {
        if (x.dim() == 0) {
            return g;
        }
        long zeros = zeroCount(x);
        if (zeros == 0) {
            return g.mul(result.div(x));
        }
        if (zeros > 1) {
            return Tensor.zeros(x.shape(), g.dtype());
        }
        return prodSafeZerosBackward(g.expand(x.shape()).reshape(-1), x.reshape(-1), 0).view(x.shape());
    }

    /** PyTorch's {@code prod_backward} along one dim. */
    private static Tensor prodDimBackward(Tensor g, Tensor x, Tensor result, int dim, boolean keepdim) {
        if (x.dim() == 0) {
            return g;
        }
        Tensor gk = keepdim ? g : g.unsqueeze(dim);
        Tensor rk = keepdim ? result : result.unsqueeze(dim);
        if (zeroCount(x) == 0) {
            return gk.mul(rk.div(x));
        }
        return prodSafeZerosBackward(gk, x, dim);
    }

    /** grad * (product of the elements before) * (product of the elements after), exact with zeros. */
    private static Tensor prodSafeZerosBackward(Tensor g, Tensor x, int dim) {
        int n = x.size(dim);
        if (n == 1) {
            return g.expand(x.shape());
        }
        int[] onesShape = x.shape();
        onesShape[dim] = 1;
        Tensor ones = Tensor.ones(onesShape, x.dtype());
        Tensor before = cumprod(Tensor.cat(List.of(ones, x.slice(dim, 0, n - 1)), dim), dim);
        Tensor after = flip(cumprod(Tensor.cat(List.of(ones, flip(x.slice(dim, 1, n), dim)), dim), dim), dim);
        return g.mul(before.mul(after));
    }

    /** Running sum along {@code dim} (node {@code CumsumBackward0}). */
    public static Tensor cumsum(Tensor x, int dim) {
        return scan(x, dim, false);
    }

    /** Running product along {@code dim} (node {@code CumprodBackward0}). */
    public static Tensor cumprod(Tensor x, int dim) {
        return scan(x, dim, true);
    }

    /** Running log-sum-exp along {@code dim}, computed stably (node {@code LogcumsumexpBackward0}). */
    public static Tensor logcumsumexp(Tensor x, int dim) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"logcumsumexp_out_cpu\" not implemented for '"
                    + (x.dtype() == DType.BOOL ? "Bool" : "Long") + "'");
        }
        Rows rows = Rows.of(x, dim);
        double[] v = rows.d.clone();
        RowScans.inclusive(v, rows.outer, rows.n, RowScans.Scan.LOG_ADD_EXP);
        Tensor out = rows.scanned(v, x.dtype());
        int d = x.dim() == 0 ? 0 : Shapes.wrapDim(dim, x.dim());
        return Graph.record("LogcumsumexpBackward0", out, x, ctx -> {
            SavedTensor sx = ctx.save("self", x);
            SavedTensor so = ctx.save("result", out);
            // no forward formula: PyTorch 1.13 has none, so a dual input is refused with its message
            return g -> new Tensor[] {logcumsumexpBackward(g, sx.get(), so.get(), d)};
        });
    }

    /**
     * PyTorch's {@code logcumsumexp_backward}: {@code sum over i >= j of g[i] exp(x[j] - out[i])},
     * with the positive and negative parts of g each summed in log space so nothing overflows.
     */
    private static Tensor logcumsumexpBackward(Tensor g, Tensor x, Tensor out, int dim) {
        if (g.dim() == 0 || g.numel() == 0) {
            return g;
        }
        double lowest = g.dtype() == DType.FLOAT32 ? -Float.MAX_VALUE : -Double.MAX_VALUE;
        Tensor logAbs = g.abs().log();
        Tensor positive = Tensor.where(g.gt(0.0), logAbs, lowest);
        Tensor negative = Tensor.where(g.lt(0.0), logAbs, lowest);
        return reversedLogcumsumexp(positive.sub(out), dim).add(x).exp()
                .sub(reversedLogcumsumexp(negative.sub(out), dim).add(x).exp());
    }

    private static Tensor reversedLogcumsumexp(Tensor t, int dim) {
        return flip(logcumsumexp(flip(t, dim), dim), dim);
    }

    private static Tensor scan(Tensor x, int dim, boolean multiply) {
        Rows rows = Rows.of(x, dim);
        Object values = rows.d != null ? rows.d.clone() : rows.l.clone();
        RowScans.inclusive(values, rows.outer, rows.n, multiply ? RowScans.Scan.PRODUCT : RowScans.Scan.SUM);
        DType type = x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
        Tensor out = rows.scanned(values, type);
        int d = x.dim() == 0 ? 0 : Shapes.wrapDim(dim, x.dim());
        if (!multiply) {
            return Graph.record("CumsumBackward0", out, x, ctx -> {
                ctx.forward(t -> t[0].cumsum(d));
                return g -> new Tensor[] {reversedCumsum(g, d)};
            });
        }
        return Graph.record("CumprodBackward0", out, x, ctx -> {
            SavedTensor sx = ctx.save("self", x);
            SavedTensor so = ctx.save("result", out);
            // out_i = prod_{j<=i} x_j: its tangent is out_i * sum_{j<=i} t_j / x_j (x without zeros)
            ctx.forward(t -> out.mul(t[0].div(x).cumsum(d)));
            return g -> new Tensor[] {cumprodBackward(g, sx.get(), so.get(), d)};
        });
    }

    /** {@code x.flip(dim)}: a copy reversed along one dimension. */
    private static Tensor flip(Tensor x, int dim) {
        return Reshaping.flip(x, new int[] {dim});
    }

    private static Tensor reversedCumsum(Tensor g, int dim) {
        if (g.numel() <= 1 || g.size(dim) == 1) {
            return g;
        }
        return flip(cumsum(flip(g, dim), dim), dim);
    }

    /** PyTorch's {@code cumprod_backward}; with zeros in the input, its O(n²) differentiable form. */
    private static Tensor cumprodBackward(Tensor g, Tensor x, Tensor out, int dim) {
        if (x.numel() <= 1 || x.size(dim) == 1) {
            return g;
        }
        if (zeroCount(x) == 0) {
            return reversedCumsum(out.mul(g), dim).div(x);
        }
        int n = x.size(dim);
        int[] onesShape = x.shape();
        onesShape[dim] = 1;
        Tensor ones = Tensor.ones(onesShape, x.dtype());
        List<Tensor> perIndex = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Tensor omitted;
            if (k == 0) {
                omitted = Tensor.cat(List.of(ones, cumprod(x.slice(dim, 1, n), dim)), dim);
            } else if (k == n - 1) {
                omitted = prod(x.slice(dim, 0, k), dim, true);
            } else {
                Tensor until = prod(x.slice(dim, 0, k), dim, true);
                Tensor from = cumprod(x.slice(dim, k + 1, n), dim);
                omitted = Tensor.cat(List.of(until, until.expand(from.shape()).mul(from)), dim);
            }
            perIndex.add(g.slice(dim, k, n).mul(omitted).sum(dim, false));
        }
        return Tensor.stack(perIndex, dim);
    }
}
