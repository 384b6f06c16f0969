package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Tensor;

/** The op table rows for the reduction and linear-algebra ops (see {@link OpSpec}). */
final class ReductionSpecs {
    private ReductionSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s0 = {};
        int[] s3 = {3};
        int[] s4 = {4};
        int[] s23 = {2, 3};
        int[] s34 = {3, 4};
        int[] s234 = {2, 3, 4};
        int[] s33 = {3, 3};
        double inf = Double.POSITIVE_INFINITY;
        return List.of(
                op("prod", in -> in[0].prod()).node("ProdBackward0").range(0.5, 1.5).shapes(s23).shapes(s0),
                op("prod dim", in -> in[0].prod(1)).node("ProdBackward1").range(0.5, 1.5).shapes(s23).shapes(s234),
                op("prod dim keepdim", in -> in[0].prod(-1, true)).node("ProdBackward1").range(-1.5, 1.5).shapes(s234)
                        .shapes(s0),
                op("max", in -> in[0].max()).node("MaxBackward1").shapes(s23).shapes(s0),
                op("min", in -> in[0].min()).node("MinBackward1").shapes(s23),
                op("max dim", in -> in[0].max(1).values()).node("MaxBackward0").shapes(s23).shapes(s234),
                op("min dim keepdim", in -> in[0].min(0, true).values()).node("MinBackward0").shapes(s234).shapes(s0),
                op("amax", in -> in[0].amax(1)).node("AmaxBackward0").shapes(s23),
                op("amax dims keepdim", in -> in[0].amax(new int[] {0, 2}, true)).node("AmaxBackward0").shapes(s234),
                op("amax all", in -> in[0].amax()).node("AmaxBackward0").shapes(s23).shapes(s0),
                op("amin", in -> in[0].amin(new int[] {-1}, false)).node("AminBackward0").shapes(s234),
                op("var", in -> in[0].var()).node("VarBackward0").shapes(s23),
                op("var dim biased", in -> in[0].var(1, false)).node("VarBackward0").shapes(s23).shapes(s234),
                op("var dims correction keepdim", in -> in[0].var(new int[] {0, 2}, 2, true)).node("VarBackward0")
                        .shapes(s234),
                op("std", in -> in[0].std()).node("StdBackward0").shapes(s23),
                op("std dim keepdim", in -> in[0].std(0, true, true)).node("StdBackward0").shapes(s34),
                op("std dims correction", in -> in[0].std(new int[] {1, 2}, 0, false)).node("StdBackward0")
                        .shapes(s234),
                op("logsumexp", in -> in[0].logsumexp(-1)).node("LogsumexpBackward0").shapes(s23).shapes(s0),
                op("logsumexp dims keepdim", in -> in[0].logsumexp(new int[] {0, 2}, true))
                        .node("LogsumexpBackward0").shapes(s234),
                op("norm", in -> in[0].norm()).node("NormBackward1").shapes(s23).shapes(s0),
                op("norm 1", in -> in[0].norm(1)).node("NormBackward1").shapes(s23),
                op("norm 3 dim", in -> in[0].norm(3, 1)).node("NormBackward1").shapes(s23),
                op("norm 1.5 dim keepdim", in -> in[0].norm(1.5, 0, true)).node("NormBackward1").shapes(s34),
                op("norm 0.5", in -> in[0].norm(0.5)).node("NormBackward1").range(0.5, 2).shapes(s23),
                op("norm inf", in -> in[0].norm(inf)).node("NormBackward1").shapes(s23),
                op("norm -inf dim", in -> in[0].norm(-inf, 1)).node("NormBackward1").shapes(s23),
                op("norm fro", in -> in[0].norm("fro")).node("NormBackward1").shapes(s23),
                op("norm fro dims", in -> in[0].norm("fro", new int[] {0, 1}, false)).node("SqrtBackward0")
                        .shapes(s23),
                op("norm 2 dims", in -> in[0].norm(2, new int[] {0, 2}, false)).node("NormBackward1").shapes(s234),
                op("cumsum", in -> in[0].cumsum(1)).node("CumsumBackward0").shapes(s23).shapes(s234).shapes(s0),
                op("cumprod", in -> in[0].cumprod(0)).node("CumprodBackward0").range(0.5, 1.5).shapes(s23).shapes(s4),
                op("cumprod signs", in -> in[0].cumprod(-1)).node("CumprodBackward0").range(-1.5, 1.5)
                        .shapes(s234),
                op("outer", in -> in[0].outer(in[1])).node("MulBackward0").shapes(s3, s4),
                op("addmm", in -> in[0].addmm(in[1], in[2])).node("AddmmBackward0").shapes(s34, new int[] {3, 2}, new int[] {2, 4}).shapes(s4, new int[] {3, 2}, new int[] {2, 4}),
                op("addmm beta alpha", in -> Tensor.addmm(in[0], in[1], in[2], 0.5, -2)).node("AddmmBackward0")
                        .shapes(s34, new int[] {3, 2}, new int[] {2, 4}),
                op("baddbmm", in -> in[0].baddbmm(in[1], in[2], 2, 0.5)).node("BaddbmmBackward0")
                        .shapes(new int[] {2, 3, 4}, new int[] {2, 3, 2}, new int[] {2, 2, 4})
                        .shapes(s34, new int[] {2, 3, 2}, new int[] {2, 2, 4}),
                op("einsum ij,jk->ik", in -> Tensor.einsum("ij,jk->ik", in[0], in[1])).node("ViewBackward0")
                        .shapes(s23, s34),
                op("einsum bij,bjk->bik", in -> Tensor.einsum("bij,bjk->bik", in[0], in[1])).node("ViewBackward0")
                        .shapes(new int[] {2, 2, 3}, new int[] {2, 3, 2}),
                op("einsum bhqd,bhkd->bhqk", in -> Tensor.einsum("bhqd,bhkd->bhqk", in[0], in[1]))
                        .node("ViewBackward0").shapes(new int[] {2, 2, 3, 2}, new int[] {2, 2, 4, 2}),
                op("einsum i,i->", in -> Tensor.einsum("i,i->", in[0], in[1])).node("ViewBackward0").shapes(s3, s3),
                op("einsum i,j->ij", in -> Tensor.einsum("i,j->ij", in[0], in[1])).node("MulBackward0")
                        .shapes(s3, s4),
                op("einsum implicit ij,kj", in -> Tensor.einsum("ij,kj", in[0], in[1])).node("ViewBackward0")
                        .shapes(s23, new int[] {4, 3}),
                op("einsum three operands", in -> Tensor.einsum("ij,jk,kl->il", in[0], in[1], in[2]))
                        .node("ViewBackward0").shapes(s23, s34, new int[] {4, 2}),
                op("einsum ij->j", in -> Tensor.einsum("ij->j", in[0])).node("SumBackward1").shapes(s23),
                op("einsum ij,ij->ij", in -> Tensor.einsum("ij,ij->ij", in[0], in[1])).node("MulBackward0")
                        .shapes(s23, s23),
                op("einsum ij->ji", in -> Tensor.einsum("ij->ji", in[0])).node("PermuteBackward0").shapes(s23),
                op("tril", in -> in[0].tril()).node("TrilBackward0").shapes(s34).shapes(s234),
                op("tril offset", in -> in[0].tril(-1)).node("TrilBackward0").shapes(s34),
                op("triu", in -> in[0].triu(1)).node("TriuBackward0").shapes(s34).shapes(s234),
                op("diag vector", in -> in[0].diag()).node("DiagBackward0").shapes(s3),
                op("diag vector offset", in -> in[0].diag(-1)).node("DiagBackward0").shapes(s3),
                op("diag matrix", in -> in[0].diag(1)).node("DiagBackward0").shapes(s34).shapes(s33),
                op("diagonal", in -> in[0].diagonal()).node("DiagonalBackward0").shapes(s34),
                op("diagonal offset dims", in -> in[0].diagonal(-1, 2, 0)).node("DiagonalBackward0").shapes(s234),
                op("trace", in -> in[0].trace()).node("TraceBackward0").shapes(s34).shapes(s33));
    }
}
