package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/** The op table rows for the nn ops (see {@link OpSpec}). */
final class NnSpecs {
    private NnSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s23 = {2, 3};
        int[] s34 = {3, 4};
        int[] s234 = {2, 3, 4};
        int[] s3 = {3};
        int[] s4 = {4};
        OpSpec.ConstantInput target3 = (c, gen) -> Tensor.of(0L, 3L, 1L);
        OpSpec.ConstantInput targetIgnored = (c, gen) -> Tensor.of(2L, -100L, 1L);
        OpSpec.ConstantInput classWeight = (c, gen) -> Tensor.of(0.5, 2.0, 1.0, 1.5);
        OpSpec.ConstantInput probs = (c, gen) -> F.softmax(gen.rand(s34, org.autograd4j.DType.FLOAT64), 1);
        OpSpec.ConstantInput unit = (c, gen) -> gen.rand(s23, org.autograd4j.DType.FLOAT64);
        return List.of(
                op("softmax", in -> F.softmax(in[0], 1)).node("SoftmaxBackward0").shapes(s23).shapes(s234),
                op("softmax dim 0", in -> F.softmax(in[0], 0)).node("SoftmaxBackward0").shapes(s234),
                op("logSoftmax", in -> F.logSoftmax(in[0], -1)).node("LogSoftmaxBackward0").shapes(s23).shapes(s234),
                op("nllLoss", in -> F.nllLoss(in[0], in[1])).node("NllLossBackward0").shapes(s34, s3)
                        .constant(1, target3),
                op("nllLoss weight ignore none", in -> F.nllLoss(in[0], in[1], in[2], -100, "none"))
                        .node("NllLossBackward0").shapes(s34, s3, s4).constant(1, targetIgnored).constant(2, classWeight),
                op("nllLoss weight sum", in -> F.nllLoss(in[0], in[1], in[2], 1, "sum"))
                        .node("NllLossBackward0").shapes(s34, s3, s4).constant(1, (c, gen) -> Tensor.of(2L, 0L, 1L)).constant(2, classWeight),
                op("nllLoss spatial", in -> F.nllLoss(in[0], in[1], null, -100, "mean")).node("NllLoss2DBackward0")
                        .shapes(new int[] {2, 3, 2}, s23)
                        .constant(1, (c, gen) -> Tensor.of(new long[] {0, 2, 1, 1}, 2, 2)),
                op("nllLoss 4-d weight ignore none", in -> F.nllLoss(in[0], in[1], in[2], 1, "none"))
                        .node("NllLoss2DBackward0").shapes(new int[] {2, 4, 2, 2}, new int[] {2, 2, 2}, s4)
                        .constant(1, (c, gen) -> Tensor.of(new long[] {0, 2, 1, 3, 2, 0, 1, 3}, 2, 2, 2))
                        .constant(2, classWeight),
                op("crossEntropy", in -> F.crossEntropy(in[0], in[1])).node("NllLossBackward0").shapes(s34, s3)
                        .constant(1, target3),
                op("crossEntropy weight ignore smoothing",
                        in -> F.crossEntropy(in[0], in[1], in[2], -100, "mean", 0.2)).node("AddBackward0")
                        .shapes(s34, s3, s4).constant(1, targetIgnored).constant(2, classWeight),
                op("crossEntropy smoothing none", in -> F.crossEntropy(in[0], in[1], null, -100, "none", 0.1))
                        .node("AddBackward0").shapes(s34, s3).constant(1, targetIgnored),
                op("crossEntropy probabilities", in -> F.crossEntropy(in[0], in[1])).node("DivBackward1")
                        .shapes(s34, s34).constant(1, probs),
                op("crossEntropy probabilities none", in -> F.crossEntropy(in[0], in[1], in[2], -100, "none", 0.1))
                        .node("NegBackward0").shapes(s34, s34, s4).constant(1, probs).constant(2, classWeight),
                op("linear", in -> F.linear(in[0], in[1], in[2])).node("AddmmBackward0").shapes(s23, s43(), s4),
                op("linear no bias", in -> F.linear(in[0], in[1])).node("MmBackward0").shapes(s23, s43()),
                op("linear 3d", in -> F.linear(in[0], in[1], in[2])).node("ViewBackward0")
                        .shapes(new int[] {2, 2, 3}, s43(), s4),
                op("linear 3d no bias", in -> F.linear(in[0], in[1])).node("UnsafeViewBackward0")
                        .shapes(new int[] {2, 2, 3}, s43()),
                op("linear 1d", in -> F.linear(in[0], in[1], in[2])).node("AddBackward0").shapes(s3, s43(), s4),
                op("bilinear", in -> F.bilinear(in[0], in[1], in[2], in[3])).node("AddBackward0")
                        .shapes(s23, new int[] {2, 4}, new int[] {2, 3, 4}, new int[] {2}),
                op("mseLoss", in -> F.mseLoss(in[0], in[1])).node("MseLossBackward0").shapes(s23, s23),
                op("mseLoss none", in -> F.mseLoss(in[0], in[1], "none")).node("MseLossBackward0").shapes(s23, s23),
                op("l1Loss", in -> F.l1Loss(in[0], in[1])).node("MeanBackward0").shapes(s23, s23),
                op("l1Loss none", in -> F.l1Loss(in[0], in[1], "none")).node("AbsBackward0").shapes(s23, s23),
                op("smoothL1Loss", in -> F.smoothL1Loss(in[0], in[1], "sum", 0.5)).node("SmoothL1LossBackward0")
                        .shapes(s23, s23),
                op("huberLoss", in -> F.huberLoss(in[0], in[1], "none", 0.7)).node("HuberLossBackward0")
                        .shapes(s23, s23),
                op("binaryCrossEntropy", in -> F.binaryCrossEntropy(in[0], in[1])).node("BinaryCrossEntropyBackward0")
                        .range(0.1, 0.9).shapes(s23, s23),
                op("binaryCrossEntropy weight", in -> F.binaryCrossEntropy(in[0], in[1], in[2], "none"))
                        .node("BinaryCrossEntropyBackward0").range(0.1, 0.9).shapes(s23, s23, s3)
                        .constant(2, (c, gen) -> Tensor.of(0.5, 1.0, 2.0)),
                op("binaryCrossEntropyWithLogits", in -> F.binaryCrossEntropyWithLogits(in[0], in[1]))
                        .node("BinaryCrossEntropyWithLogitsBackward0").shapes(s23, s23),
                op("binaryCrossEntropyWithLogits weights",
                        in -> F.binaryCrossEntropyWithLogits(in[0], in[1], in[2], "sum", in[3]))
                        .node("BinaryCrossEntropyWithLogitsBackward0").shapes(s23, s23, s3, s3).constant(1, unit)
                        .constant(2, (c, gen) -> Tensor.of(0.5, 1.0, 2.0))
                        .constant(3, (c, gen) -> Tensor.of(3.0, 1.0, 0.5)),
                op("klDiv batchmean", in -> F.klDiv(in[0], in[1], "batchmean")).node("DivBackward0").range(0.1, 1)
                        .shapes(s23, s23),
                op("klDiv logTarget", in -> F.klDiv(in[0], in[1], "sum", true)).node("SumBackward0").shapes(s23, s23),
                op("klDiv none", in -> F.klDiv(in[0], in[1], "none")).node("SubBackward0").shapes(s23, s23)
                        .constant(1, unit),
                op("cosineSimilarity", in -> F.cosineSimilarity(in[0], in[1])).node("SumBackward1")
                        .shapes(s23, s23).shapes(s234, new int[] {3, 1}),
                op("pairwiseDistance", in -> F.pairwiseDistance(in[0], in[1])).node("NormBackward1").shapes(s23, s23),
                op("pairwiseDistance p=3", in -> F.pairwiseDistance(in[0], in[1], 3, 1e-6, true)).node("NormBackward1")
                        .shapes(s23, s23),
                op("normalize", in -> F.normalize(in[0])).node("DivBackward0").shapes(s23).shapes(s234),
                op("layerNorm", in -> F.layerNorm(in[0], new int[] {4}, in[1], in[2]))
                        .node("NativeLayerNormBackward0").shapes(s234, s4, s4),
                op("layerNorm 2 dims no affine", in -> F.layerNorm(in[0], s34)).node("NativeLayerNormBackward0")
                        .shapes(s234),
                op("batchNorm training", in -> F.batchNorm(in[0], null, null, in[1], in[2], true))
                        .node("NativeBatchNormBackward0").shapes(new int[] {4, 3}, s3, s3)
                        .shapes(new int[] {2, 3, 2}, s3, s3),
                op("batchNorm eval", in -> F.batchNorm(in[0], in[1], in[2], in[3], in[4], false))
                        .node("NativeBatchNormBackward0").shapes(new int[] {2, 3, 2}, s3, s3, s3, s3)
                        .constant(1, (c, gen) -> Tensor.of(0.1, -0.2, 0.3))
                        .constant(2, (c, gen) -> Tensor.of(0.5, 1.0, 2.0)),
                op("groupNorm", in -> F.groupNorm(in[0], 2, in[1], in[2], 1e-5)).node("NativeGroupNormBackward0")
                        .shapes(new int[] {2, 4, 3}, s4, s4),
                op("dropout", in -> F.dropout(in[0], 0.4, true, false, new Generator(7))).node("MulBackward0")
                        .shapes(s234),
                // no paddingIdx here: its row deliberately gets no gradient, which finite differences would see
                op("embedding", in -> F.embedding(in[0], in[1])).node("EmbeddingBackward0")
                        .shapes(s23, new int[] {5, 3})
                        .constant(0, (c, gen) -> Tensor.of(new long[] {1, 4, 0, 4, 2, 1}, 2, 3)),
                op("scaledDotProductAttention", in -> F.scaledDotProductAttention(in[0], in[1], in[2]))
                        .shapes(s234, new int[] {2, 5, 4}, new int[] {2, 5, 4}),
                op("scaledDotProductAttention causal", in -> F.scaledDotProductAttention(in[0], in[1], in[2], null, 0,
                        true)).shapes(s34, s34, s34),
                op("scaledDotProductAttention masks", in -> F.scaledDotProductAttention(in[0], in[1], in[2], in[3], 0,
                        false)).shapes(s34, s34, s34, s34)
                        .constant(3, (c, gen) -> Tensor.of(new boolean[] {true, false, true, true, true, false,
                                false, true, true}, 3, 3)),
                op("scaledDotProductAttention float mask", in -> F.scaledDotProductAttention(in[0], in[1], in[2],
                        in[3].to(in[0].dtype()), 0, false)).shapes(s34, s34, s34, s34).constant(3, (c, gen) -> gen.rand(new int[] {3, 3},
                                org.autograd4j.DType.FLOAT64)));
    }

    private static int[] s43() {
        return new int[] {4, 3};
    }
}
