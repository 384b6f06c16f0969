package org.autograd4j.nn;

import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.nn.init.Init;

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
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        this.paddingIdx = paddingIdx == null ? null : checkedPaddingIdx(paddingIdx, numEmbeddings);
        this.maxNorm = maxNorm;
        this.normType = normType;
        this.scaleGradByFreq = scaleGradByFreq;
        Tensor weight = registerParameter("weight", Init.normal_(Tensor.empty(numEmbeddings, embeddingDim)));
        if (this.paddingIdx != null) {
            try (var guard = Autograd.noGrad()) {
                weight.select(0, this.paddingIdx).fill_(0);
            }
        }
    }

    public Embedding(int numEmbeddings, int embeddingDim, Integer paddingIdx) {
        this(numEmbeddings, embeddingDim, paddingIdx, null, 2.0, false);
    }

    public Embedding(int numEmbeddings, int embeddingDim) {
        this(numEmbeddings, embeddingDim, null);
    }

    private static int checkedPaddingIdx(int paddingIdx, int numEmbeddings) {
        if (paddingIdx >= numEmbeddings || paddingIdx < -numEmbeddings) {
            throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
        }
        return paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
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
