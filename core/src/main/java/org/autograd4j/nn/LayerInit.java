package org.autograd4j.nn;

import java.util.function.Supplier;
import org.autograd4j.Tensor;
import org.autograd4j.nn.init.Init;

/**
 * The default initialisations PyTorch's layers share (their {@code reset_parameters}), and building
 * a copy of a module without drawing from the generator (PyTorch's {@code deepcopy} draws nothing).
 */
final class LayerInit {
    /** Set while a copy is built: its parameters are overwritten at once, so drawing would only shift the stream. */
    private static final ThreadLocal<Boolean> COPYING = ThreadLocal.withInitial(() -> false);

    private LayerInit() {
    }

    /** A module built by {@code build} without drawing, holding {@code original}'s state. */
    static <M extends Module> M copyOf(M original, Supplier<M> build) {
        M copy;
        COPYING.set(true);
        try {
            copy = build.get();
        } finally {
            COPYING.set(false);
        }
        copy.loadStateDict(original.stateDict());
        return copy;
    }

    /**
     * Linear's and the convolutions': weight from kaiming_uniform with {@code a = sqrt(5)} (that is
     * U(±1/sqrt(fan_in))), then bias from U(±1/sqrt(fan_in)); bias may be null.
     */
    static void kaimingWeightAndBias(Tensor weight, Tensor bias) {
        if (COPYING.get()) {
            return;
        }
        Init.kaimingUniform_(weight, Math.sqrt(5), "fan_in", "leaky_relu");
        if (bias != null) {
            int fanIn = weight.numel() / Math.max(weight.size(0), 1);
            if (fanIn > 0) {
                double bound = 1 / Math.sqrt(fanIn);
                Init.uniform_(bias, -bound, bound);
            }
        }
    }

    /** MultiheadAttention's: Glorot-uniform input projection(s), in order, then zero biases. */
    static void attention(Tensor[] projections, Tensor inProjBias, Tensor outProjBias) {
        if (COPYING.get()) {
            return;
        }
        for (Tensor w : projections) {
            Init.xavierUniform_(w);
        }
        if (inProjBias != null) {
            Init.zeros_(inProjBias);
            Init.zeros_(outProjBias);
        }
    }
}
