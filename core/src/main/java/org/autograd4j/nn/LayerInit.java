package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.nn.init.Init;

/** The default initialisations PyTorch's layers share (their {@code reset_parameters}). */
final class LayerInit {
    private LayerInit() {
    }

    /**
     * Linear's and the convolutions': weight from kaiming_uniform with {@code a = sqrt(5)} (that is
     * U(±1/sqrt(fan_in))), then bias from U(±1/sqrt(fan_in)); bias may be null.
     */
    static void kaimingWeightAndBias(Tensor weight, Tensor bias) {
        Init.kaimingUniform_(weight, Math.sqrt(5), "fan_in", "leaky_relu");
        if (bias != null) {
            int fanIn = weight.numel() / Math.max(weight.size(0), 1);
            if (fanIn > 0) {
                double bound = 1 / Math.sqrt(fanIn);
                Init.uniform_(bias, -bound, bound);
            }
        }
    }
}
