package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.ops.Activations;
import org.autograd4j.ops.InPlace;

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
        return input.relu();
    }

    /** {@link #relu(Tensor)}, in place when {@code inplace} (as {@code F.relu(x, inplace=True)}). */
    public static Tensor relu(Tensor input, boolean inplace) {
        return inplace ? input.relu_() : input.relu();
    }

    /** {@code min(max(x, 0), 6)} (node {@code HardtanhBackward0}). */
    public static Tensor relu6(Tensor input) {
        return input.relu6();
    }

    public static Tensor relu6(Tensor input, boolean inplace) {
        return hardtanh(input, 0, 6, inplace);
    }

    public static Tensor leakyRelu(Tensor input) {
        return input.leakyRelu();
    }

    public static Tensor leakyRelu(Tensor input, double negativeSlope) {
        return input.leakyRelu(negativeSlope);
    }

    /** In place, the node is {@code LeakyReluBackward1}, as PyTorch's {@code leaky_relu_}. */
    public static Tensor leakyRelu(Tensor input, double negativeSlope, boolean inplace) {
        if (!inplace) {
            return input.leakyRelu(negativeSlope);
        }
        return InPlace.apply(input, t -> Activations.leakyRelu(t, negativeSlope, "LeakyReluBackward1"));
    }

    public static Tensor elu(Tensor input) {
        return input.elu();
    }

    public static Tensor elu(Tensor input, double alpha) {
        return input.elu(alpha);
    }

    /** In place, the node is {@code EluBackward1}. */
    public static Tensor elu(Tensor input, double alpha, boolean inplace) {
        if (!inplace) {
            return input.elu(alpha);
        }
        return InPlace.apply(input, t -> Activations.elu(t, alpha, 1, 1, "EluBackward1"));
    }

    public static Tensor selu(Tensor input) {
        return input.selu();
    }

    public static Tensor selu(Tensor input, boolean inplace) {
        if (!inplace) {
            return input.selu();
        }
        return InPlace.apply(input,
                t -> Activations.elu(t, Activations.SELU_ALPHA, Activations.SELU_SCALE, 1, "EluBackward1"));
    }

    public static Tensor celu(Tensor input) {
        return input.celu();
    }

    public static Tensor celu(Tensor input, double alpha) {
        return input.celu(alpha);
    }

    /** In place, the node is {@code CeluBackward1}. */
    public static Tensor celu(Tensor input, double alpha, boolean inplace) {
        if (!inplace) {
            return input.celu(alpha);
        }
        return InPlace.apply(input, t -> Activations.celu(t, alpha, "CeluBackward1"));
    }

    /** Exact GELU (node {@code GeluBackward0}). */
    public static Tensor gelu(Tensor input) {
        return input.gelu();
    }

    /** GELU with {@code approximate} "none" (exact) or "tanh". */
    public static Tensor gelu(Tensor input, String approximate) {
        return input.gelu(approximate);
    }

    public static Tensor silu(Tensor input) {
        return input.silu();
    }

    public static Tensor silu(Tensor input, boolean inplace) {
        return inplace ? InPlace.apply(input, Activations::silu) : input.silu();
    }

    public static Tensor mish(Tensor input) {
        return input.mish();
    }

    public static Tensor mish(Tensor input, boolean inplace) {
        return inplace ? InPlace.apply(input, Activations::mish) : input.mish();
    }

    /** {@code log(1 + exp(x))} (beta 1, threshold 20). */
    public static Tensor softplus(Tensor input) {
        return input.softplus();
    }

    public static Tensor softplus(Tensor input, double beta) {
        return input.softplus(beta, 20);
    }

    /** {@code log(1 + exp(beta x)) / beta}, and x where {@code beta x > threshold} (node {@code SoftplusBackward0}). */
    public static Tensor softplus(Tensor input, double beta, double threshold) {
        return input.softplus(beta, threshold);
    }

    public static Tensor softsign(Tensor input) {
        return input.softsign();
    }

    public static Tensor hardtanh(Tensor input) {
        return input.hardtanh();
    }

    public static Tensor hardtanh(Tensor input, double minVal, double maxVal) {
        return input.hardtanh(minVal, maxVal);
    }

    public static Tensor hardtanh(Tensor input, double minVal, double maxVal, boolean inplace) {
        return inplace ? InPlace.apply(input, t -> t.hardtanh(minVal, maxVal)) : input.hardtanh(minVal, maxVal);
    }

    public static Tensor hardsigmoid(Tensor input) {
        return input.hardsigmoid();
    }

    public static Tensor hardsigmoid(Tensor input, boolean inplace) {
        return inplace ? InPlace.apply(input, Activations::hardsigmoid) : input.hardsigmoid();
    }

    public static Tensor hardswish(Tensor input) {
        return input.hardswish();
    }

    public static Tensor hardswish(Tensor input, boolean inplace) {
        return inplace ? InPlace.apply(input, Activations::hardswish) : input.hardswish();
    }

    /** {@code log(sigmoid(x))} (node {@code LogSigmoidBackward0}). */
    public static Tensor logsigmoid(Tensor input) {
        return input.logsigmoid();
    }

    public static Tensor sigmoid(Tensor input) {
        return input.sigmoid();
    }

    public static Tensor tanh(Tensor input) {
        return input.tanh();
    }

    /** {@code x > threshold ? x : value} (node {@code ThresholdBackward0}). */
    public static Tensor threshold(Tensor input, double threshold, double value) {
        return Activations.threshold(input, threshold, value, "ThresholdBackward0");
    }

    /** In place, the node is {@code ThresholdBackward1}. */
    public static Tensor threshold(Tensor input, double threshold, double value, boolean inplace) {
        if (!inplace) {
            return threshold(input, threshold, value);
        }
        return InPlace.apply(input, t -> Activations.threshold(t, threshold, value, "ThresholdBackward1"));
    }

    /** {@code x} where {@code |x| > 0.5}, else 0 (node {@code HardshrinkBackward0}). */
    public static Tensor hardshrink(Tensor input) {
        return Activations.hardshrink(input, 0.5);
    }

    public static Tensor hardshrink(Tensor input, double lambd) {
        return Activations.hardshrink(input, lambd);
    }

    /** Shrinks toward 0 by 0.5, zeroing [-0.5, 0.5] (node {@code SoftshrinkBackward0}). */
    public static Tensor softshrink(Tensor input) {
        return Activations.softshrink(input, 0.5);
    }

    public static Tensor softshrink(Tensor input, double lambd) {
        return Activations.softshrink(input, lambd);
    }

    /** {@code x - tanh(x)} (node {@code SubBackward0}). */
    public static Tensor tanhshrink(Tensor input) {
        return Activations.tanhshrink(input);
    }

    /** {@code x > 0 ? x : weight * x}, weight scalar or per channel (node {@code PreluBackward0}). */
    public static Tensor prelu(Tensor input, Tensor weight) {
        return Activations.prelu(input, weight);
    }

    /** Gated linear unit over the last dimension: {@code a * sigmoid(b)} of its two halves (node {@code GluBackward0}). */
    public static Tensor glu(Tensor input) {
        return Activations.glu(input, -1);
    }

    public static Tensor glu(Tensor input, int dim) {
        return Activations.glu(input, dim);
    }

    // (end of activations)

    // ------------------------------------------------------------------ losses, normalization, linear, attention (nn group)

    // (end of nn group)

    // ------------------------------------------------------------------ convolution, pooling, padding (conv group)

    // (end of conv group)
}
