package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;

import org.autograd4j.Tensor;

/** The op table rows for sorting and order statistics (see {@link OpSpec}). */
final class SortingSpecs {
    private SortingSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s0 = {};
        int[] s5 = {5};
        int[] s34 = {3, 4};
        int[] s234 = {2, 3, 4};
        return List.of(
                op("sort", in -> in[0].sort().values()).node("SortBackward0").shapes(s34).shapes(s0),
                op("sort dim descending", in -> in[0].sort(1, true).values()).node("SortBackward0").shapes(s234),
                op("sort stable", in -> in[0].sort(true, 0, false).values()).node("SortBackward1").shapes(s34),
                op("msort", in -> in[0].msort()).node("SortBackward0").shapes(s34).shapes(s5),
                op("topk", in -> in[0].topk(2).values()).node("TopkBackward0").shapes(s34).shapes(s5),
                op("topk smallest dim", in -> in[0].topk(2, 1, false, true).values()).node("TopkBackward0")
                        .shapes(s234),
                op("kthvalue", in -> in[0].kthvalue(2).values()).node("KthvalueBackward0").shapes(s34).shapes(s5),
                op("kthvalue dim keepdim", in -> in[0].kthvalue(3, 0, true).values()).node("KthvalueBackward0")
                        .shapes(s34),
                op("median", in -> in[0].median()).node("MedianBackward0").shapes(s34).shapes(s0),
                op("median dim", in -> in[0].median(1).values()).node("MedianBackward1").shapes(s34).shapes(s234),
                op("median dim keepdim", in -> in[0].median(-1, true).values()).node("MedianBackward1")
                        .shapes(s234).shapes(s0),
                op("nanmedian", in -> in[0].nanmedian()).node("NanmedianBackward0").shapes(s34),
                op("nanmedian dim", in -> in[0].nanmedian(0).values()).node("NanmedianBackward1").shapes(s34),
                op("mode", in -> in[0].mode().values()).node("ModeBackward0").shapes(s34).shapes(s0),
                op("mode dim keepdim", in -> in[0].mode(0, true).values()).node("ModeBackward0").shapes(s234),
                op("cummax", in -> in[0].cummax(1).values()).node("CummaxBackward0").shapes(s34).shapes(s234),
                op("cummax 0-d", in -> in[0].cummax(0).values()).node("CummaxBackward0").shapes(s0),
                op("logcumsumexp", in -> in[0].logcumsumexp(1)).node("LogcumsumexpBackward0").shapes(s34)
                        .shapes(s234),
                op("logcumsumexp 0-d", in -> in[0].logcumsumexp(0)).node("LogcumsumexpBackward0").shapes(s0),
                op("cummin", in -> in[0].cummin(-1).values()).node("CumminBackward0").shapes(s234).shapes(s5),
                // quantile is composed of sort, gather and lerp, as in PyTorch: no node of its own
                op("quantile", in -> in[0].quantile(0.3)).shapes(s34).shapes(s0),
                op("quantile dim midpoint", in -> in[0].quantile(0.4, 1, true, "midpoint")).shapes(s234),
                op("quantile q lower", in -> in[0].quantile(Tensor.of(0.2, 0.9).to(in[0].dtype()), 0, false, "lower"))
                        .shapes(s34),
                op("quantile nearest", in -> in[0].quantile(0.5, -1, false, "nearest")).shapes(s34),
                op("nanquantile q higher",
                        in -> in[0].nanquantile(Tensor.of(0.1, 0.6).to(in[0].dtype()), null, false, "higher"))
                        .shapes(s5),
                op("nanquantile dim", in -> in[0].nanquantile(0.75, 0, false, "linear")).shapes(s34));
    }
}
