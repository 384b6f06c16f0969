package org.autograd4j.ops;

import java.util.List;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.tensor.Shapes;

/**
 * {@code quantile} and {@code nanquantile}, composed as PyTorch 1.13 composes them: sort along the
 * dim, turn each {@code q} into a rank, pick (and for {@code linear} and {@code midpoint} lerp
 * between) the sorted values at the ranks. The gradient therefore flows through the sort's
 * gather and the lerp to the one or two chosen elements, as PyTorch's does; the last node is
 * whichever shaping op ends the composition, so it can differ from PyTorch's (its last node is
 * an implementation detail there too). {@code q} is not differentiated.
 */
public final class Quantiles {
    private static final List<String> MODES = List.of("linear", "lower", "higher", "midpoint", "nearest");

    private Quantiles() {
    }

    /**
     * The {@code q}-th quantile (a number in [0, 1]) of all elements ({@code dim} null) or along
     * {@code dim}; NaN where a reduced row holds NaN, or with {@code ignoreNan} the quantile of the
     * row's other elements (NaN when all are NaN).
     */
    public static Tensor quantile(Tensor x, double q, Integer dim, boolean keepdim, String interpolation,
            boolean ignoreNan) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile() q must be in the range [0, 1] but got " + q);
        }
        checkInput(x);
        Tensor quantiles = quantile(x, Tensor.of(q).to(x.dtype()), dim, keepdim, interpolation, ignoreNan);
        return quantiles.squeeze(0);
    }

    /**
     * The quantiles at each element of the 1-D (or 0-d) {@code q}, of {@code x}'s dtype, stacked
     * along a new first dim (none for a 0-d {@code q}).
     */
    public static Tensor quantile(Tensor x, Tensor q, Integer dim, boolean keepdim, String interpolation,
            boolean ignoreNan) {
        checkInput(x);
        Args.nonNull(q, "q");
        if (q.dtype() != x.dtype()) {
            throw new IllegalArgumentException("quantile() q tensor must be same dtype as the input tensor");
        }
        if (q.dim() > 1) {
            throw new IllegalArgumentException("quantile() q must be a scalar or 1D tensor");
        }
        if (!MODES.contains(interpolation)) {
            throw new IllegalArgumentException("quantile() interpolation must be one of linear, lower, higher, "
                    + "midpoint or nearest, but got " + interpolation);
        }
        Tensor qs = q.detach().reshape(-1);
        if (qs.lt(0.0).logicalOr(qs.gt(1.0)).any().item() != 0) {
            throw new IllegalArgumentException("quantile() q values must be in the range [0, 1]");
        }
        int d = dim == null ? 0 : Shapes.wrapDim(dim, Math.max(x.dim(), 1));
        Tensor rows = dim == null || x.dim() == 0 ? x.reshape(-1) : x.movedim(d, -1);
        Tensor sorted = rows.sort(-1).values();
        Tensor picked = interpolated(sorted, ranks(sorted.detach(), qs, ignoreNan), interpolation).movedim(-1, 0);
        Tensor shaped = picked.reshape(outShape(x, qs.numel(), dim, d, keepdim));
        return q.dim() == 0 ? shaped.squeeze(0) : shaped;
    }

    private static void checkInput(Tensor x) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("quantile() input tensor must be either float or double dtype");
        }
        if (x.numel() == 0) {
            throw new IllegalArgumentException("quantile() input tensor must be non-empty");
        }
    }

    /**
     * Each row's fractional rank of each {@code q} (rows by q): {@code q (n - 1)}, the last index
     * for a row holding NaN; with {@code ignoreNan}, {@code q (valid - 1)} counting only non-NaN
     * elements, 0 when there are none (NaN sorts last, so rank 0 then picks a NaN).
     */
    private static Tensor ranks(Tensor sorted, Tensor qs, boolean ignoreNan) {
        Tensor nan = sorted.isnan();
        if (ignoreNan) {
            Tensor valid = nan.logicalNot().sum(-1, true).to(sorted.dtype());
            Tensor ranks = valid.sub(1.0).mul(qs);
            return ranks.maskedFill(ranks.lt(0.0), 0.0);
        }
        int last = sorted.shape()[sorted.dim() - 1] - 1;
        Tensor ranks = qs.mul((double) last);
        return Tensor.where(nan.any(-1, true), (double) last, ranks);
    }

    /** The sorted values at the ranks, rounded or interpolated as {@code interpolation} says. */
    private static Tensor interpolated(Tensor sorted, Tensor ranks, String interpolation) {
        switch (interpolation) {
            case "lower":
                return at(sorted, ranks.floor());
            case "higher":
                return at(sorted, ranks.ceil());
            case "nearest":
                return at(sorted, ranks.round());
            default:
                Tensor below = ranks.floor();
                Tensor weights = interpolation.equals("midpoint") ? Tensor.fullLike(ranks, 0.5) : ranks.sub(below);
                return at(sorted, below).lerp(at(sorted, ranks.ceil()), weights);
        }
    }

    private static Tensor at(Tensor sorted, Tensor ranks) {
        return sorted.gather(-1, ranks.to(DType.INT64));
    }

    /** The shape of {@code q}-major results: quantiles first, then the reduced shape. */
    private static int[] outShape(Tensor x, int quantiles, Integer dim, int d, boolean keepdim) {
        int[] shape = x.shape();
        int rank = shape.length;
        int kept = dim == null ? (keepdim ? rank : 0) : (keepdim ? rank : Math.max(rank - 1, 0));
        int[] out = new int[kept + 1];
        out[0] = quantiles;
        for (int i = 0, j = 1; i < rank && j <= kept; i++) {
            boolean reduced = dim == null || i == d;
            if (!reduced || keepdim) {
                out[j++] = reduced ? 1 : shape[i];
            }
        }
        return out;
    }
}
