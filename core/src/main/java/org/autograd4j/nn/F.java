package org.autograd4j.nn;

import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.functional.Attention;
import org.autograd4j.nn.functional.Distances;
import org.autograd4j.nn.functional.Dropout;
import org.autograd4j.nn.functional.Embedding;
import org.autograd4j.nn.functional.Linear;
import org.autograd4j.nn.functional.Losses;
import org.autograd4j.nn.functional.Normalization;
import org.autograd4j.nn.functional.Softmax;

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

    // (end of activations)

    // ------------------------------------------------------------------ losses, normalization, linear, attention (nn group)

    /** {@code F.softmax(input, dim)} (node {@code SoftmaxBackward0}); stable for large logits. */
    public static Tensor softmax(Tensor input, int dim) {
        return Softmax.softmax(input, dim);
    }

    /** {@code F.softmax(input, dim, dtype=dtype)}: casts first, then softmax. */
    public static Tensor softmax(Tensor input, int dim, DType dtype) {
        return Softmax.softmax(input.to(dtype), dim);
    }

    /** {@code F.log_softmax(input, dim)} (node {@code LogSoftmaxBackward0}). */
    public static Tensor logSoftmax(Tensor input, int dim) {
        return Softmax.logSoftmax(input, dim);
    }

    public static Tensor logSoftmax(Tensor input, int dim, DType dtype) {
        return Softmax.logSoftmax(input.to(dtype), dim);
    }

    /** {@code F.nll_loss(input, target, weight, ignore_index, reduction)} (node {@code NllLossBackward0}). */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        return Losses.nllLoss(input, target, weight, ignoreIndex, reduction);
    }

    public static Tensor nllLoss(Tensor input, Tensor target) {
        return Losses.nllLoss(input, target, null, -100, "mean");
    }

    /**
     * {@code F.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)}:
     * int64 targets are class indices, floating targets (same shape as input) class probabilities.
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction,
            double labelSmoothing) {
        return Losses.crossEntropy(input, target, weight, ignoreIndex, reduction, labelSmoothing);
    }

    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        return Losses.crossEntropy(input, target, weight, ignoreIndex, reduction, 0.0);
    }

    public static Tensor crossEntropy(Tensor input, Tensor target) {
        return Losses.crossEntropy(input, target, null, -100, "mean", 0.0);
    }

    /** {@code F.linear(input, weight, bias)}: {@code input·weightᵀ + bias}; bias may be null. */
    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        return Linear.linear(input, weight, bias);
    }

    public static Tensor linear(Tensor input, Tensor weight) {
        return Linear.linear(input, weight, null);
    }

    /** {@code F.bilinear(input1, input2, weight, bias)}; bias may be null. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        return Linear.bilinear(input1, input2, weight, bias);
    }

    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) {
        return Linear.bilinear(input1, input2, weight, null);
    }

    /** {@code F.mse_loss(input, target, reduction)} (node {@code MseLossBackward0}). */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return Losses.mseLoss(input, target, reduction);
    }

    public static Tensor mseLoss(Tensor input, Tensor target) {
        return Losses.mseLoss(input, target, "mean");
    }

    /** {@code F.l1_loss(input, target, reduction)}. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        return Losses.l1Loss(input, target, reduction);
    }

    public static Tensor l1Loss(Tensor input, Tensor target) {
        return Losses.l1Loss(input, target, "mean");
    }

    /** {@code F.smooth_l1_loss(input, target, reduction, beta)} (node {@code SmoothL1LossBackward0}). */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        return Losses.smoothL1Loss(input, target, reduction, beta);
    }

    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return Losses.smoothL1Loss(input, target, "mean", 1.0);
    }

    /** {@code F.huber_loss(input, target, reduction, delta)} (node {@code HuberLossBackward0}). */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) {
        return Losses.huberLoss(input, target, reduction, delta);
    }

    public static Tensor huberLoss(Tensor input, Tensor target) {
        return Losses.huberLoss(input, target, "mean", 1.0);
    }

    /** {@code F.binary_cross_entropy(input, target, weight, reduction)}; weight may be null. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        return Losses.binaryCrossEntropy(input, target, weight, reduction);
    }

    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) {
        return Losses.binaryCrossEntropy(input, target, null, "mean");
    }

    /** {@code F.binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight)}. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, String reduction,
            Tensor posWeight) {
        return Losses.binaryCrossEntropyWithLogits(input, target, weight, reduction, posWeight);
    }

    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) {
        return Losses.binaryCrossEntropyWithLogits(input, target, null, "mean", null);
    }

    /** {@code F.kl_div(input, target, reduction, log_target)}; reduction may also be "batchmean". */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        return Losses.klDiv(input, target, reduction, logTarget);
    }

    public static Tensor klDiv(Tensor input, Tensor target, String reduction) {
        return Losses.klDiv(input, target, reduction, false);
    }

    public static Tensor klDiv(Tensor input, Tensor target) {
        return Losses.klDiv(input, target, "mean", false);
    }

    /** {@code F.cosine_similarity(x1, x2, dim, eps)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        return Distances.cosineSimilarity(x1, x2, dim, eps);
    }

    public static Tensor cosineSimilarity(Tensor x1, Tensor x2) {
        return Distances.cosineSimilarity(x1, x2, 1, 1e-8);
    }

    /** {@code F.pairwise_distance(x1, x2, p, eps, keepdim)} (node {@code NormBackward1}). */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        return Distances.pairwiseDistance(x1, x2, p, eps, keepdim);
    }

    public static Tensor pairwiseDistance(Tensor x1, Tensor x2) {
        return Distances.pairwiseDistance(x1, x2, 2.0, 1e-6, false);
    }

    /** {@code F.normalize(input, p, dim, eps)}: {@code input / max(||input||_p, eps)} along dim. */
    public static Tensor normalize(Tensor input, double p, int dim, double eps) {
        return Distances.normalize(input, p, dim, eps);
    }

    public static Tensor normalize(Tensor input) {
        return Distances.normalize(input, 2.0, 1, 1e-12);
    }

    /** {@code F.layer_norm(input, normalized_shape, weight, bias, eps)} (node {@code NativeLayerNormBackward0}). */
    public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return Normalization.layerNorm(input, normalizedShape, weight, bias, eps);
    }

    public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias) {
        return Normalization.layerNorm(input, normalizedShape, weight, bias, 1e-5);
    }

    public static Tensor layerNorm(Tensor input, int[] normalizedShape) {
        return Normalization.layerNorm(input, normalizedShape, null, null, 1e-5);
    }

    /**
     * {@code F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)}
     * (node {@code NativeBatchNormBackward0}); in training the running stats are updated in place.
     */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training, double momentum, double eps) {
        return Normalization.batchNorm(input, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training) {
        return Normalization.batchNorm(input, runningMean, runningVar, weight, bias, training, 0.1, 1e-5);
    }

    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar) {
        return Normalization.batchNorm(input, runningMean, runningVar, null, null, false, 0.1, 1e-5);
    }

    /** {@code F.group_norm(input, num_groups, weight, bias, eps)} (node {@code NativeGroupNormBackward0}). */
    public static Tensor groupNorm(Tensor input, int numGroups, Tensor weight, Tensor bias, double eps) {
        return Normalization.groupNorm(input, numGroups, weight, bias, eps);
    }

    public static Tensor groupNorm(Tensor input, int numGroups) {
        return Normalization.groupNorm(input, numGroups, null, null, 1e-5);
    }

    /** {@code F.dropout(input, p, training, inplace)}, drawing from the default generator. */
    public static Tensor dropout(Tensor input, double p, boolean training, boolean inplace) {
        return Dropout.dropout(input, p, training, inplace, null);
    }

    /** Dropout drawing its mask from {@code generator} (reproducible with a seeded generator). */
    public static Tensor dropout(Tensor input, double p, boolean training, boolean inplace, Generator generator) {
        return Dropout.dropout(input, p, training, inplace, generator);
    }

    public static Tensor dropout(Tensor input, double p, boolean training) {
        return Dropout.dropout(input, p, training, false, null);
    }

    public static Tensor dropout(Tensor input, double p) {
        return Dropout.dropout(input, p, true, false, null);
    }

    public static Tensor dropout(Tensor input) {
        return Dropout.dropout(input, 0.5, true, false, null);
    }

    /**
     * {@code F.embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse)};
     * paddingIdx and maxNorm may be null; sparse gradients are not supported.
     */
    public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx, Double maxNorm, double normType,
            boolean scaleGradByFreq, boolean sparse) {
        return Embedding.embedding(input, weight, paddingIdx, maxNorm, normType, scaleGradByFreq, sparse);
    }

    public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx) {
        return Embedding.embedding(input, weight, paddingIdx, null, 2.0, false, false);
    }

    public static Tensor embedding(Tensor input, Tensor weight) {
        return Embedding.embedding(input, weight, null, null, 2.0, false, false);
    }

    /** {@code F.one_hot(tensor, num_classes)}: int64 of shape {@code (*, numClasses)}. */
    public static Tensor oneHot(Tensor tensor, int numClasses) {
        return Embedding.oneHot(tensor, numClasses);
    }

    public static Tensor oneHot(Tensor tensor) {
        return Embedding.oneHot(tensor, -1);
    }

    /**
     * {@code F.scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, scale)};
     * attnMask may be null, bool (true = attend) or float (added); scale null means 1/sqrt(E).
     */
    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor attnMask,
            double dropoutP, boolean isCausal, Double scale) {
        return Attention.scaledDotProductAttention(query, key, value, attnMask, dropoutP, isCausal, scale, null);
    }

    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor attnMask,
            double dropoutP, boolean isCausal) {
        return Attention.scaledDotProductAttention(query, key, value, attnMask, dropoutP, isCausal, null, null);
    }

    public static Tensor scaledDotProductAttention(Tensor query, Tensor key, Tensor value) {
        return Attention.scaledDotProductAttention(query, key, value, null, 0.0, false, null, null);
    }

    // (end of nn group)

    // ------------------------------------------------------------------ convolution, pooling, padding (conv group)

    // (end of conv group)
}
