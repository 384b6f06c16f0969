package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Multi-head scaled dot-product attention, as {@code nn.MultiheadAttention}: input projection (packed
 * {@code in_proj_weight} [3E, E] when key and value have the query's size E, else
 * {@code q_proj_weight}, {@code k_proj_weight}, {@code v_proj_weight}) and {@code in_proj_bias},
 * per-head attention, output projection {@code out_proj}. Inputs are [L, N, E] ([N, L, E] when batch
 * first, [L, E] unbatched). No {@code add_bias_kv} or {@code add_zero_attn}.
 *
 * <p>{@link #call(Tensor)} is self-attention returning the output only; {@link #run} takes PyTorch's
 * masks and returns the averaged attention weights too.
 */
public class MultiheadAttention extends Module {
    private final int embedDim;
    private final int numHeads;
    private final double dropout;
    private final boolean batchFirst;
    /** Whether q, k and v share the packed {@code in_proj_weight} (PyTorch's {@code _qkv_same_embed_dim}). */
    private final boolean packed;
    private final NonDynamicallyQuantizableLinear outProj;

    /** {@code kdim}, {@code vdim}: the sizes of key and value features (PyTorch's None is {@code embedDim}). */
    public MultiheadAttention(int embedDim, int numHeads, double dropout, boolean bias, int kdim, int vdim,
            boolean batchFirst) {
        if (embedDim % numHeads != 0) {
            throw new IllegalArgumentException("embed_dim must be divisible by num_heads");
        }
        this.embedDim = embedDim;
        this.numHeads = numHeads;
        this.dropout = dropout;
        this.batchFirst = batchFirst;
        this.packed = kdim == embedDim && vdim == embedDim;
        Tensor[] projections = packed
                ? new Tensor[] {registerParameter("in_proj_weight", Tensor.empty(3 * embedDim, embedDim))}
                : new Tensor[] {registerParameter("q_proj_weight", Tensor.empty(embedDim, embedDim)),
                        registerParameter("k_proj_weight", Tensor.empty(embedDim, kdim)),
                        registerParameter("v_proj_weight", Tensor.empty(embedDim, vdim))};
        Tensor inProjBias = registerParameter("in_proj_bias", bias ? Tensor.empty(3 * embedDim) : null);
        outProj = register("out_proj", new NonDynamicallyQuantizableLinear(embedDim, embedDim, bias));
        LayerInit.attention(projections, inProjBias, outProj.bias());
    }

    public MultiheadAttention(int embedDim, int numHeads, double dropout, boolean bias, boolean batchFirst) {
        this(embedDim, numHeads, dropout, bias, embedDim, embedDim, batchFirst);
    }

    public MultiheadAttention(int embedDim, int numHeads) {
        this(embedDim, numHeads, 0.0, true, false);
    }


    /** Self-attention: {@code run(x, x, x)}'s output. */
    @Override
    public Tensor forward(Tensor x) {
        Args.nonNull(x, "x");
        return compute(x, x, x, null, false, null).output();
    }

    /**
     * Attention of {@code query} over {@code key}/{@code value}, with the forward hooks.
     *
     * @param keyPaddingMask [N, S]: bool (true = ignore that key) or float (added); may be null
     * @param needWeights    also return the attention weights, averaged over the heads ([N, L, S])
     * @param attnMask       [L, S] or [N * heads, L, S]: bool (true = not allowed) or float (added); may be null
     */
    public AttentionOutput run(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, boolean needWeights,
            Tensor attnMask) {
        Args.nonNull(query, "query");
        Args.nonNull(key, "key");
        Args.nonNull(value, "value");
        return callWithHooks(new Tensor[] {query, key, value},
                in -> compute(in[0], in[1], in[2], keyPaddingMask, needWeights, attnMask));
    }

    public AttentionOutput run(Tensor query, Tensor key, Tensor value) {
        return run(query, key, value, null, true, null);
    }

    private AttentionOutput compute(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, boolean needWeights,
            Tensor attnMask) {
        boolean batched = query.dim() == 3;
        boolean selfAttention = query == key && key == value && packed;
        Tensor q = timeMajor(query, batched);
        Tensor k = timeMajor(key, batched);
        Tensor v = timeMajor(value, batched);
        Tensor padding = keyPaddingMask == null || batched ? keyPaddingMask : keyPaddingMask.unsqueeze(0);
        int targetLength = q.size(0);
        int sourceLength = k.size(0);
        int batch = q.size(1);
        int headDim = embedDim / numHeads;
        Tensor[] projected = selfAttention ? projectPacked(q) : project(q, k, v);
        q = heads(projected[0], batch, headDim);
        k = heads(projected[1], batch, headDim);
        v = heads(projected[2], batch, headDim);
        Tensor mask = AttentionMasks.merge(attnMask, padding, batch, numHeads, targetLength, sourceLength, q.dtype());
        Tensor scores = q.div(Math.sqrt(headDim)).bmm(k.transpose(1, 2));
        Tensor weights = F.softmax(mask == null ? scores : scores.add(mask), -1);
        if (dropout > 0 && isTraining()) {
            weights = F.dropout(weights, dropout, true);
        }
        Tensor attended = weights.bmm(v).transpose(0, 1).reshape(targetLength * batch, embedDim);
        Tensor output = outProj.call(attended).view(targetLength, batch, embedDim);
        Tensor averaged = needWeights ? weights.view(batch, numHeads, targetLength, sourceLength).sum(1)
                .div(numHeads) : null;
        output = batched ? (batchFirst ? output.transpose(0, 1) : output) : output.squeeze(1);
        return new AttentionOutput(output, averaged == null || batched ? averaged : averaged.squeeze(0));
    }

    /** [L, N, E] from the caller's layout. */
    private Tensor timeMajor(Tensor x, boolean batched) {
        return batched ? (batchFirst ? x.transpose(0, 1) : x) : x.unsqueeze(1);
    }

    /** Self-attention's projection: one linear, split into q, k and v. */
    private Tensor[] projectPacked(Tensor x) {
        return F.linear(x, parameter("in_proj_weight"), parameter("in_proj_bias")).chunk(3, -1).toArray(new Tensor[0]);
    }

    /** Distinct query, key and value: each through its own weight (or third of the packed one) and third of the bias. */
    private Tensor[] project(Tensor q, Tensor k, Tensor v) {
        Tensor b = parameter("in_proj_bias");
        Tensor[] inputs = {q, k, v};
        String[] separate = {"q_proj_weight", "k_proj_weight", "v_proj_weight"};
        Tensor[] out = new Tensor[3];
        for (int i = 0; i < 3; i++) {
            Tensor w = packed ? parameter("in_proj_weight").slice(0, i * embedDim, (i + 1) * embedDim)
                    : parameter(separate[i]);
            out[i] = F.linear(inputs[i], w, b == null ? null : b.slice(0, i * embedDim, (i + 1) * embedDim));
        }
        return out;
    }

    /** [L, N, E] to [N * heads, L, head_dim]. */
    private Tensor heads(Tensor x, int batch, int headDim) {
        return x.contiguous().view(x.size(0), batch * numHeads, headDim).transpose(0, 1);
    }
}
