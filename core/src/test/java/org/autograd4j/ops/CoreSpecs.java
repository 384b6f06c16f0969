package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Tensor;

/** The op table rows for the foundation ops: arithmetic, basic math, sum/mean, matmul, views. */
final class CoreSpecs {
    private CoreSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s23 = {2, 3};
        int[] s3 = {3};
        int[] s0 = {};
        return List.of(
                op("add", in -> in[0].add(in[1])).node("AddBackward0")
                        .shapes(s23, s23).shapes(s23, s3).shapes(s3, new int[] {2, 1}).shapes(s23, s0),
                op("add scalar", in -> in[0].add(2.5)).node("AddBackward0").shapes(s23),
                op("sub", in -> in[0].sub(in[1])).node("SubBackward0").shapes(s23, s23).shapes(new int[] {2, 1}, s3),
                op("mul", in -> in[0].mul(in[1])).node("MulBackward0").shapes(s23, s23).shapes(s23, s3).shapes(s0, s23),
                op("mul scalar", in -> in[0].mul(-1.5)).node("MulBackward0").shapes(s23),
                op("div", in -> in[0].div(in[1])).node("DivBackward0").range(0.5, 2).shapes(s23, s23).shapes(s3, s23),
                op("div scalar", in -> in[0].div(4)).node("DivBackward0").shapes(s23),
                op("neg", in -> in[0].neg()).node("NegBackward0").shapes(s23).shapes(s0),
                op("pow scalar", in -> in[0].pow(3)).node("PowBackward0").shapes(s23),
                op("pow fractional", in -> in[0].pow(2.5)).node("PowBackward0").range(0.5, 2).shapes(s23),
                op("pow tensor", in -> in[0].pow(in[1])).node("PowBackward1").range(0.5, 2).shapes(s23, s23)
                        .shapes(s23, s3),
                op("exp", in -> in[0].exp()).node("ExpBackward0").shapes(s23),
                op("log", in -> in[0].log()).node("LogBackward0").range(0.5, 3).shapes(s23),
                op("sqrt", in -> in[0].sqrt()).node("SqrtBackward0").range(0.5, 3).shapes(s23),
                op("tanh", in -> in[0].tanh()).node("TanhBackward0").shapes(s23),
                op("sigmoid", in -> in[0].sigmoid()).node("SigmoidBackward0").shapes(s23),
                op("relu", in -> in[0].relu()).node("ReluBackward0").shapes(s23),
                op("sum", in -> in[0].sum()).node("SumBackward0").shapes(s23).shapes(s0),
                op("sum dim", in -> in[0].sum(1)).node("SumBackward1").shapes(s23).shapes(new int[] {2, 3, 4}),
                op("sum dims keepdim", in -> in[0].sum(new int[] {0, -1}, true)).node("SumBackward1")
                        .shapes(new int[] {2, 3, 4}),
                op("mean", in -> in[0].mean()).node("MeanBackward0").shapes(s23),
                op("mean dim", in -> in[0].mean(0, true)).node("MeanBackward1").shapes(s23),
                op("mm", in -> in[0].mm(in[1])).node("MmBackward0").shapes(s23, new int[] {3, 4}),
                op("matmul 1d-1d", in -> in[0].matmul(in[1])).node("DotBackward0").shapes(s3, s3),
                op("matmul 2d-1d", in -> in[0].matmul(in[1])).node("MvBackward0").shapes(s23, s3),
                op("matmul 1d-2d", in -> in[0].matmul(in[1])).node("SqueezeBackward3").shapes(new int[] {2}, s23),
                op("matmul folded batch times matrix or vector", in -> in[0].matmul(in[1])).node("UnsafeViewBackward0")
                        .shapes(new int[] {2, 2, 3}, new int[] {3, 2}).shapes(new int[] {2, 2, 3}, s3)
                        .shapes(s3, new int[] {2, 3, 2}),
                op("matmul folded matrix times batch", in -> in[0].matmul(in[1])).node("CloneBackward0")
                        .shapes(s23, new int[] {2, 2, 3, 2}),
                op("matmul transposed batch times matrix", in -> in[0].transpose(1, 2).matmul(in[1]))
                        .node("UnsafeViewBackward0").shapes(new int[] {2, 3, 2}, new int[] {3, 2}),
                op("matmul batched broadcast", in -> in[0].matmul(in[1]))
                        .shapes(new int[] {2, 1, 2, 3}, new int[] {3, 3, 2}).shapes(new int[] {2, 2, 3}, s3),
                op("bmm", in -> in[0].bmm(in[1])).node("BmmBackward0").shapes(new int[] {2, 2, 3}, new int[] {2, 3, 2}),
                op("view", in -> in[0].view(3, 2)).node("ViewBackward0").shapes(s23),
                op("reshape", in -> in[0].t().reshape(6)).shapes(s23),
                op("transpose", in -> in[0].transpose(0, 1)).node("TransposeBackward0").shapes(s23),
                op("permute", in -> in[0].permute(2, 0, 1)).node("PermuteBackward0").shapes(new int[] {2, 3, 4}),
                op("t", in -> in[0].t()).node("TBackward0").shapes(s23),
                op("expand", in -> in[0].expand(2, 3, 3)).node("ExpandBackward0").shapes(new int[] {3, 1}),
                op("select", in -> in[0].select(1, -1)).node("SelectBackward0").shapes(s23),
                op("slice", in -> in[0].slice(1, 0, 3, 2)).node("SliceBackward0").shapes(s23),
                op("squeeze", in -> in[0].squeeze()).node("SqueezeBackward0").shapes(new int[] {2, 1, 3}),
                op("squeeze dim", in -> in[0].squeeze(1)).node("SqueezeBackward1").shapes(new int[] {2, 1, 3}),
                op("unsqueeze", in -> in[0].unsqueeze(1)).node("UnsqueezeBackward0").shapes(s23),
                op("clone", in -> in[0].clone()).node("CloneBackward0").shapes(s23),
                op("cat", in -> Tensor.cat(List.of(in[0], in[1]), 1)).node("CatBackward0")
                        .shapes(s23, new int[] {2, 2}),
                op("stack", in -> Tensor.stack(List.of(in[0], in[1]), 0)).node("StackBackward0").shapes(s23, s23));
    }
}
