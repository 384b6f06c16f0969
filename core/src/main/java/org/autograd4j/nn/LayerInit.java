package org.autograd4j.nn;

import java.util.function.Supplier;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
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
     * Embedding's and EmbeddingBag's table: {@code pretrained} as it is (its storage shared), or rows
     * drawn from N(0, 1) with the padding row (null for none, already wrapped) zeroed.
     */
    static Tensor embeddingTable(int numEmbeddings, int embeddingDim, Integer paddingIdx, Tensor pretrained) {
        if (pretrained != null) {
            return pretrained;
        }
        Tensor table = Init.normal_(Tensor.empty(numEmbeddings, embeddingDim));
        if (paddingIdx != null) {
            try (var guard = Autograd.noGrad()) {
                table.select(0, paddingIdx).fill_(0);
            }
        }
        return table;
    }

    /**
     * An embedding layer's padding_idx wrapped into [0, num) (null stays null); out of range, PyTorch's
     * message, whose first word ({@code name}) each layer spells its own way.
     */
    static Integer paddingIndex(Integer paddingIdx, int numEmbeddings, String name) {
        if (paddingIdx == null) {
            return null;
        }
        if (paddingIdx >= numEmbeddings || paddingIdx < -numEmbeddings) {
            throw new IllegalArgumentException(name + " must be within num_embeddings");
        }
        return paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
    }

    /** {@code from_pretrained}'s check: the embeddings, detached, as a [num, dim] table. */
    static Tensor pretrainedTable(Tensor embeddings) {
        Args.nonNull(embeddings, "embeddings");
        if (embeddings.dim() != 2) {
            throw new IllegalArgumentException("Embeddings parameter is expected to be 2-dimensional");
        }
        return embeddings.detach();
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
