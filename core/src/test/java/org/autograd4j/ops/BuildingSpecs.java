package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Tensor;

/** The op table rows for the building and reshaping utilities of issue 12 (see {@link OpSpec}). */
final class BuildingSpecs {
    private BuildingSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s0 = {};
        int[] s2 = {2};
        int[] s3 = {3};
        int[] s4 = {4};
        int[] s5 = {5};
        int[] s23 = {2, 3};
        int[] s34 = {3, 4};
        int[] s234 = {2, 3, 4};
        Tensor scatterIndex = Tensor.of(new long[] {0, 2, 0, 1, 2, 2}, 2, 3);
        return List.of(
                op("repeatInterleave", in -> in[0].repeatInterleave(2)).node("IndexSelectBackward0").shapes(s23)
                        .shapes(s0),
                op("repeatInterleave counts dim", in -> in[0].repeatInterleave(Tensor.of(1L, 0L, 3L), 1))
                        .node("IndexSelectBackward0").shapes(s23),
                op("rot90", in -> in[0].rot90()).node("Rot90Backward0").shapes(s34),
                op("rot90 k dims", in -> in[0].rot90(3, 2, 0)).node("Rot90Backward0").shapes(s234),
                op("broadcastTo", in -> in[0].broadcastTo(2, 3, 4)).node("ExpandBackward0").shapes(s4).shapes(s0),
                op("broadcastTensors", in -> Tensor.broadcastTensors(in[0], in[1]).get(0).mul(
                        Tensor.broadcastTensors(in[0], in[1]).get(1))).shapes(s3, s23),
                op("atleast3d", in -> Tensor.atleast3d(in[0])).node("UnsqueezeBackward0").shapes(s23).shapes(s3),
                op("meshgrid xy", in -> Tensor.meshgrid("xy", in[0], in[1]).get(0)).node("ExpandBackward0")
                        .shapes(s2, s3),
                op("cartesianProd", in -> Tensor.cartesianProd(in[0], in[1], in[2])).node("StackBackward0")
                        .shapes(s2, s3, s2),
                op("combinations", in -> in[0].combinations(3, true)).node("StackBackward0").shapes(s4),
                op("vander", in -> in[0].vander(4, false)).node("FlipBackward0").shapes(s3),
                op("diagEmbed", in -> in[0].diagEmbed(1, 0, 2)).node("DiagEmbedBackward0").shapes(s23),
                op("blockDiag", in -> Tensor.blockDiag(in[0], in[1], in[2])).node("BlockDiagBackward0")
                        .shapes(s23, s0, s3),
                op("nansum", in -> in[0].nansum(new int[] {1}, true)).node("NansumBackward0").shapes(s34).shapes(s234),
                op("nanmean", in -> in[0].nanmean()).node("DivBackward0").shapes(s34),
                op("scatterReduce sum", in -> in[0].scatterReduce(1, scatterIndex, in[1], "sum"))
                        .node("ScatterReduceBackward0").shapes(s34, s23),
                op("scatterReduce prod", in -> in[0].scatterReduce(1, scatterIndex, in[1], "prod", false))
                        .node("ScatterReduceBackward0").range(0.5, 2).shapes(s34, s23),
                op("scatterReduce mean", in -> in[0].scatterReduce(1, scatterIndex, in[1], "mean"))
                        .node("ScatterReduceBackward0").shapes(s34, s23),
                // random inputs have no ties, so amax and amin are differentiable there
                op("scatterReduce amax", in -> in[0].scatterReduce(1, scatterIndex, in[1], "amax"))
                        .node("ScatterReduceBackward0").noGradGrad().shapes(s34, s23),
                op("indexReduce amin", in -> in[0].indexReduce(0, Tensor.of(2L, 0L), in[1], "amin", false))
                        .node("IndexReduceBackward0").noGradGrad().shapes(s34, new int[] {2, 4}),
                op("diff prepend", in -> in[0].diff(2, 0, in[1], null)).node("SubBackward0").shapes(s34, new int[] {2, 4}),
                op("gradient edge 2", in -> in[0].gradient(new double[] {0.5, 2}, null, 2).get(1))
                        .node("CatBackward0").shapes(s34),
                op("gradient coordinates", in -> in[0].gradient(List.of(in[1].cumsum(0)), new int[] {0}, 2).get(0))
                        .node("CatBackward0").range(0.5, 2).shapes(s34, s3),
                op("trapezoid dx", in -> in[0].trapezoid(0.5, 0)).node("MulBackward1").shapes(s34),
                op("trapezoid x", in -> in[0].trapezoid(in[1], -1)).node("DivBackward1").shapes(s34, s4),
                op("cumulativeTrapezoid dx", in -> in[0].cumulativeTrapezoid(2, 1)).node("CumsumBackward0")
                        .shapes(s234),
                op("cumulativeTrapezoid x", in -> in[0].cumulativeTrapezoid(in[1], 0)).node("DivBackward1")
                        .shapes(s34, s3),
                op("cov", in -> in[0].cov()).node("SqueezeBackward0").shapes(s34).shapes(s5),
                op("cov aweights", in -> in[0].cov(0, null, in[1].abs().add(0.1))).node("SqueezeBackward0")
                        .shapes(s34, s4),
                op("corrcoef", in -> in[0].corrcoef()).node("ClampBackward1").shapes(s34));
    }
}
