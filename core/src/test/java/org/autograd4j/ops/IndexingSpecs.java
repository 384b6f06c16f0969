package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Index;
import org.autograd4j.Tensor;

/** The op table rows for the indexing ops (see {@link OpSpec}). */
final class IndexingSpecs {
    private IndexingSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s23 = {2, 3};
        int[] s22 = {2, 2};
        int[] s34 = {3, 4};
        int[] s43 = {4, 3};
        int[] s234 = {2, 3, 4};
        int[] none = {0};
        Tensor mask23 = Tensor.of(new boolean[] {true, false, true, false, false, true}, 2, 3);
        Tensor mask3 = Tensor.of(true, false, true);
        return List.of(
                op("indexSelect", in -> in[0].indexSelect(0, in[1])).node("IndexSelectBackward0")
                        .constant(1, (c, g) -> Tensor.of(2L, 0L, 2L)).shapes(s34, none).shapes(new int[] {3}, none),
                op("indexSelect dim 1", in -> in[0].indexSelect(-1, in[1])).node("IndexSelectBackward0")
                        .constant(1, (c, g) -> Tensor.of(3L, 1L)).shapes(s234, none),
                op("gather", in -> in[0].gather(1, in[1])).node("GatherBackward0")
                        .constant(1, (c, g) -> Tensor.of(new long[][] {{0, 1, 1, 3}, {2, 2, 0, 0}}))
                        .shapes(s34, none),
                op("scatter", in -> in[0].scatter(1, in[1], in[2])).node("ScatterBackward0")
                        .constant(1, (c, g) -> Tensor.of(new long[][] {{0, 2}, {3, 1}})).shapes(s34, none, s22),
                op("scatter value", in -> in[0].scatter(0, in[1], 1.5)).node("ScatterBackward1")
                        .constant(1, (c, g) -> Tensor.of(new long[][] {{2, 0, 1, 1}})).shapes(s34, none),
                op("scatterAdd", in -> in[0].scatterAdd(1, in[1], in[2])).node("ScatterAddBackward0")
                        .constant(1, (c, g) -> Tensor.of(new long[][] {{0, 0}, {1, 1}})).shapes(s34, none, s22),
                op("scatter_", in -> in[0].mul(1.0).scatter_(1, in[1], in[2])).node("ScatterBackward0")
                        .constant(1, (c, g) -> Tensor.of(new long[][] {{0, 2}, {3, 1}})).shapes(s34, none, s22),
                op("indexAdd", in -> in[0].indexAdd(0, in[1], in[2])).node("IndexAddBackward0")
                        .constant(1, (c, g) -> Tensor.of(0L, 2L, 0L)).shapes(s43, none, new int[] {3, 3}),
                op("indexAdd alpha dim 1", in -> in[0].indexAdd(1, in[1], in[2], -2)).node("IndexAddBackward0")
                        .constant(1, (c, g) -> Tensor.of(1L, 1L)).shapes(s23, none, new int[] {2, 2}),
                op("index", in -> in[0].index(in[1])).node("IndexBackward0")
                        .constant(1, (c, g) -> Tensor.of(new long[][] {{0, 3}, {-1, 3}})).shapes(s43, none),
                op("index two broadcast", in -> in[0].index(in[1], in[2])).node("IndexBackward0")
                        .constant(1, (c, g) -> Tensor.of(0L, 2L, 2L))
                        .constant(2, (c, g) -> Tensor.of(new long[][] {{1}, {3}})).shapes(s34, none, none),
                op("index non-adjacent", in -> in[0].index(in[1], null, in[2])).node("IndexBackward0")
                        .constant(1, (c, g) -> Tensor.of(1L, 0L)).constant(2, (c, g) -> Tensor.of(3L, 3L))
                        .shapes(s234, none, none),
                op("index after slice", in -> in[0].index(null, in[1])).node("IndexBackward0")
                        .constant(1, (c, g) -> Tensor.of(2L, 2L, 0L)).shapes(s234, none),
                op("index mask", in -> in[0].index(mask23)).node("IndexBackward0").shapes(s23),
                op("indexPut", in -> in[0].indexPut(new Tensor[] {in[1]}, in[2])).node("IndexPutBackward0")
                        .constant(1, (c, g) -> Tensor.of(0L, 2L)).shapes(s43, none, s23),
                op("indexPut accumulate", in -> in[0].indexPut(new Tensor[] {in[1]}, in[2], true))
                        .node("IndexPutBackward0").constant(1, (c, g) -> Tensor.of(1L, 1L, 3L))
                        .shapes(s43, none, new int[] {3}),
                op("indexPut_", in -> in[0].mul(1.0).indexPut_(new Tensor[] {in[1], in[2]}, in[3]))
                        .node("IndexPutBackward0").constant(1, (c, g) -> Tensor.of(0L, 1L))
                        .constant(2, (c, g) -> Tensor.of(2L, 0L)).shapes(s23, none, none, new int[] {2}),
                op("where", in -> Tensor.where(mask23, in[0], in[1])).node("WhereBackward0")
                        .shapes(s23, s23).shapes(s23, new int[] {3}).shapes(new int[] {}, s23),
                op("where scalar", in -> Tensor.where(mask3, in[0], 0.5)).node("WhereBackward0").shapes(s23),
                op("maskedFill", in -> in[0].maskedFill(mask3, -1)).node("MaskedFillBackward0").shapes(s23),
                op("maskedFill tensor", in -> in[0].maskedFill(mask23, in[1])).node("MaskedFillBackward1")
                        .shapes(s23, new int[] {}).shapes(new int[] {3}, new int[] {}),
                op("maskedFill_", in -> in[0].mul(1.0).maskedFill_(mask3, 2)).node("MaskedFillBackward0").shapes(s23),
                op("maskedSelect", in -> in[0].maskedSelect(mask3)).node("MaskedSelectBackward0").shapes(s23)
                        .shapes(new int[] {1, 3}),
                op("get", in -> in[0].get(Index.at(0), Index.slice(1, 3), Index.NEW_AXIS, Index.ALL))
                        .node("SliceBackward0").shapes(s234),
                op("get ints", in -> in[0].get(1, -1)).node("SelectBackward0").shapes(s234),
                op("get ellipsis", in -> in[0].get(Index.ELLIPSIS, Index.at(1))).node("SelectBackward0").shapes(s234),
                op("get alias", in -> in[0].get(Index.ELLIPSIS)).node("AliasBackward0").shapes(s23),
                op("set", in -> in[0].mul(1.0).set(in[1], Index.at(0), Index.from(1))).node("CopySlices")
                        .shapes(s234, new int[] {4}),
                op("get mixed", in -> in[0].get(Index.from(1), Index.tensor(in[1]))).node("IndexBackward0")
                        .constant(1, (c, g) -> Tensor.of(0L, 2L, 0L)).shapes(s34, none),
                op("set index tensor", in -> in[0].mul(1.0).set(in[1], Index.ALL, Index.tensor(in[2])))
                        .node("CopySlices").constant(2, (c, g) -> Tensor.of(3L, 0L))
                        .shapes(s34, new int[] {3, 1}, none),
                op("set mask", in -> in[0].mul(1.0).set(in[1], Index.tensor(mask3))).node("IndexPutBackward0")
                        .shapes(new int[] {3, 2}, new int[] {2}),
                op("set number", in -> in[0].mul(1.0).set(100, 1, 0)).node("CopySlices").shapes(s23),
                op("set ellipsis", in -> in[0].mul(1.0).set(in[1], Index.ELLIPSIS)).node("CopyBackwards")
                        .shapes(s23, new int[] {3}));
    }
}
