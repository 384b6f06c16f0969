package org.autograd4j.nn;

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

    // (end of nn group)

    // ------------------------------------------------------------------ convolution, pooling, padding (conv group)

    // (end of conv group)
}
