package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Sums, means or maxima of bags of embedding vectors, as {@code nn.EmbeddingBag}: weight drawn from
 * N(0, 1), the padding row (if any) zero and left out of every bag. {@code call(input)} takes a 2-D
 * input (each row a bag), {@code call(input, offsets)} a 1-D input cut at the offsets, and
 * {@link #run} adds the per-sample weights (mode "sum").
 */
public class EmbeddingBag extends Module {
    private final int numEmbeddings;
    private final int embeddingDim;
    private final Double maxNorm;
    private final double normType;
    private final boolean scaleGradByFreq;
    private final String mode;
    private final boolean sparse;
    private final boolean includeLastOffset;
    private final Integer paddingIdx;

    /** PyTorch's arguments in its order; maxNorm and paddingIdx may be null, a negative paddingIdx counts from the end. */
    public EmbeddingBag(int numEmbeddings, int embeddingDim, Double maxNorm, double normType, boolean scaleGradByFreq,
            String mode, boolean sparse, boolean includeLastOffset, Integer paddingIdx) {
        this(numEmbeddings, embeddingDim, maxNorm, normType, scaleGradByFreq, mode, sparse, includeLastOffset,
                paddingIdx, null);
    }

    /** {@code nn.EmbeddingBag(num_embeddings, embedding_dim, mode=mode)}. */
    public EmbeddingBag(int numEmbeddings, int embeddingDim, String mode) {
        this(numEmbeddings, embeddingDim, null, 2.0, false, mode, false, false, null);
    }

    /** {@code nn.EmbeddingBag(num_embeddings, embedding_dim)}: mode "mean". */
    public EmbeddingBag(int numEmbeddings, int embeddingDim) {
        this(numEmbeddings, embeddingDim, "mean");
    }

    /** {@code weight} null draws N(0, 1) and zeroes the padding row; else it becomes the weight as it is. */
    private EmbeddingBag(int numEmbeddings, int embeddingDim, Double maxNorm, double normType, boolean scaleGradByFreq,
            String mode, boolean sparse, boolean includeLastOffset, Integer paddingIdx, Tensor weight) {
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        this.maxNorm = maxNorm;
        this.normType = normType;
        this.scaleGradByFreq = scaleGradByFreq;
        this.mode = Args.nonNull(mode, "mode");
        this.sparse = sparse;
        this.includeLastOffset = includeLastOffset;
        this.paddingIdx = LayerInit.paddingIndex(paddingIdx, numEmbeddings, "padding_idx");
        registerParameter("weight", LayerInit.embeddingTable(numEmbeddings, embeddingDim, this.paddingIdx, weight));
    }

    /**
     * {@code nn.EmbeddingBag.from_pretrained}: a bag whose weight shares {@code embeddings}' storage
     * ([num, dim]), frozen unless {@code freeze} is false; nothing is drawn.
     */
    public static EmbeddingBag fromPretrained(Tensor embeddings, boolean freeze, Double maxNorm, double normType,
            boolean scaleGradByFreq, String mode, boolean sparse, boolean includeLastOffset, Integer paddingIdx) {
        Tensor table = LayerInit.pretrainedTable(embeddings);
        EmbeddingBag bag = new EmbeddingBag(table.size(0), table.size(1), maxNorm, normType, scaleGradByFreq, mode,
                sparse, includeLastOffset, paddingIdx, table);
        bag.weight().requiresGrad(!freeze);
        return bag;
    }

    /** {@code nn.EmbeddingBag.from_pretrained(embeddings, freeze, mode=mode)}. */
    public static EmbeddingBag fromPretrained(Tensor embeddings, boolean freeze, String mode) {
        return fromPretrained(embeddings, freeze, null, 2.0, false, mode, false, false, null);
    }

    public Tensor weight() {
        return parameter("weight");
    }

    /** A 2-D input: each row is a bag. */
    @Override
    public Tensor forward(Tensor input) {
        return bags(input, null, null);
    }

    /** A 1-D input cut into bags at {@code offsets}. */
    @Override
    public Tensor forward(Tensor input, Tensor offsets) {
        return bags(input, offsets, null);
    }

    /** {@code module(input, offsets, per_sample_weights)}, run between the hooks; offsets and weights may be null. */
    public Tensor run(Tensor input, Tensor offsets, Tensor perSampleWeights) {
        return callWithHooks(new Tensor[] {input, offsets, perSampleWeights}, in -> bags(in[0], in[1], in[2]));
    }

    private Tensor bags(Tensor input, Tensor offsets, Tensor perSampleWeights) {
        return F.embeddingBag(input, weight(), offsets, maxNorm, normType, scaleGradByFreq, mode, sparse,
                perSampleWeights, includeLastOffset, paddingIdx);
    }

    @Override
    public String extraRepr() {
        StringBuilder s = new StringBuilder().append(numEmbeddings).append(", ").append(embeddingDim);
        s.append(Embedding.normOptions(maxNorm, normType, scaleGradByFreq));
        s.append(", mode=").append(mode);
        if (paddingIdx != null) {
            s.append(", padding_idx=").append(paddingIdx);
        }
        return s.toString();
    }
}
