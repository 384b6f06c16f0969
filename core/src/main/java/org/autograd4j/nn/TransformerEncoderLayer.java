package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * One encoder block of "Attention Is All You Need", as {@code nn.TransformerEncoderLayer}:
 * self-attention then a feed-forward network, each with dropout, a residual connection and layer
 * normalization (after each block, or before it when {@code normFirst}).
 */
public class TransformerEncoderLayer extends Module {
    private final int dModel;
    private final int nhead;
    private final int dimFeedforward;
    private final double dropoutP;
    private final String activation;
    private final double layerNormEps;
    private final boolean batchFirst;
    private final boolean normFirst;
    private final MultiheadAttention selfAttn;
    private final Linear linear1;
    private final Dropout dropout;
    private final Linear linear2;
    private final LayerNorm norm1;
    private final LayerNorm norm2;
    private final Dropout dropout1;
    private final Dropout dropout2;

    /** {@code activation} "relu" or "gelu". */
    public TransformerEncoderLayer(int dModel, int nhead, int dimFeedforward, double dropout, String activation,
            double layerNormEps, boolean batchFirst, boolean normFirst) {
        if (!Args.nonNull(activation, "activation").equals("relu") && !activation.equals("gelu")) {
            throw new IllegalArgumentException("activation should be relu/gelu, not " + activation);
        }
        this.dModel = dModel;
        this.nhead = nhead;
        this.dimFeedforward = dimFeedforward;
        this.dropoutP = dropout;
        this.activation = activation;
        this.layerNormEps = layerNormEps;
        this.batchFirst = batchFirst;
        this.normFirst = normFirst;
        selfAttn = register("self_attn", new MultiheadAttention(dModel, nhead, dropout, true, batchFirst));
        linear1 = register("linear1", new Linear(dModel, dimFeedforward));
        this.dropout = register("dropout", new Dropout(dropout));
        linear2 = register("linear2", new Linear(dimFeedforward, dModel));
        norm1 = register("norm1", new LayerNorm(new int[] {dModel}, layerNormEps, true));
        norm2 = register("norm2", new LayerNorm(new int[] {dModel}, layerNormEps, true));
        dropout1 = register("dropout1", new Dropout(dropout));
        dropout2 = register("dropout2", new Dropout(dropout));
    }

    /** PyTorch's defaults: feed-forward 2048, dropout 0.1, relu, eps 1e-5, sequence first, norm after. */
    public TransformerEncoderLayer(int dModel, int nhead) {
        this(dModel, nhead, 2048, 0.1, "relu", 1e-5, false, false);
    }

    /** A layer of the same shape holding this one's parameters (PyTorch's deepcopy), drawing no random numbers. */
    TransformerEncoderLayer copy() {
        return LayerInit.copyOf(this, () -> new TransformerEncoderLayer(dModel, nhead, dimFeedforward, dropoutP,
                activation, layerNormEps, batchFirst, normFirst));
    }

    @Override
    public Tensor forward(Tensor src) {
        Args.nonNull(src, "src");
        Args.nonNull(src, "src");
        return compute(src, null, null);
    }

    /** With PyTorch's masks (see {@link MultiheadAttention#run}); each may be null. */
    public Tensor run(Tensor src, Tensor srcMask, Tensor srcKeyPaddingMask) {
        Args.nonNull(src, "src");
        Args.nonNull(src, "src");
        return callWithHooks(new Tensor[] {src}, in -> compute(in[0], srcMask, srcKeyPaddingMask));
    }

    Tensor compute(Tensor src, Tensor srcMask, Tensor srcKeyPaddingMask) {
        Tensor x = src;
        if (normFirst) {
            x = x.add(selfAttentionBlock(norm1.call(x), srcMask, srcKeyPaddingMask));
            return x.add(feedForwardBlock(norm2.call(x)));
        }
        x = norm1.call(x.add(selfAttentionBlock(x, srcMask, srcKeyPaddingMask)));
        return norm2.call(x.add(feedForwardBlock(x)));
    }

    private Tensor selfAttentionBlock(Tensor x, Tensor mask, Tensor keyPaddingMask) {
        return dropout1.call(selfAttn.run(x, x, x, keyPaddingMask, false, mask).output());
    }

    private Tensor feedForwardBlock(Tensor x) {
        Tensor hidden = linear1.call(x);
        hidden = activation.equals("relu") ? F.relu(hidden) : F.gelu(hidden);
        return dropout2.call(linear2.call(dropout.call(hidden)));
    }
}
