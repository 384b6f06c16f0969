package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.BagEntries;
import org.autograd4j.kernels.BagMax;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.Shapes;

/**
 * {@code F.embedding_bag}: the sum, mean or per-column max of the embedding rows of each bag of
 * indices ({@code EmbeddingBagBackward0}). Bags are given by offsets into a 1-D input, or are the
 * rows of a 2-D one. Sum and mean are index-select and index-add, max a gather at each column's
 * argmax; the backward is written with the same differentiable ops.
 */
public final class EmbeddingBag {
    private static final String NODE = "EmbeddingBagBackward0";

    private EmbeddingBag() {
    }

    /**
     * PyTorch's {@code F.embedding_bag(input, weight, offsets, mode=mode, per_sample_weights=...,
     * include_last_offset=..., padding_idx=...)}; offsets null for a 2-D input, perSampleWeights and
     * paddingIdx null for None.
     */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, String mode,
                                      Tensor perSampleWeights, boolean includeLastOffset, Integer paddingIdx) {
        return embeddingBag(input, weight, offsets, null, 2, false, mode, false, perSampleWeights, includeLastOffset,
                paddingIdx);
    }

    /**
     * PyTorch's full {@code F.embedding_bag}, in its argument order: with {@code maxNorm} (null for
     * None) the referenced rows whose {@code normType}-norm exceeds it are rescaled in place first; with
     * {@code scaleGradByFreq} (sum and mean) each entry's gradient is divided by its index's count in
     * the input. Sparse gradients are not supported.
     */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, Double maxNorm, double normType,
                                      boolean scaleGradByFreq, String mode, boolean sparse, Tensor perSampleWeights,
                                      boolean includeLastOffset, Integer paddingIdx) {
        if (perSampleWeights != null && !Arrays.equals(input.shape(), perSampleWeights.shape())) {
            throw new IllegalArgumentException("embedding_bag: If per_sample_weights (torch.Size("
                    + Shapes.str(perSampleWeights.shape()) + ")) is not None, then it must have the same shape as the "
                    + "input (torch.Size(" + Shapes.str(input.shape()) + "))");
        }
        Graph.refuseTangent("_embedding_bag", weight);
        if (perSampleWeights != null) {
            Graph.refuseTangent("_embedding_bag", perSampleWeights);
        }
        if (input.dim() == 2) {
            if (offsets != null) {
                throw new IllegalArgumentException("if input is 2D, then offsets has to be None, as input is treated is "
                        + "a mini-batch of fixed length sequences. However, found offsets of type <class 'torch.Tensor'>");
            }
            offsets = Tensor.arange(0, input.numel(), Math.max(1, input.size(1)));
            input = input.reshape(-1);
            perSampleWeights = perSampleWeights == null ? null : perSampleWeights.reshape(-1);
        } else if (input.dim() == 1) {
            if (offsets == null) {
                throw new IllegalArgumentException("offsets has to be a 1D Tensor but got None");
            }
            if (offsets.dim() != 1) {
                throw new IllegalArgumentException("offsets has to be a 1D Tensor");
            }
        } else {
            throw new IllegalArgumentException("input has to be 1D or 2D Tensor, but got Tensor of dimension "
                    + input.dim());
        }
        if (!mode.equals("sum") && !mode.equals("mean") && !mode.equals("max")) {
            throw new IllegalArgumentException("mode has to be one of sum, mean or max");
        }
        if (mode.equals("max") && scaleGradByFreq) {
            throw new IllegalArgumentException("max mode does not support scaling the gradient by the frequency");
        }
        if (sparse) {
            throw new UnsupportedOperationException("embedding_bag: sparse gradients are not supported");
        }
        if (perSampleWeights != null && !mode.equals("sum")) {
            throw new UnsupportedOperationException("embedding_bag: per_sample_weights was not None. "
                    + "per_sample_weights is only supported for mode='sum' (got mode='" + mode + "'). Please open a "
                    + "feature request on GitHub.");
        }
        Bags bags = new Bags(input, weight, offsets, includeLastOffset, paddingIdx);
        if (maxNorm != null) {
            Embedding.renorm(weight, input.toLongArray(), maxNorm, normType);
        }
        if (mode.equals("max")) {
            return max(weight, bags);
        }
        Tensor frequencyScale = scaleGradByFreq ? bags.inverseFrequencies(input.toLongArray(), weight.dtype()) : null;
        return sum(weight, bags, perSampleWeights, mode.equals("mean"), frequencyScale);
    }

    /**
     * Sum or mean: out[bag] = sum of scale * weight[index] over the bag's kept entries; the weight's
     * gradient rows are scaled by {@code frequencyScale} too when it is not null (one factor per kept entry).
     */
    private static Tensor sum(Tensor weight, Bags bags, Tensor perSampleWeights, boolean mean, Tensor frequencyScale) {
        Tensor scale = bags.scale(mean, perSampleWeights == null ? null : perSampleWeights.detach(), weight.dtype());
        Tensor out = Tensor.zeros(new int[] {bags.count, weight.size(1)}, weight.dtype())
                .indexAdd(0, bags.bag, weight.detach().indexSelect(0, bags.index).mul(scale.unsqueeze(1)));
        Tensor[] inputs = perSampleWeights == null ? new Tensor[] {weight} : new Tensor[] {weight, perSampleWeights};
        int[] weightShape = weight.shape();
        return Graph.record(NODE, out, inputs, ctx -> {
            SavedTensor savedWeight = ctx.save("weight", weight);
            SavedTensor savedScale = perSampleWeights == null ? null : ctx.save("per_sample_weights", perSampleWeights);
            return g -> {
                Tensor perEntry = g.indexSelect(0, bags.bag);
                Tensor s = savedScale == null ? scale : bags.scale(false, savedScale.get(), g.dtype());
                Tensor rowScale = frequencyScale == null ? s : s.mul(frequencyScale);
                Tensor gradWeight = Tensor.zeros(weightShape, g.dtype()).indexAdd(0, bags.index,
                        perEntry.mul(rowScale.unsqueeze(1)));
                Tensor gradScale = savedScale == null || !ctx.needsGrad(1) ? null
                        : Tensor.zeros(new int[] {bags.entries}, g.dtype()).indexAdd(0, bags.position,
                                perEntry.mul(savedWeight.get().indexSelect(0, bags.index)).sum(1));
                return savedScale == null ? new Tensor[] {gradWeight} : new Tensor[] {gradWeight, gradScale};
            };
        });
    }

    /** Max: out[bag, j] = the largest weight[index, j] over the bag's kept entries, 0 for an empty bag. */
    private static Tensor max(Tensor weight, Bags bags) {
        int d = weight.size(1);
        long[] best = BagMax.argmax((double[]) Kernels2d.values(weight, DType.FLOAT64), d, bags.index.toLongArray(),
                bags.start);
        Tensor found = Tensor.of(best, bags.count, d);
        // an empty bag (-1) reads row 0, masked to 0
        Tensor argmax = found.clampMin(0L);
        Tensor mask = found.ge(0L).to(weight.dtype());
        Tensor out = weight.detach().gather(0, argmax).mul(mask);
        int[] weightShape = weight.shape();
        return Graph.record(NODE, out, weight, ctx -> g -> new Tensor[] {
            Tensor.zeros(weightShape, g.dtype()).scatterAdd(0, argmax, g.mul(mask))});
    }

    /** The bags: which entries of the input each holds, padding entries left out, after PyTorch's checks. */
    private static final class Bags {
        final int count;
        final int entries;
        /** Per kept entry: its weight row, its bag, its position in the input. */
        final Tensor index;
        final Tensor bag;
        final Tensor position;
        /** Bag b's kept entries are {@code [start[b], start[b + 1])}. */
        final int[] start;
        private final BagEntries kept;
        private final int rows;

        Bags(Tensor input, Tensor weight, Tensor offsets, boolean includeLastOffset, Integer paddingIdx) {
            requireIndices(input);
            requireIndices(offsets);
            int rows = weight.size(0);
            int pad = paddingIndex(paddingIdx, rows);
            weight.size(1); // a 1-D weight fails here, with PyTorch's message
            long[] idx = input.toLongArray();
            long[] off = offsets.toLongArray();
            entries = idx.length;
            count = includeLastOffset ? off.length - 1 : off.length;
            if (includeLastOffset && off.length < 1) {
                throw new IllegalArgumentException("include_last_offset: number of offset should be at least 1");
            }
            if (off.length > 0 && off[0] != 0) {
                throw new IllegalArgumentException("offsets[0] has to be 0, i.e., the first sequence in the mini-batch "
                        + "has to start from position 0. However, got " + off[0] + "\n[ torch.LongTensor{} ]");
            }
            if (off.length > 0 && off[off.length - 1] > entries) {
                throw new IllegalArgumentException("offsets[-1] can not be greater than input's length " + entries
                        + " but got offsets[-1] of " + off[off.length - 1]);
            }
            int bad = Ranges.firstOutside(idx, 0, rows - 1L);
            if (bad >= 0) {
                throw new IllegalArgumentException("embedding_bag: Expected idx >= 0 && idx < num_embeddings but "
                        + "found idx to be " + idx[bad]);
            }
            kept = BagEntries.keep(idx, off, count, pad);
            start = kept.start();
            index = Tensor.of(kept.index(), kept.index().length);
            bag = Tensor.of(kept.bag(), kept.bag().length);
            position = Tensor.of(kept.position(), kept.position().length);
            this.rows = rows;
        }

        /** Each kept entry's factor: 1 / its bag's size (mean), its per-sample weight, or 1. */
        Tensor scale(boolean mean, Tensor perSampleWeights, DType dtype) {
            if (perSampleWeights != null) {
                return perSampleWeights.indexSelect(0, position);
            }
            double[] factor = kept.factors(mean);
            return Tensor.of(factor, factor.length).to(dtype);
        }

        /** Each kept entry's 1 / (how often its index occurs in {@code input}), scale_grad_by_freq's factor. */
        Tensor inverseFrequencies(long[] input, DType dtype) {
            double[] factor = kept.inverseFrequencies(input, rows);
            return Tensor.of(factor, factor.length).to(dtype);
        }

        private static void requireIndices(Tensor t) {
            if (t.dtype() != DType.INT64) {
                // PyTorch names the indices argument for the offsets too
                throw new IllegalArgumentException("Expected tensor for argument #1 'indices' to have one of the "
                        + "following scalar types: Long, Int; but got torch." + t.dtype().scalarTypeName()
                        + "Tensor instead (while checking arguments for embedding_bag)");
            }
        }

        /** padding_idx wrapped into [0, rows), or -1 (none). */
        private static int paddingIndex(Integer paddingIdx, int rows) {
            if (paddingIdx == null) {
                return -1;
            }
            if (paddingIdx < -rows || paddingIdx >= rows) {
                throw new IllegalArgumentException("padding_idx must be within the number of embeddings, -" + rows
                        + " through " + (rows - 1) + ", but got " + paddingIdx);
            }
            return paddingIdx < 0 ? paddingIdx + rows : paddingIdx;
        }
    }
}
