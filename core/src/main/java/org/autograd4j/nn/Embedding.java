package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * A lookup table of {@code numEmbeddings} vectors of size {@code embeddingDim}, indexed by int64
 * tensors, as {@code nn.Embedding}: weight drawn from N(0, 1), the padding row (if any) zero and
 * never updated by the gradient.
 */
public class Embedding extends Module {
    private final int numEmbeddings;
    private final int embeddingDim;
    private final Integer paddingIdx;
    private final Double maxNorm;
    private final double normType;
    private final boolean scaleGradByFreq;

    /** paddingIdx and maxNorm may be null; a negative paddingIdx counts from the end. */
    public Embedding(int numEmbeddings, int embeddingDim, Integer paddingIdx, Double maxNorm, double normType,
            boolean scaleGradByFreq) {
        this(numEmbeddings, embeddingDim, paddingIdx, maxNorm, normType, scaleGradByFreq, null);
    }

    public Embedding(int numEmbeddings, int embeddingDim, Integer paddingIdx) {
        this(numEmbeddings, embeddingDim, paddingIdx, null, 2.0, false);
    }

    public Embedding(int numEmbeddings, int embeddingDim) {
        this(numEmbeddings, embeddingDim, null);
    }

    /**
     * {@code nn.Embedding.from_pretrained}: a table whose weight shares {@code embeddings}' storage
     * ([num, dim], as PyTorch's), frozen unless {@code freeze} is false; nothing is drawn.
     */
    public static Embedding fromPretrained(Tensor embeddings, boolean freeze, Integer paddingIdx) {
        Tensor table = LayerInit.pretrainedTable(embeddings);
        Embedding e = new Embedding(table.size(0), table.size(1), paddingIdx, null, 2.0, false, table);
        e.weight().requiresGrad(!freeze);
        return e;
    }

    public static Embedding fromPretrained(Tensor embeddings) {
        return fromPretrained(embeddings, true, null);
    }

    /** {@code weight} null draws N(0, 1) and zeroes the padding row; else it becomes the weight as it is. */
    private Embedding(int numEmbeddings, int embeddingDim, Integer paddingIdx, Double maxNorm, double normType,
            boolean scaleGradByFreq, Tensor weight) {
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        this.paddingIdx = LayerInit.paddingIndex(paddingIdx, numEmbeddings, "Padding_idx");
        this.maxNorm = maxNorm;
        this.normType = normType;
        this.scaleGradByFreq = scaleGradByFreq;
        registerParameter("weight", LayerInit.embeddingTable(numEmbeddings, embeddingDim, this.paddingIdx, weight));
    }

    public Tensor weight() {
        return parameter("weight");
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.embedding(input, weight(), paddingIdx, maxNorm, normType, scaleGradByFreq, false);
    }

    @Override
    public String extraRepr() {
        StringBuilder s = new StringBuilder().append(numEmbeddings).append(", ").append(embeddingDim);
        if (paddingIdx != null) {
            s.append(", padding_idx=").append(paddingIdx);
        }
        s.append(normOptions(maxNorm, normType, scaleGradByFreq));
        return s.toString();
    }

    /** The renormalisation options as Embedding's and EmbeddingBag's reprs print them, each only when set. */
    static String normOptions(Double maxNorm, double normType, boolean scaleGradByFreq) {
        StringBuilder s = new StringBuilder();
        if (maxNorm != null) {
            s.append(", max_norm=").append(PyRepr.num(maxNorm));
        }
        if (normType != 2) {
            s.append(", norm_type=").append(PyRepr.num(normType));
        }
        if (scaleGradByFreq) {
            s.append(", scale_grad_by_freq=True");
        }
        return s.toString();
    }
}
