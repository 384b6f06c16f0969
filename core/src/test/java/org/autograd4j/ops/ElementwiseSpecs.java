package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/**
 * The op table rows for the elementwise ops (see {@link OpSpec}). Value ranges keep inputs inside
 * each function's domain; kinks (0 for abs, ±1 for hardtanh, ...) are measure-zero for the random
 * inputs, so finite differences see the same branch as backward.
 */
final class ElementwiseSpecs {
    private ElementwiseSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s23 = {2, 3};
        int[] s3 = {3};
        int[] s21 = {2, 1};
        int[] s0 = {};
        return List.of(
                // ---- binary
                op("add alpha", in -> in[0].add(in[1], 2.5)).node("AddBackward0").shapes(s23, s23).shapes(s23, s3),
                op("sub alpha", in -> in[0].sub(in[1], -1.5)).node("SubBackward0").shapes(s23, s23).shapes(s21, s3),
                op("rsub scalar", in -> in[0].rsub(2.0)).node("RsubBackward1").shapes(s23),
                op("rsub tensor", in -> Tensor.rsub(in[0], in[1])).node("RsubBackward0").shapes(s23, s3).shapes(s0, s23),
                op("rsub alpha", in -> Tensor.rsub(in[0], in[1], 0.5)).node("RsubBackward0").shapes(s23, s23),
                op("rdiv", in -> in[0].rdiv(2.0)).node("MulBackward0").range(0.5, 2).shapes(s23),
                op("rpow", in -> in[0].rpow(2.5)).node("PowBackward2").shapes(s23),
                op("div floor", in -> in[0].div(in[1], "floor")).node("DivBackward2").range(0.5, 3)
                        .shapes(s23, s23).shapes(s23, s3),
                op("div trunc scalar", in -> in[0].div(0.7, "trunc")).node("DivBackward2").shapes(s23),
                op("maximum", in -> in[0].maximum(in[1])).node("MaximumBackward0").shapes(s23, s23).shapes(s23, s3),
                op("minimum", in -> Tensor.minimum(in[0], in[1])).node("MinimumBackward0").shapes(s23, s23)
                        .shapes(s21, s3),
                op("atan2", in -> in[0].atan2(in[1])).node("Atan2Backward0").shapes(s23, s23).shapes(s3, s23),
                op("fmod", in -> in[0].fmod(in[1])).node("FmodBackward1").range(0.5, 3).shapes(s23, s23).shapes(s23, s3),
                op("fmod scalar", in -> in[0].fmod(0.7)).node("FmodBackward0").shapes(s23),
                op("remainder", in -> in[0].remainder(in[1].neg())).node("RemainderBackward1").range(0.5, 3)
                        .shapes(s23, s23),
                op("remainder scalar", in -> in[0].remainder(0.7)).node("RemainderBackward0").shapes(s23),
                op("hypot", in -> in[0].hypot(in[1])).node("HypotBackward0").shapes(s23, s23).shapes(s23, s3),
                op("logaddexp", in -> in[0].logaddexp(in[1])).node("LogaddexpBackward0").shapes(s23, s23).shapes(s3, s23),
                op("logaddexp2", in -> in[0].logaddexp2(in[1])).node("Logaddexp2Backward0").shapes(s23, s23),
                op("xlogy", in -> in[0].xlogy(in[1])).node("XlogyBackward0").range(0.5, 2).shapes(s23, s23)
                        .shapes(s23, s3),
                op("xlogy scalar", in -> in[0].xlogy(2.5)).node("XlogyBackward2").shapes(s23),
                op("copysign", in -> in[0].copysign(in[1])).node("CopysignBackward0").shapes(s23, s23),
                op("copysign scalar", in -> in[0].copysign(-1.0)).node("CopysignBackward1").shapes(s23),
                op("lerp", in -> in[0].lerp(in[1], 0.3)).node("LerpBackward0").shapes(s23, s23).shapes(s23, s3),
                op("lerp tensor weight", in -> in[0].lerp(in[1], in[2])).node("LerpBackward1")
                        .shapes(s23, s23, s23).shapes(s23, s3, s21),
                op("addcmul", in -> in[0].addcmul(in[1], in[2], 0.5)).node("AddcmulBackward0").shapes(s23, s23, s3),
                op("addcdiv", in -> in[0].addcdiv(in[1], in[2], -2)).node("AddcdivBackward0").range(0.5, 2)
                        .shapes(s23, s23, s23).shapes(s3, s23, s21),
                // ---- unary math
                op("abs", in -> in[0].abs()).node("AbsBackward0").shapes(s23),
                op("sign", in -> in[0].sign()).node("SignBackward0").shapes(s23),
                op("square", in -> in[0].square()).node("PowBackward0").shapes(s23),
                op("reciprocal", in -> in[0].reciprocal()).node("ReciprocalBackward0").range(0.5, 2).shapes(s23),
                op("rsqrt", in -> in[0].rsqrt()).node("RsqrtBackward0").range(0.5, 2).shapes(s23),
                op("exp2", in -> in[0].exp2()).node("Exp2Backward0").shapes(s23),
                op("expm1", in -> in[0].expm1()).node("Expm1Backward0").shapes(s23),
                op("log2", in -> in[0].log2()).node("Log2Backward0").range(0.5, 3).shapes(s23),
                op("log10", in -> in[0].log10()).node("Log10Backward0").range(0.5, 3).shapes(s23),
                op("log1p", in -> in[0].log1p()).node("Log1PBackward0").range(-0.5, 2).shapes(s23),
                op("logit", in -> in[0].logit()).node("LogitBackward0").range(0.1, 0.9).shapes(s23),
                op("logit eps", in -> in[0].logit(0.2)).node("LogitBackward0").range(0.05, 0.95).shapes(s23),
                op("sin", in -> in[0].sin()).node("SinBackward0").shapes(s23),
                op("cos", in -> in[0].cos()).node("CosBackward0").shapes(s23),
                op("tan", in -> in[0].tan()).node("TanBackward0").range(-1.2, 1.2).shapes(s23),
                op("asin", in -> in[0].asin()).node("AsinBackward0").range(-0.9, 0.9).shapes(s23),
                op("acos", in -> in[0].acos()).node("AcosBackward0").range(-0.9, 0.9).shapes(s23),
                op("atan", in -> in[0].atan()).node("AtanBackward0").shapes(s23),
                op("sinh", in -> in[0].sinh()).node("SinhBackward0").shapes(s23),
                op("cosh", in -> in[0].cosh()).node("CoshBackward0").shapes(s23),
                op("asinh", in -> in[0].asinh()).node("AsinhBackward0").shapes(s23),
                op("acosh", in -> in[0].acosh()).node("AcoshBackward0").range(1.2, 3).shapes(s23),
                op("atanh", in -> in[0].atanh()).node("AtanhBackward0").range(-0.9, 0.9).shapes(s23),
                op("erf", in -> in[0].erf()).node("ErfBackward0").range(-3, 3).shapes(s23),
                op("erfc", in -> in[0].erfc()).node("ErfcBackward0").range(-3, 3).shapes(s23),
                op("erfinv", in -> in[0].erfinv()).node("ErfinvBackward0").range(-0.9, 0.9).shapes(s23),
                op("floor", in -> in[0].floor()).node("FloorBackward0").range(-3, 3).shapes(s23),
                op("ceil", in -> in[0].ceil()).node("CeilBackward0").range(-3, 3).shapes(s23),
                op("round", in -> in[0].round()).node("RoundBackward0").range(-3, 3).shapes(s23),
                op("round decimals", in -> in[0].round(1)).node("RoundBackward1").shapes(s23),
                op("trunc", in -> in[0].trunc()).node("TruncBackward0").range(-3, 3).shapes(s23),
                op("frac", in -> in[0].frac()).node("FracBackward0").range(-3, 3).shapes(s23),
                op("clamp", in -> in[0].clamp(-1.0, 1.0)).node("ClampBackward1").shapes(s23),
                op("clamp max only", in -> in[0].clamp(null, 0.5)).node("ClampBackward1").shapes(s23),
                op("clampMin", in -> in[0].clampMin(-0.5)).node("ClampMinBackward0").shapes(s23),
                op("clampMax", in -> in[0].clampMax(0.5)).node("ClampMaxBackward0").shapes(s23),
                op("clamp tensors", in -> in[0].clamp(in[1], in[2].add(1.0))).node("ClampBackward0")
                        .shapes(s23, s23, s23).shapes(s23, s3, s21),
                op("clamp tensor min", in -> in[0].clamp(in[1], null)).node("ClampBackward0").shapes(s23, s3),
                op("clampMin tensor", in -> in[0].clampMin(in[1])).node("ClampMinBackward1").shapes(s23, s3),
                op("clampMax tensor", in -> in[0].clampMax(in[1])).node("ClampMaxBackward1").shapes(s23, s21),
                op("nanToNum", in -> in[0].nanToNum()).node("NanToNumBackward0").shapes(s23),
                // ---- activations
                op("relu6", in -> F.relu6(in[0])).node("HardtanhBackward0").range(-2, 8).shapes(s23),
                op("leakyRelu", in -> F.leakyRelu(in[0], 0.2)).node("LeakyReluBackward0").shapes(s23),
                op("elu", in -> F.elu(in[0], 0.7)).node("EluBackward0").shapes(s23),
                op("selu", in -> F.selu(in[0])).node("EluBackward0").shapes(s23),
                op("celu", in -> F.celu(in[0], 0.5)).node("CeluBackward0").shapes(s23),
                op("gelu", in -> F.gelu(in[0])).node("GeluBackward0").range(-4, 4).shapes(s23),
                op("gelu tanh", in -> F.gelu(in[0], "tanh")).node("GeluBackward0").range(-4, 4).shapes(s23),
                op("silu", in -> F.silu(in[0])).node("SiluBackward0").range(-4, 4).shapes(s23),
                op("mish", in -> F.mish(in[0])).node("MishBackward0").range(-4, 4).shapes(s23),
                op("softplus", in -> F.softplus(in[0])).node("SoftplusBackward0").range(-4, 4).shapes(s23),
                op("softplus beta threshold", in -> F.softplus(in[0], 2, 1)).node("SoftplusBackward0").shapes(s23),
                op("softsign", in -> F.softsign(in[0])).node("DivBackward0").shapes(s23),
                op("hardtanh", in -> F.hardtanh(in[0], -0.5, 1.5)).node("HardtanhBackward0").shapes(s23),
                op("hardsigmoid", in -> F.hardsigmoid(in[0])).node("HardsigmoidBackward0").range(-4, 4).shapes(s23),
                op("hardswish", in -> F.hardswish(in[0])).node("HardswishBackward0").range(-4, 4).shapes(s23),
                op("logsigmoid", in -> F.logsigmoid(in[0])).node("LogSigmoidBackward0").range(-4, 4).shapes(s23),
                op("threshold", in -> F.threshold(in[0], 0.5, -1)).node("ThresholdBackward0").shapes(s23),
                op("hardshrink", in -> F.hardshrink(in[0])).node("HardshrinkBackward0").shapes(s23),
                op("softshrink", in -> F.softshrink(in[0], 0.3)).node("SoftshrinkBackward0").shapes(s23),
                op("tanhshrink", in -> F.tanhshrink(in[0])).node("SubBackward0").shapes(s23),
                op("prelu", in -> F.prelu(in[0], in[1])).node("PreluBackward0").shapes(new int[] {2, 3, 4}, s3)
                        .shapes(s23, new int[] {1}),
                op("glu", in -> F.glu(in[0])).node("GluBackward0").shapes(new int[] {2, 4}),
                op("glu dim 0", in -> F.glu(in[0], 0)).node("GluBackward0").shapes(new int[] {4, 3}));
    }
}
