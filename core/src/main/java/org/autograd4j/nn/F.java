package org.autograd4j.nn;

import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.nn.functional.Attention;
import org.autograd4j.nn.functional.ChannelShuffle;
import org.autograd4j.nn.functional.Distances;
import org.autograd4j.nn.functional.Dropout;
import org.autograd4j.nn.functional.Interpolation;
import org.autograd4j.nn.functional.Linear;
import org.autograd4j.nn.functional.LocalResponseNorm;
import org.autograd4j.nn.functional.PowerPooling;
import org.autograd4j.nn.functional.Unpooling;
import org.autograd4j.ops.Activations;
import org.autograd4j.ops.AffineGrid;
import org.autograd4j.ops.Convolution;
import org.autograd4j.ops.CtcLoss;
import org.autograd4j.ops.Embedding;
import org.autograd4j.ops.EmbeddingBag;
import org.autograd4j.ops.GridSampling;
import org.autograd4j.ops.InPlace;
import org.autograd4j.ops.Losses;
import org.autograd4j.ops.Normalization;
import org.autograd4j.ops.Padding;
import org.autograd4j.ops.Patches;
import org.autograd4j.ops.PixelShuffle;
import org.autograd4j.ops.Pooling;
import org.autograd4j.ops.Softmax;

/**
 * The functions of {@code torch.nn.functional}, as static methods: {@code F.crossEntropy(logits,
 * target)}, {@code F.conv2d(x, w, b, stride, padding, dilation, groups)}, ... Each has an overload
 * taking all of PyTorch's parameters positionally, in PyTorch's order, plus short overloads for the
 * defaults.
 */
public final class F {
    private F() {
    }

    // ------------------------------------------------------------------ activations (elementwise group)

    /** {@code max(x, 0)} (node {@code ReluBackward0}). */
    public static Tensor relu(Tensor input) {
        return Args.nonNull(input, "input").relu();
    }

    /** {@link #relu(Tensor)}, in place when {@code inplace} (as {@code F.relu(x, inplace=True)}). */
    public static Tensor relu(Tensor input, boolean inplace) {
        Args.nonNull(input, "input");
        return inplace ? input.relu_() : input.relu();
    }

    /** {@code min(max(x, 0), 6)} (node {@code HardtanhBackward0}). */
    public static Tensor relu6(Tensor input) {
        return Args.nonNull(input, "input").relu6();
    }

    /** PyTorch's {@code F.relu6} (node {@code HardtanhBackward0}). */
    public static Tensor relu6(Tensor input, boolean inplace) {
        return hardtanh(Args.nonNull(input, "input"), 0, 6, inplace);
    }

    /** PyTorch's {@code F.leaky_relu}. */
    public static Tensor leakyRelu(Tensor input) {
        return Args.nonNull(input, "input").leakyRelu();
    }

    /** PyTorch's {@code F.leaky_relu}. */
    public static Tensor leakyRelu(Tensor input, double negativeSlope) {
        return Args.nonNull(input, "input").leakyRelu(negativeSlope);
    }

    /** In place, the node is {@code LeakyReluBackward1}, as PyTorch's {@code leaky_relu_}. */
    public static Tensor leakyRelu(Tensor input, double negativeSlope, boolean inplace) {
        Args.nonNull(input, "input");
        if (!inplace) {
            return input.leakyRelu(negativeSlope);
        }
        return Activations.leakyRelu_(input, negativeSlope);
    }

    /** PyTorch's {@code F.elu}. */
    public static Tensor elu(Tensor input) {
        return Args.nonNull(input, "input").elu();
    }

    /** PyTorch's {@code F.elu}. */
    public static Tensor elu(Tensor input, double alpha) {
        return Args.nonNull(input, "input").elu(alpha);
    }

    /** In place, the node is {@code EluBackward1}. */
    public static Tensor elu(Tensor input, double alpha, boolean inplace) {
        Args.nonNull(input, "input");
        if (!inplace) {
            return input.elu(alpha);
        }
        return Activations.elu_(input, alpha);
    }

    /** PyTorch's {@code F.selu}. */
    public static Tensor selu(Tensor input) {
        return Args.nonNull(input, "input").selu();
    }

    /** PyTorch's {@code F.selu}. */
    public static Tensor selu(Tensor input, boolean inplace) {
        Args.nonNull(input, "input");
        if (!inplace) {
            return input.selu();
        }
        return Activations.selu_(input);
    }

    /** PyTorch's {@code F.celu}. */
    public static Tensor celu(Tensor input) {
        return Args.nonNull(input, "input").celu();
    }

    /** PyTorch's {@code F.celu}. */
    public static Tensor celu(Tensor input, double alpha) {
        return Args.nonNull(input, "input").celu(alpha);
    }

    /** In place, the node is {@code CeluBackward1}. */
    public static Tensor celu(Tensor input, double alpha, boolean inplace) {
        Args.nonNull(input, "input");
        if (!inplace) {
            return input.celu(alpha);
        }
        return Activations.celu_(input, alpha);
    }

    /** Exact GELU (node {@code GeluBackward0}). */
    public static Tensor gelu(Tensor input) {
        return Args.nonNull(input, "input").gelu();
    }

    /** GELU with {@code approximate} "none" (exact) or "tanh". */
    public static Tensor gelu(Tensor input, String approximate) {
        return Args.nonNull(input, "input").gelu(Args.nonNull(approximate, "approximate"));
    }

    /** PyTorch's {@code F.silu}. */
    public static Tensor silu(Tensor input) {
        return Args.nonNull(input, "input").silu();
    }

    /** PyTorch's {@code F.silu}. */
    public static Tensor silu(Tensor input, boolean inplace) {
        Args.nonNull(input, "input");
        return inplace ? InPlace.apply(input, Activations::silu) : input.silu();
    }

    /** PyTorch's {@code F.mish}. */
    public static Tensor mish(Tensor input) {
        return Args.nonNull(input, "input").mish();
    }

    /** PyTorch's {@code F.mish}. */
    public static Tensor mish(Tensor input, boolean inplace) {
        Args.nonNull(input, "input");
        return inplace ? InPlace.apply(input, Activations::mish) : input.mish();
    }

    /** {@code log(1 + exp(x))} (beta 1, threshold 20). */
    public static Tensor softplus(Tensor input) {
        return Args.nonNull(input, "input").softplus();
    }

    /** PyTorch's {@code F.softplus} (node {@code SoftplusBackward0}). */
    public static Tensor softplus(Tensor input, double beta) {
        return Args.nonNull(input, "input").softplus(beta, 20);
    }

    /** {@code log(1 + exp(beta x)) / beta}, and x where {@code beta x > threshold} (node {@code SoftplusBackward0}). */
    public static Tensor softplus(Tensor input, double beta, double threshold) {
        return Args.nonNull(input, "input").softplus(beta, threshold);
    }

    /** PyTorch's {@code F.softsign}. */
    public static Tensor softsign(Tensor input) {
        return Args.nonNull(input, "input").softsign();
    }

    /** PyTorch's {@code F.hardtanh} (node {@code HardtanhBackward0}). */
    public static Tensor hardtanh(Tensor input) {
        return Args.nonNull(input, "input").hardtanh();
    }

    /** PyTorch's {@code F.hardtanh} (node {@code HardtanhBackward0}). */
    public static Tensor hardtanh(Tensor input, double minVal, double maxVal) {
        return Args.nonNull(input, "input").hardtanh(minVal, maxVal);
    }

    /** PyTorch's {@code F.hardtanh} (node {@code HardtanhBackward0}). */
    public static Tensor hardtanh(Tensor input, double minVal, double maxVal, boolean inplace) {
        Args.nonNull(input, "input");
        return inplace ? InPlace.apply(input, t -> t.hardtanh(minVal, maxVal)) : input.hardtanh(minVal, maxVal);
    }

    /** PyTorch's {@code F.hardsigmoid} (node {@code HardsigmoidBackward0}). */
    public static Tensor hardsigmoid(Tensor input) {
        return Args.nonNull(input, "input").hardsigmoid();
    }

    /** PyTorch's {@code F.hardsigmoid} (node {@code HardsigmoidBackward0}). */
    public static Tensor hardsigmoid(Tensor input, boolean inplace) {
        Args.nonNull(input, "input");
        return inplace ? InPlace.apply(input, Activations::hardsigmoid) : input.hardsigmoid();
    }

    /** PyTorch's {@code F.hardswish} (node {@code HardswishBackward0}). */
    public static Tensor hardswish(Tensor input) {
        return Args.nonNull(input, "input").hardswish();
    }

    /** PyTorch's {@code F.hardswish} (node {@code HardswishBackward0}). */
    public static Tensor hardswish(Tensor input, boolean inplace) {
        Args.nonNull(input, "input");
        return inplace ? InPlace.apply(input, Activations::hardswish) : input.hardswish();
    }

    /** {@code log(sigmoid(x))} (node {@code LogSigmoidBackward0}). */
    public static Tensor logsigmoid(Tensor input) {
        return Args.nonNull(input, "input").logsigmoid();
    }

    /** PyTorch's {@code F.sigmoid}. */
    public static Tensor sigmoid(Tensor input) {
        return Args.nonNull(input, "input").sigmoid();
    }

    /** PyTorch's {@code F.tanh}. */
    public static Tensor tanh(Tensor input) {
        return Args.nonNull(input, "input").tanh();
    }

    /** {@code x > threshold ? x : value} (node {@code ThresholdBackward0}). */
    public static Tensor threshold(Tensor input, double threshold, double value) {
        return Activations.threshold(Args.nonNull(input, "input"), threshold, value);
    }

    /** In place, the node is {@code ThresholdBackward1}. */
    public static Tensor threshold(Tensor input, double threshold, double value, boolean inplace) {
        Args.nonNull(input, "input");
        if (!inplace) {
            return threshold(input, threshold, value);
        }
        return Activations.threshold_(input, threshold, value);
    }

    /** {@code x} where {@code |x| > 0.5}, else 0 (node {@code HardshrinkBackward0}). */
    public static Tensor hardshrink(Tensor input) {
        return Activations.hardshrink(Args.nonNull(input, "input"), 0.5);
    }

    /** PyTorch's {@code F.hardshrink} (node {@code HardshrinkBackward0}). */
    public static Tensor hardshrink(Tensor input, double lambd) {
        return Activations.hardshrink(Args.nonNull(input, "input"), lambd);
    }

    /** Shrinks toward 0 by 0.5, zeroing [-0.5, 0.5] (node {@code SoftshrinkBackward0}). */
    public static Tensor softshrink(Tensor input) {
        return Activations.softshrink(Args.nonNull(input, "input"), 0.5);
    }

    /** PyTorch's {@code F.softshrink} (node {@code SoftshrinkBackward0}). */
    public static Tensor softshrink(Tensor input, double lambd) {
        return Activations.softshrink(Args.nonNull(input, "input"), lambd);
    }

    /** {@code x - tanh(x)} (node {@code SubBackward0}). */
    public static Tensor tanhshrink(Tensor input) {
        return Activations.tanhshrink(Args.nonNull(input, "input"));
    }

    /** {@code x > 0 ? x : weight * x}, weight scalar or per channel (node {@code PreluBackward0}). */
    public static Tensor prelu(Tensor input, Tensor weight) {
        return Activations.prelu(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"));
    }

    /** Gated linear unit over the last dimension: {@code a * sigmoid(b)} of its two halves (node {@code GluBackward0}). */
    public static Tensor glu(Tensor input) {
        return Activations.glu(Args.nonNull(input, "input"), -1);
    }

    /** PyTorch's {@code F.glu} (node {@code GluBackward0}). */
    public static Tensor glu(Tensor input, int dim) {
        return Activations.glu(Args.nonNull(input, "input"), dim);
    }

    // (end of activations)

    // ------------------------------------------------------------------ losses, normalization, linear, attention (nn group)

    /** {@code F.softmax(input, dim)} (node {@code SoftmaxBackward0}); stable for large logits. */
    public static Tensor softmax(Tensor input, int dim) {
        return Softmax.softmax(Args.nonNull(input, "input"), dim);
    }

    /** {@code F.softmax(input, dim, dtype=dtype)}: casts first, then softmax. */
    public static Tensor softmax(Tensor input, int dim, DType dtype) {
        return Softmax.softmax(Args.nonNull(input, "input").to(Args.nonNull(dtype, "dtype")), dim);
    }

    /** {@code F.log_softmax(input, dim)} (node {@code LogSoftmaxBackward0}). */
    public static Tensor logSoftmax(Tensor input, int dim) {
        return Softmax.logSoftmax(Args.nonNull(input, "input"), dim);
    }

    /** PyTorch's {@code F.log_softmax} (node {@code LogSoftmaxBackward0}). */
    public static Tensor logSoftmax(Tensor input, int dim, DType dtype) {
        return Softmax.logSoftmax(Args.nonNull(input, "input").to(Args.nonNull(dtype, "dtype")), dim);
    }

    /** {@code F.nll_loss(input, target, weight, ignore_index, reduction)} (node {@code NllLossBackward0}). */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        return Losses.nllLoss(Args.nonNull(input, "input"), Args.nonNull(target, "target"), weight, ignoreIndex,
                Args.nonNull(reduction, "reduction"));
    }

    /** PyTorch's {@code F.nll_loss} (node {@code NllLossBackward0}). */
    public static Tensor nllLoss(Tensor input, Tensor target) {
        return Losses.nllLoss(Args.nonNull(input, "input"), Args.nonNull(target, "target"), null, -100, "mean");
    }

    /**
     * {@code F.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)}:
     * int64 targets are class indices, floating targets (same shape as input) class probabilities.
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction,
            double labelSmoothing) {
        return Losses.crossEntropy(Args.nonNull(input, "input"), Args.nonNull(target, "target"), weight, ignoreIndex,
                Args.nonNull(reduction, "reduction"), labelSmoothing);
    }

    /** PyTorch's {@code F.cross_entropy}. */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        return Losses.crossEntropy(Args.nonNull(input, "input"), Args.nonNull(target, "target"), weight, ignoreIndex,
                Args.nonNull(reduction, "reduction"), 0.0);
    }

    /** PyTorch's {@code F.cross_entropy}. */
    public static Tensor crossEntropy(Tensor input, Tensor target) {
        return Losses.crossEntropy(Args.nonNull(input, "input"), Args.nonNull(target, "target"), null, -100, "mean",
                0.0);
    }

    /** {@code F.linear(input, weight, bias)}: {@code input·weightᵀ + bias}; bias may be null. */
    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        return Linear.linear(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias);
    }

    /** PyTorch's {@code F.linear}. */
    public static Tensor linear(Tensor input, Tensor weight) {
        return Linear.linear(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), null);
    }

    /** {@code F.bilinear(input1, input2, weight, bias)}; bias may be null. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        return Linear.bilinear(Args.nonNull(input1, "input1"), Args.nonNull(input2, "input2"),
                Args.nonNull(weight, "weight"), bias);
    }

    /** PyTorch's {@code F.bilinear}. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) {
        return Linear.bilinear(Args.nonNull(input1, "input1"), Args.nonNull(input2, "input2"),
                Args.nonNull(weight, "weight"), null);
    }

    /** {@code F.mse_loss(input, target, reduction)} (node {@code MseLossBackward0}). */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return Losses.mseLoss(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                Args.nonNull(reduction, "reduction"));
    }

    /** PyTorch's {@code F.mse_loss} (node {@code MseLossBackward0}). */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return Losses.mseLoss(Args.nonNull(input, "input"), Args.nonNull(target, "target"), "mean");
    }

    /** {@code F.l1_loss(input, target, reduction)}. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        return Losses.l1Loss(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                Args.nonNull(reduction, "reduction"));
    }

    /** PyTorch's {@code F.l1_loss}. */
    public static Tensor l1Loss(Tensor input, Tensor target) {
        return Losses.l1Loss(Args.nonNull(input, "input"), Args.nonNull(target, "target"), "mean");
    }

    /** {@code F.smooth_l1_loss(input, target, reduction, beta)} (node {@code SmoothL1LossBackward0}). */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        return Losses.smoothL1Loss(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                Args.nonNull(reduction, "reduction"), beta);
    }

    /** PyTorch's {@code F.smooth_l1_loss} (node {@code SmoothL1LossBackward0}). */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return Losses.smoothL1Loss(Args.nonNull(input, "input"), Args.nonNull(target, "target"), "mean", 1.0);
    }

    /** {@code F.huber_loss(input, target, reduction, delta)} (node {@code HuberLossBackward0}). */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) {
        return Losses.huberLoss(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                Args.nonNull(reduction, "reduction"), delta);
    }

    /** PyTorch's {@code F.huber_loss} (node {@code HuberLossBackward0}). */
    public static Tensor huberLoss(Tensor input, Tensor target) {
        return Losses.huberLoss(Args.nonNull(input, "input"), Args.nonNull(target, "target"), "mean", 1.0);
    }

    /** {@code F.binary_cross_entropy(input, target, weight, reduction)}; weight may be null. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        return Losses.binaryCrossEntropy(Args.nonNull(input, "input"), Args.nonNull(target, "target"), weight,
                Args.nonNull(reduction, "reduction"));
    }

    /** PyTorch's {@code F.binary_cross_entropy} (node {@code BinaryCrossEntropyBackward0}). */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) {
        return Losses.binaryCrossEntropy(Args.nonNull(input, "input"), Args.nonNull(target, "target"), null, "mean");
    }

    /** {@code F.binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight)}. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, String reduction,
            Tensor posWeight) {
        return Losses.binaryCrossEntropyWithLogits(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                weight, Args.nonNull(reduction, "reduction"), posWeight);
    }

    /** PyTorch's {@code F.binary_cross_entropy_with_logits} (node {@code BinaryCrossEntropyWithLogitsBackward0}). */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) {
        return Losses.binaryCrossEntropyWithLogits(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                null, "mean", null);
    }

    /** {@code F.kl_div(input, target, reduction, log_target)}; reduction may also be "batchmean". */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        return Losses.klDiv(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                Args.nonNull(reduction, "reduction"), logTarget);
    }

    /** PyTorch's {@code F.kl_div}. */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction) {
        return Losses.klDiv(Args.nonNull(input, "input"), Args.nonNull(target, "target"),
                Args.nonNull(reduction, "reduction"), false);
    }

    /** PyTorch's {@code F.kl_div}. */
    public static Tensor klDiv(Tensor input, Tensor target) {
        return Losses.klDiv(Args.nonNull(input, "input"), Args.nonNull(target, "target"), "mean", false);
    }

    /** {@code F.cosine_similarity(x1, x2, dim, eps)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        return Distances.cosineSimilarity(Args.nonNull(x1, "x1"), Args.nonNull(x2, "x2"), dim, eps);
    }

    /** PyTorch's {@code F.cosine_similarity} (node {@code SumBackward1}). */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2) {
        return Distances.cosineSimilarity(Args.nonNull(x1, "x1"), Args.nonNull(x2, "x2"), 1, 1e-8);
    }

    /** {@code F.pairwise_distance(x1, x2, p, eps, keepdim)} (node {@code NormBackward1}). */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        return Distances.pairwiseDistance(Args.nonNull(x1, "x1"), Args.nonNull(x2, "x2"), p, eps, keepdim);
    }

    /** PyTorch's {@code F.pairwise_distance} (node {@code NormBackward1}). */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2) {
        return Distances.pairwiseDistance(Args.nonNull(x1, "x1"), Args.nonNull(x2, "x2"), 2.0, 1e-6, false);
    }

    /** {@code F.normalize(input, p, dim, eps)}: {@code input / max(||input||_p, eps)} along dim. */
    public static Tensor normalize(Tensor input, double p, int dim, double eps) {
        return Distances.normalize(Args.nonNull(input, "input"), p, dim, eps);
    }

    /** PyTorch's {@code F.normalize} (node {@code DivBackward0}). */
    public static Tensor normalize(Tensor input) {
        return Distances.normalize(Args.nonNull(input, "input"), 2.0, 1, 1e-12);
    }

    /** {@code F.layer_norm(input, normalized_shape, weight, bias, eps)} (node {@code NativeLayerNormBackward0}). */
    public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return Normalization.layerNorm(Args.nonNull(input, "input"), Args.nonNull(normalizedShape, "normalizedShape"),
                weight, bias, eps);
    }

    /** PyTorch's {@code F.layer_norm} (node {@code NativeLayerNormBackward0}). */
    public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias) {
        return Normalization.layerNorm(Args.nonNull(input, "input"), Args.nonNull(normalizedShape, "normalizedShape"),
                weight, bias, 1e-5);
    }

    /** PyTorch's {@code F.layer_norm} (node {@code NativeLayerNormBackward0}). */
    public static Tensor layerNorm(Tensor input, int[] normalizedShape) {
        return Normalization.layerNorm(Args.nonNull(input, "input"), Args.nonNull(normalizedShape, "normalizedShape"),
                null, null, 1e-5);
    }

    /**
     * {@code F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)}
     * (node {@code NativeBatchNormBackward0}); in training the running stats are updated in place.
     */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training, double momentum, double eps) {
        return Normalization.batchNorm(Args.nonNull(input, "input"), runningMean, runningVar, weight, bias, training,
                momentum, eps);
    }

    /** PyTorch's {@code F.batch_norm} (node {@code NativeBatchNormBackward0}). */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training) {
        return Normalization.batchNorm(Args.nonNull(input, "input"), runningMean, runningVar, weight, bias, training,
                0.1, 1e-5);
    }

    /** PyTorch's {@code F.batch_norm} (node {@code NativeBatchNormBackward0}). */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar) {
        return Normalization.batchNorm(Args.nonNull(input, "input"), runningMean, runningVar, null, null, false, 0.1,
                1e-5);
    }

    /** {@code F.group_norm(input, num_groups, weight, bias, eps)} (node {@code NativeGroupNormBackward0}). */
    public static Tensor groupNorm(Tensor input, int numGroups, Tensor weight, Tensor bias, double eps) {
        return Normalization.groupNorm(Args.nonNull(input, "input"), numGroups, weight, bias, eps);
    }

    /** PyTorch's {@code F.group_norm} (node {@code NativeGroupNormBackward0}). */
    public static Tensor groupNorm(Tensor input, int numGroups) {
        return Normalization.groupNorm(Args.nonNull(input, "input"), numGroups, null, null, 1e-5);
    }

    /** {@code F.dropout(input, p, training, inplace)}, drawing from the default generator. */
    public static Tensor dropout(Tensor input, double p, boolean training, boolean inplace) {
        return Dropout.dropout(Args.nonNull(input, "input"), p, training, inplace, null);
    }

    /** Dropout drawing its mask from {@code generator} (reproducible with a seeded generator). */
    public static Tensor dropout(Tensor input, double p, boolean training, boolean inplace, Generator generator) {
        return Dropout.dropout(Args.nonNull(input, "input"), p, training, inplace, generator);
    }

    /** PyTorch's {@code F.dropout} (node {@code MulBackward0}). */
    public static Tensor dropout(Tensor input, double p, boolean training) {
        return Dropout.dropout(Args.nonNull(input, "input"), p, training, false, null);
    }

    /** PyTorch's {@code F.dropout} (node {@code MulBackward0}). */
    public static Tensor dropout(Tensor input, double p) {
        return Dropout.dropout(Args.nonNull(input, "input"), p, true, false, null);
    }

    /** PyTorch's {@code F.dropout} (node {@code MulBackward0}). */
    public static Tensor dropout(Tensor input) {
        return Dropout.dropout(Args.nonNull(input, "input"), 0.5, true, false, null);
    }

    /**
     * {@code F.embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse)};
     * paddingIdx and maxNorm may be null; sparse gradients are not supported.
     */
    public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx, Double maxNorm, double normType,
            boolean scaleGradByFreq, boolean sparse) {
        return Embedding.embedding(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), paddingIdx, maxNorm,
                normType, scaleGradByFreq, sparse);
    }

    /** PyTorch's {@code F.embedding} (node {@code EmbeddingBackward0}). */
    public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx) {
        return Embedding.embedding(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), paddingIdx, null, 2.0,
                false, false);
    }

    /** PyTorch's {@code F.embedding} (node {@code EmbeddingBackward0}). */
    public static Tensor embedding(Tensor input, Tensor weight) {
        return Embedding.embedding(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), null, null, 2.0,
                false, false);
    }

    /** {@code F.one_hot(tensor, num_classes)}: int64 of shape {@code (*, numClasses)}. */
    public static Tensor oneHot(Tensor tensor, int numClasses) {
        return Embedding.oneHot(Args.nonNull(tensor, "tensor"), numClasses);
    }

    /** PyTorch's {@code F.one_hot}. */
    public static Tensor oneHot(Tensor tensor) {
        return Embedding.oneHot(Args.nonNull(tensor, "tensor"), -1);
    }

    /**
     * {@code F.scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, scale)};
     * attnMask may be null, bool (true = attend) or float (added); scale null means 1/sqrt(E).
     */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor attnMask,
            double dropoutP, boolean isCausal, Double scale) {
        return Attention.scaledDotProductAttention(Args.nonNull(query, "query"), Args.nonNull(key, "key"),
                Args.nonNull(value, "value"), attnMask, dropoutP, isCausal, scale, null);
    }

    /** PyTorch's {@code F.scaled_dot_product_attention}. */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor attnMask,
            double dropoutP, boolean isCausal) {
        return Attention.scaledDotProductAttention(Args.nonNull(query, "query"), Args.nonNull(key, "key"),
                Args.nonNull(value, "value"), attnMask, dropoutP, isCausal, null, null);
    }

    /** PyTorch's {@code F.scaled_dot_product_attention}. */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value) {
        return Attention.scaledDotProductAttention(Args.nonNull(query, "query"), Args.nonNull(key, "key"),
                Args.nonNull(value, "value"), null, 0.0, false, null, null);
    }

    // (end of nn group)

    // ------------------------------------------------------------------ convolution, pooling, padding (conv group)

    /** {@code F.conv1d(input, weight, bias, stride, padding, dilation, groups)} on [n, c, l] or [c, l]; bias may be null. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias,
                Args.nonNull(stride, "stride"), Args.nonNull(padding, "padding"), null,
                        Args.nonNull(dilation, "dilation"), groups, 1);
    }

    /** PyTorch's {@code F.conv1d}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation,
                                int groups) {
        return conv1d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, new int[] {stride},
                new int[] {padding}, new int[] {dilation}, groups);
    }

    /** {@code padding} "same" (stride 1 only) or "valid". */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias,
                Args.nonNull(stride, "stride"), null, Args.nonNull(padding, "padding"),
                        Args.nonNull(dilation, "dilation"), groups, 1);
    }

    /** PyTorch's {@code F.conv1d}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation,
                                int groups) {
        return conv1d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, new int[] {stride},
                Args.nonNull(padding, "padding"), new int[] {dilation}, groups);
    }

    /** PyTorch's {@code F.conv1d}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias) {
        return conv1d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, 1, 0, 1, 1);
    }

    /** PyTorch's {@code F.conv1d}. */
    public static Tensor conv1d(Tensor input, Tensor weight) {
        return conv1d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), null);
    }

    /** {@code F.conv2d(input, weight, bias, stride, padding, dilation, groups)} on [n, c, h, w] or [c, h, w]; bias may be null. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias,
                Args.nonNull(stride, "stride"), Args.nonNull(padding, "padding"), null,
                        Args.nonNull(dilation, "dilation"), groups, 2);
    }

    /** PyTorch's {@code F.conv2d}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation,
                                int groups) {
        return conv2d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, new int[] {stride},
                new int[] {padding}, new int[] {dilation}, groups);
    }

    /** {@code padding} "same" (stride 1 only) or "valid". */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return Convolution.convolution(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias,
                Args.nonNull(stride, "stride"), null, Args.nonNull(padding, "padding"),
                        Args.nonNull(dilation, "dilation"), groups, 2);
    }

    /** PyTorch's {@code F.conv2d}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation,
                                int groups) {
        return conv2d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, new int[] {stride},
                Args.nonNull(padding, "padding"), new int[] {dilation}, groups);
    }

    /** PyTorch's {@code F.conv2d}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) {
        return conv2d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, 1, 0, 1, 1);
    }

    /** PyTorch's {@code F.conv2d}. */
    public static Tensor conv2d(Tensor input, Tensor weight) {
        return conv2d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), null);
    }

    /**
     * {@code F.conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation)};
     * weight is [in_channels, out_channels / groups, k].
     */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding,
                                         int outputPadding, int groups, int dilation) {
        return Convolution.convTranspose(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias,
                new int[] {stride}, new int[] {padding},
                new int[] {outputPadding}, groups, new int[] {dilation}, 1);
    }

    /** PyTorch's {@code F.conv_transpose1d} (node {@code ConvolutionBackward0}). */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose1d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, 1, 0, 0, 1, 1);
    }

    /** PyTorch's {@code F.conv_transpose1d} (node {@code ConvolutionBackward0}). */
    public static Tensor convTranspose1d(Tensor input, Tensor weight) {
        return convTranspose1d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), null);
    }

    /**
     * {@code F.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation)};
     * weight is [in_channels, out_channels / groups, kh, kw].
     */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return Convolution.convTranspose(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias,
                Args.nonNull(stride, "stride"), Args.nonNull(padding, "padding"),
                        Args.nonNull(outputPadding, "outputPadding"), groups, Args.nonNull(dilation, "dilation"), 2);
    }

    /** PyTorch's {@code F.conv_transpose2d} (node {@code ConvolutionBackward0}). */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding,
                                         int outputPadding, int groups, int dilation) {
        return convTranspose2d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, new int[] {stride},
                new int[] {padding}, new int[] {outputPadding},
                groups, new int[] {dilation});
    }

    /** PyTorch's {@code F.conv_transpose2d} (node {@code ConvolutionBackward0}). */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose2d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), bias, 1, 0, 0, 1, 1);
    }

    /** PyTorch's {@code F.conv_transpose2d} (node {@code ConvolutionBackward0}). */
    public static Tensor convTranspose2d(Tensor input, Tensor weight) {
        return convTranspose2d(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), null);
    }

    /**
     * {@code F.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode)}; stride 0 means
     * the default (kernel_size). For {@code return_indices=True} use {@link #maxPool1dWithIndices}.
     */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return maxPool1dWithIndices(Args.nonNull(input, "input"), kernelSize, stride, padding, dilation, ceilMode)[0];
    }

    /** PyTorch's {@code F.max_pool1d}. */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding) {
        return maxPool1d(Args.nonNull(input, "input"), kernelSize, stride, padding, 1, false);
    }

    /** PyTorch's {@code F.max_pool1d}. */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride) {
        return maxPool1d(Args.nonNull(input, "input"), kernelSize, stride, 0, 1, false);
    }

    /** PyTorch's {@code F.max_pool1d}. */
    public static Tensor maxPool1d(Tensor input, int kernelSize) {
        return maxPool1d(Args.nonNull(input, "input"), kernelSize, kernelSize);
    }

    /** {@code F.max_pool1d_with_indices}: {values, int64 indices}. */
    public static Tensor[] maxPool1dWithIndices(Tensor input, int kernelSize, int stride, int padding, int dilation,
                                                boolean ceilMode) {
        return Pooling.maxPool1dWithIndices(Args.nonNull(input, "input"), kernelSize,
                stride == 0 ? kernelSize : stride, padding, dilation,
                ceilMode);
    }

    /**
     * {@code F.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)}; a null or empty
     * stride means the default (kernel_size). For {@code return_indices=True} use {@link #maxPool2dWithIndices}.
     */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return Pooling.maxPool2d(Args.nonNull(input, "input"), Args.nonNull(kernelSize, "kernelSize"),
                Args.nonNull(stride, "stride"), Args.nonNull(padding, "padding"), Args.nonNull(dilation, "dilation"),
                        ceilMode);
    }

    /** Stride 0 means the default (kernel_size). */
    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding, int dilation,
                                   boolean ceilMode) {
        return maxPool2d(Args.nonNull(input, "input"), new int[] {kernelSize},
                new int[] {stride == 0 ? kernelSize : stride},
                new int[] {padding}, new int[] {dilation}, ceilMode);
    }

    /** PyTorch's {@code F.max_pool2d}. */
    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding) {
        return maxPool2d(Args.nonNull(input, "input"), kernelSize, stride, padding, 1, false);
    }

    /** PyTorch's {@code F.max_pool2d}. */
    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride) {
        return maxPool2d(Args.nonNull(input, "input"), kernelSize, stride, 0, 1, false);
    }

    /** PyTorch's {@code F.max_pool2d}. */
    public static Tensor maxPool2d(Tensor input, int kernelSize) {
        return maxPool2d(Args.nonNull(input, "input"), kernelSize, kernelSize);
    }

    /** {@code F.max_pool2d_with_indices}: {values, int64 indices (h * W + w within each plane)}. */
    public static Tensor[] maxPool2dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding,
                                                int[] dilation, boolean ceilMode) {
        return Pooling.maxPool2dWithIndices(Args.nonNull(input, "input"), Args.nonNull(kernelSize, "kernelSize"),
                Args.nonNull(stride, "stride"), Args.nonNull(padding, "padding"), Args.nonNull(dilation, "dilation"),
                        ceilMode);
    }

    /**
     * {@code F.avg_pool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)}; stride 0
     * means the default (kernel_size).
     */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode,
                                   boolean countIncludePad) {
        return Pooling.avgPool1d(Args.nonNull(input, "input"), kernelSize, stride == 0 ? kernelSize : stride, padding,
                ceilMode,
                countIncludePad);
    }

    /** PyTorch's {@code F.avg_pool1d}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding) {
        return avgPool1d(Args.nonNull(input, "input"), kernelSize, stride, padding, false, true);
    }

    /** PyTorch's {@code F.avg_pool1d}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride) {
        return avgPool1d(Args.nonNull(input, "input"), kernelSize, stride, 0);
    }

    /** PyTorch's {@code F.avg_pool1d}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize) {
        return avgPool1d(Args.nonNull(input, "input"), kernelSize, kernelSize);
    }

    /**
     * {@code F.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad,
     * divisor_override)}; a null or empty stride means kernel_size, a null divisorOverride means None.
     */
    public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        Args.nonNull(input, "input");
        Args.nonNull(kernelSize, "kernelSize");
        Args.nonNull(padding, "padding");
        if (divisorOverride != null && divisorOverride == 0) {
            throw new IllegalArgumentException("divisor must be not zero");
        }
        return Pooling.avgPool2d(input, kernelSize, stride, padding, ceilMode, countIncludePad,
                divisorOverride == null ? 0 : divisorOverride);
    }

    /** Stride 0 means the default (kernel_size). */
    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        return avgPool2d(Args.nonNull(input, "input"), new int[] {kernelSize},
                new int[] {stride == 0 ? kernelSize : stride},
                new int[] {padding}, ceilMode, countIncludePad, divisorOverride);
    }

    /** PyTorch's {@code F.avg_pool2d}. */
    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride, int padding) {
        return avgPool2d(Args.nonNull(input, "input"), kernelSize, stride, padding, false, true, null);
    }

    /** PyTorch's {@code F.avg_pool2d}. */
    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride) {
        return avgPool2d(Args.nonNull(input, "input"), kernelSize, stride, 0);
    }

    /** PyTorch's {@code F.avg_pool2d}. */
    public static Tensor avgPool2d(Tensor input, int kernelSize) {
        return avgPool2d(Args.nonNull(input, "input"), kernelSize, kernelSize);
    }

    /** {@code F.adaptive_avg_pool2d(input, output_size)} with output_size (h, w). */
    public static Tensor adaptiveAvgPool2d(Tensor input, int[] outputSize) {
        return Pooling.adaptiveAvgPool2d(Args.nonNull(input, "input"), Args.nonNull(outputSize, "outputSize"));
    }

    /** PyTorch's {@code F.adaptive_avg_pool2d}. */
    public static Tensor adaptiveAvgPool2d(Tensor input, int outputSize) {
        return adaptiveAvgPool2d(Args.nonNull(input, "input"), new int[] {outputSize, outputSize});
    }

    /**
     * {@code F.pad(input, pad, mode, value)}: pad is (left, right, top, bottom, ...) from the last
     * dimension backwards; mode "constant" (any number of dims, negative amounts crop), "reflect" or
     * "replicate" (last 1 dim of a 2-D/3-D input, last 2 dims of a 3-D/4-D input).
     */
    public static Tensor pad(Tensor input, int[] pad, String mode, double value) {
        return Padding.pad(Args.nonNull(input, "input"), Args.nonNull(pad, "pad"), Args.nonNull(mode, "mode"), value);
    }

    /** PyTorch's {@code F.pad}. */
    public static Tensor pad(Tensor input, int[] pad, String mode) {
        return pad(Args.nonNull(input, "input"), Args.nonNull(pad, "pad"), Args.nonNull(mode, "mode"), 0);
    }

    /** PyTorch's {@code F.pad}. */
    public static Tensor pad(Tensor input, int[] pad, double value) {
        return pad(Args.nonNull(input, "input"), Args.nonNull(pad, "pad"), "constant", value);
    }

    /** PyTorch's {@code F.pad}. */
    public static Tensor pad(Tensor input, int... pad) {
        return pad(Args.nonNull(input, "input"), Args.nonNull(pad, "pad"), "constant", 0);
    }

    // (end of conv group)

    // ------------------------------------------------------------------ resampling and vision (vision group)

    /**
     * {@code F.interpolate(input, size, scale_factor, mode, align_corners, recompute_scale_factor)}:
     * exactly one of {@code size} and {@code scaleFactor} non-null (one value, or one per spatial
     * dimension); {@code alignCorners} and {@code recomputeScaleFactor} null for None. Modes nearest,
     * nearest-exact, linear, bilinear, bicubic, trilinear, area (nodes {@code Upsample*Backward1}).
     */
    public static Tensor interpolate(Tensor input, int[] size, double[] scaleFactor, String mode, Boolean alignCorners,
                                     Boolean recomputeScaleFactor) {
        return Interpolation.interpolate(Args.nonNull(input, "input"), size, scaleFactor, Args.nonNull(mode, "mode"),
                alignCorners, recomputeScaleFactor);
    }

    /** PyTorch's {@code F.interpolate(input, size=size, mode=mode)}. */
    public static Tensor interpolate(Tensor input, int[] size, String mode) {
        return interpolate(input, Args.nonNull(size, "size"), null, mode, null, null);
    }

    /** PyTorch's {@code F.interpolate(input, scale_factor=scaleFactor, mode=mode)}. */
    public static Tensor interpolate(Tensor input, double scaleFactor, String mode) {
        return interpolate(input, null, new double[] {scaleFactor}, mode, null, null);
    }

    /** PyTorch's {@code F.adaptive_avg_pool1d} (node {@code SqueezeBackward1}). */
    public static Tensor adaptiveAvgPool1d(Tensor input, int outputSize) {
        return Pooling.adaptiveAvgPool1d(Args.nonNull(input, "input"), outputSize);
    }

    /** PyTorch's {@code F.adaptive_avg_pool3d} (node {@code AdaptiveAvgPool3DBackward0}). */
    public static Tensor adaptiveAvgPool3d(Tensor input, int... outputSize) {
        return Pooling.adaptiveAvgPool3d(Args.nonNull(input, "input"), Args.nonNull(outputSize, "outputSize"));
    }

    /** {@code F.adaptive_max_pool2d(input, output_size, return_indices=True)}: {values, int64 flat indices}. */
    public static Tensor[] adaptiveMaxPool2dWithIndices(Tensor input, int... outputSize) {
        return Pooling.adaptiveMaxPool2dWithIndices(Args.nonNull(input, "input"), Args.nonNull(outputSize, "outputSize"));
    }

    /** PyTorch's {@code F.adaptive_max_pool2d} (node {@code AdaptiveMaxPool2DBackward0}). */
    public static Tensor adaptiveMaxPool2d(Tensor input, int... outputSize) {
        return adaptiveMaxPool2dWithIndices(input, outputSize)[0];
    }

    /** {@code F.adaptive_max_pool1d(input, output_size, return_indices=True)}: {values, int64 indices}. */
    public static Tensor[] adaptiveMaxPool1dWithIndices(Tensor input, int outputSize) {
        return Pooling.adaptiveMaxPool1dWithIndices(Args.nonNull(input, "input"), outputSize);
    }

    /** PyTorch's {@code F.adaptive_max_pool1d} (node {@code SqueezeBackward1}). */
    public static Tensor adaptiveMaxPool1d(Tensor input, int outputSize) {
        return adaptiveMaxPool1dWithIndices(input, outputSize)[0];
    }

    /** PyTorch's {@code F.pixel_shuffle} (node {@code PixelShuffleBackward0}): [*, C r², H, W] to [*, C, H r, W r]. */
    public static Tensor pixelShuffle(Tensor input, int upscaleFactor) {
        return PixelShuffle.pixelShuffle(Args.nonNull(input, "input"), upscaleFactor);
    }

    /** PyTorch's {@code F.pixel_unshuffle} (node {@code PixelUnshuffleBackward0}): the inverse of pixelShuffle. */
    public static Tensor pixelUnshuffle(Tensor input, int downscaleFactor) {
        return PixelShuffle.pixelUnshuffle(Args.nonNull(input, "input"), downscaleFactor);
    }

    /** {@code F.unfold(input, kernel_size, dilation, padding, stride)} (im2col, node {@code Im2ColBackward0}). */
    public static Tensor unfold(Tensor input, int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        return Patches.unfold(Args.nonNull(input, "input"), Args.nonNull(kernelSize, "kernelSize"),
                Args.nonNull(dilation, "dilation"), Args.nonNull(padding, "padding"), Args.nonNull(stride, "stride"));
    }

    /** PyTorch's {@code F.unfold(input, kernel_size)}. */
    public static Tensor unfold(Tensor input, int kernelSize) {
        return unfold(input, new int[] {kernelSize}, new int[] {1}, new int[] {0}, new int[] {1});
    }

    /** {@code F.fold(input, output_size, kernel_size, dilation, padding, stride)} (col2im, node {@code Col2ImBackward0}). */
    public static Tensor fold(Tensor input, int[] outputSize, int[] kernelSize, int[] dilation, int[] padding,
                              int[] stride) {
        return Patches.fold(Args.nonNull(input, "input"), Args.nonNull(outputSize, "outputSize"),
                Args.nonNull(kernelSize, "kernelSize"), Args.nonNull(dilation, "dilation"),
                Args.nonNull(padding, "padding"), Args.nonNull(stride, "stride"));
    }

    /** PyTorch's {@code F.fold(input, output_size, kernel_size)}. */
    public static Tensor fold(Tensor input, int[] outputSize, int kernelSize) {
        return fold(input, outputSize, new int[] {kernelSize}, new int[] {1}, new int[] {0}, new int[] {1});
    }

    /** {@code F.lp_pool2d(input, norm_type, kernel_size, stride, ceil_mode)}; stride null for the kernel size. */
    public static Tensor lpPool2d(Tensor input, double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
        return PowerPooling.lpPool2d(Args.nonNull(input, "input"), normType, Args.nonNull(kernelSize, "kernelSize"),
                stride, ceilMode);
    }

    /** PyTorch's {@code F.lp_pool2d(input, norm_type, kernel_size)}. */
    public static Tensor lpPool2d(Tensor input, double normType, int kernelSize) {
        return lpPool2d(input, normType, new int[] {kernelSize}, null, false);
    }

    /** {@code F.lp_pool1d(input, norm_type, kernel_size, stride, ceil_mode)}; stride 0 for the kernel size. */
    public static Tensor lpPool1d(Tensor input, double normType, int kernelSize, int stride, boolean ceilMode) {
        return PowerPooling.lpPool1d(Args.nonNull(input, "input"), normType, kernelSize, stride, ceilMode);
    }

    /** {@code F.local_response_norm(input, size, alpha, beta, k)} (node {@code DivBackward0}). */
    public static Tensor localResponseNorm(Tensor input, int size, double alpha, double beta, double k) {
        return LocalResponseNorm.localResponseNorm(Args.nonNull(input, "input"), size, alpha, beta, k);
    }

    /** PyTorch's {@code F.local_response_norm(input, size)}: alpha 1e-4, beta 0.75, k 1. */
    public static Tensor localResponseNorm(Tensor input, int size) {
        return localResponseNorm(input, size, 1e-4, 0.75, 1.0);
    }

    /**
     * {@code F.max_unpool2d(input, indices, kernel_size, stride, padding, output_size)} (node
     * {@code MaxUnpool2DBackward0}); stride null for the kernel size, outputSize null for the default.
     */
    public static Tensor maxUnpool2d(Tensor input, Tensor indices, int[] kernelSize, int[] stride, int[] padding,
                                     int[] outputSize) {
        return Unpooling.maxUnpool2d(Args.nonNull(input, "input"), Args.nonNull(indices, "indices"),
                Args.nonNull(kernelSize, "kernelSize"), stride, Args.nonNull(padding, "padding"), outputSize);
    }

    /** PyTorch's {@code F.max_unpool2d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool2d(Tensor input, Tensor indices, int kernelSize) {
        return maxUnpool2d(input, indices, new int[] {kernelSize}, null, new int[] {0}, null);
    }

    /**
     * {@code F.affine_grid(theta, size, align_corners)} (node {@code AffineGridGeneratorBackward0}):
     * theta [N, 2, 3] with size [N, C, H, W], or [N, 3, 4] with [N, C, D, H, W].
     */
    public static Tensor affineGrid(Tensor theta, int[] size, boolean alignCorners) {
        return AffineGrid.affineGrid(Args.nonNull(theta, "theta"), Args.nonNull(size, "size"), alignCorners);
    }

    /**
     * {@code F.grid_sample(input, grid, mode, padding_mode, align_corners)} (node
     * {@code GridSampler2DBackward0}): input [N, C, H, W] read at grid [N, OH, OW, 2]; modes bilinear,
     * nearest, bicubic; padding zeros, border, reflection.
     */
    public static Tensor gridSample(Tensor input, Tensor grid, String mode, String paddingMode, boolean alignCorners) {
        return GridSampling.gridSample(Args.nonNull(input, "input"), Args.nonNull(grid, "grid"),
                Args.nonNull(mode, "mode"), Args.nonNull(paddingMode, "paddingMode"), alignCorners);
    }

    /** PyTorch's {@code F.grid_sample(input, grid, align_corners=False)}: bilinear, zeros padding. */
    public static Tensor gridSample(Tensor input, Tensor grid) {
        return gridSample(input, grid, "bilinear", "zeros", false);
    }

    /**
     * {@code F.embedding_bag(input, weight, offsets, mode=mode, per_sample_weights=perSampleWeights,
     * include_last_offset=includeLastOffset, padding_idx=paddingIdx)} (node {@code EmbeddingBagBackward0}):
     * offsets null for a 2-D input (each row a bag); perSampleWeights (mode "sum" only) and paddingIdx null for None.
     */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, String mode, Tensor perSampleWeights,
                                      boolean includeLastOffset, Integer paddingIdx) {
        return EmbeddingBag.embeddingBag(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), offsets,
                Args.nonNull(mode, "mode"), perSampleWeights, includeLastOffset, paddingIdx);
    }

    /** PyTorch's {@code F.embedding_bag(input, weight, offsets, mode=mode)}. */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, String mode) {
        return embeddingBag(input, weight, offsets, mode, null, false, null);
    }

    /**
     * {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity)}
     * on log_probs [T, N, C] (node of the per-sample losses {@code CtcLossBackward0}).
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths, int blank,
                                 String reduction, boolean zeroInfinity) {
        return CtcLoss.ctcLoss(Args.nonNull(logProbs, "logProbs"), Args.nonNull(targets, "targets"),
                Args.nonNull(inputLengths, "inputLengths"), Args.nonNull(targetLengths, "targetLengths"), blank,
                Args.nonNull(reduction, "reduction"), zeroInfinity);
    }

    /** PyTorch's {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths)}: blank 0, mean. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, 0, "mean", false);
    }

    // (end of vision group)

    // ------------------------------------------------------------------ vision layers' options (visionnn group)

    /**
     * {@code F.interpolate(input, size, scale_factor, mode, align_corners, recompute_scale_factor, antialias)}:
     * {@code antialias} (bilinear and bicubic on 4-D input) resamples as PIL does (nodes
     * {@code UpsampleBilinear2DAaBackward1}, {@code UpsampleBicubic2DAaBackward1}).
     */
    public static Tensor interpolate(Tensor input, int[] size, double[] scaleFactor, String mode, Boolean alignCorners,
                                     Boolean recomputeScaleFactor, boolean antialias) {
        return Interpolation.interpolate(Args.nonNull(input, "input"), size, scaleFactor, Args.nonNull(mode, "mode"),
                alignCorners, recomputeScaleFactor, antialias);
    }

    /**
     * {@code F.max_unpool1d(input, indices, kernel_size, stride, padding, output_size)} (node
     * {@code SqueezeBackward1}); stride 0 for the kernel size, outputSize ([L] or [N, C, L]) null for the default.
     */
    public static Tensor maxUnpool1d(Tensor input, Tensor indices, int kernelSize, int stride, int padding,
                                     int[] outputSize) {
        return Unpooling.maxUnpool1d(Args.nonNull(input, "input"), Args.nonNull(indices, "indices"), kernelSize, stride,
                padding, outputSize);
    }

    /** PyTorch's {@code F.max_unpool1d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool1d(Tensor input, Tensor indices, int kernelSize) {
        return maxUnpool1d(input, indices, kernelSize, 0, 0, null);
    }

    /** {@code F.channel_shuffle(input, groups)} on [N, C, *]: composed of views (PyTorch 1.13 has no gradient for it). */
    public static Tensor channelShuffle(Tensor input, int groups) {
        return ChannelShuffle.channelShuffle(Args.nonNull(input, "input"), groups);
    }

    /**
     * PyTorch's full {@code F.embedding_bag(input, weight, offsets, max_norm, norm_type, scale_grad_by_freq,
     * mode, sparse, per_sample_weights, include_last_offset, padding_idx)} (node {@code EmbeddingBagBackward0});
     * offsets, maxNorm, perSampleWeights and paddingIdx null for None; sparse gradients are not supported.
     */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, Double maxNorm, double normType,
                                      boolean scaleGradByFreq, String mode, boolean sparse, Tensor perSampleWeights,
                                      boolean includeLastOffset, Integer paddingIdx) {
        return EmbeddingBag.embeddingBag(Args.nonNull(input, "input"), Args.nonNull(weight, "weight"), offsets, maxNorm,
                normType, scaleGradByFreq, Args.nonNull(mode, "mode"), sparse, perSampleWeights, includeLastOffset,
                paddingIdx);
    }

    // (end of visionnn group)
}
