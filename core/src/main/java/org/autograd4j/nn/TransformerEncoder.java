package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * A stack of {@code numLayers} copies of an encoder layer (all starting from its parameters, as
 * PyTorch's deep copies), then an optional final norm, as {@code nn.TransformerEncoder}.
 */
public class TransformerEncoder extends Module {
    private final ModuleList layers;
    private final Module norm;

    /** {@code norm} may be null. */
    public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers, LayerNorm norm) {
        Args.nonNull(encoderLayer, "encoderLayer");
        Args.nonNull(encoderLayer, "encoderLayer");
        layers = register("layers", new ModuleList());
        for (int i = 0; i < numLayers; i++) {
            layers.append(encoderLayer.copy());
        }
        this.norm = norm == null ? null : register("norm", norm);
    }

    public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers) {
        this(encoderLayer, numLayers, null);
    }

    @Override
    public Tensor forward(Tensor src) {
        Args.nonNull(src, "src");
        Args.nonNull(src, "src");
        return compute(src, null, null);
    }

    /** With PyTorch's masks, passed to every layer; each may be null. */
    public Tensor run(Tensor src, Tensor mask, Tensor srcKeyPaddingMask) {
        Args.nonNull(src, "src");
        Args.nonNull(src, "src");
        return callWithHooks(new Tensor[] {src}, in -> compute(in[0], mask, srcKeyPaddingMask));
    }

    private Tensor compute(Tensor src, Tensor mask, Tensor srcKeyPaddingMask) {
        Tensor x = src;
        for (Module layer : layers) {
            x = ((TransformerEncoderLayer) layer).run(x, mask, srcKeyPaddingMask);
        }
        return norm == null ? x : norm.call(x);
    }
}
