package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.EmbeddingRows;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.Shapes;

/** embedding (a row lookup, node {@code EmbeddingBackward0}) and one_hot. */
public final class Embedding {
    private Embedding() {
    }

    /**
     * Rows of {@code weight} at {@code indices} (any shape of int64), giving {@code indices.shape + [dim]}.
     * No gradient reaches row {@code paddingIdx} (null for none; negative counts from the end).
     * With {@code maxNorm}, referenced rows whose {@code normType}-norm exceeds it are rescaled in
     * place first; with {@code scaleGradByFreq} each row's gradient is divided by its count in the batch.
     */
    public static Tensor embedding(Tensor indices, Tensor weight, Integer paddingIdx, Double maxNorm, double normType,
            boolean scaleGradByFreq, boolean sparse) {
        if (indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException("Expected tensor for argument #1 'indices' to have one of the following "
                    + "scalar types: Long, Int; but got " + indices.typeName() + " instead (while checking arguments for "
                    + "embedding)");
        }
        if (weight.dim() != 2) {
            throw new IllegalArgumentException("'weight' must be 2-D");
        }
        if (sparse) {
            throw new UnsupportedOperationException("embedding: sparse gradients are not supported");
        }
        int rows = weight.size(0);
        long pad = -1;
        if (paddingIdx != null) {
            if (paddingIdx >= rows || paddingIdx < -rows) {
                throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
            }
            pad = paddingIdx < 0 ? paddingIdx + rows : paddingIdx;
        }
        long[] idx = indices.toLongArray();
        if (Ranges.firstOutside(idx, 0, rows - 1L) >= 0) {
            throw new IndexOutOfBoundsException("index out of range in self");
        }
        if (maxNorm != null) {
            renorm(weight, idx, maxNorm, normType);
        }
        double[] scale = EmbeddingRows.gradientScales(idx, pad, scaleGradByFreq, rows);
        int[] outShape = Arrays.copyOf(indices.shape(), indices.dim() + 1);
        outShape[indices.dim()] = weight.size(1);
        return recordLookup(gatherRows(weight.detach(), idx, null, outShape), weight, idx, scale);
    }

    /** Records a row lookup in {@code w} (node {@code EmbeddingBackward0}); the gradient rows are scaled by {@code scale}. */
    private static Tensor recordLookup(Tensor out, Tensor w, long[] idx, double[] scale) {
        int rows = w.size(0);
        return Graph.record("EmbeddingBackward0", out, w, ctx -> {
            ctx.forward(t -> rowsOf(t[0], idx, scale, out.shape()));
            return g -> new Tensor[] {denseBackward(g, idx, scale, rows)};
        });
    }

    /** {@code out[k, :] = w[idx[k], :] * (scale == null ? 1 : scale[k])}, shaped {@code outShape}. */
    private static Tensor gatherRows(Tensor w, long[] idx, double[] scale, int[] outShape) {
        double[] out = EmbeddingRows.gather(w.toDoubleArray(), w.size(1), idx, scale);
        return Tensor.of(out, outShape).to(w.dtype());
    }

    /** The weight gradient: rows of g (times scale) summed into their index rows; differentiable in g. */
    private static Tensor denseBackward(Tensor g, long[] idx, double[] scale, int rows) {
        int dim = g.size(-1);
        double[] out = EmbeddingRows.scatterAdd(g.toDoubleArray(), dim, idx, scale, rows);
        Tensor grad = Tensor.of(out, rows, dim).to(g.dtype());
        int[] gShape = g.shape();
        return Graph.record("EmbeddingDenseBackwardBackward0", grad, g, ctx -> {
            ctx.forward(t -> denseBackward(t[0], idx, scale, rows));
            return gg -> new Tensor[] { rowsOf(gg, idx, scale, gShape)};
        });
    }

    /** Differentiable row lookup used as the backward of {@link #denseBackward}. */
    private static Tensor rowsOf(Tensor w, long[] idx, double[] scale, int[] outShape) {
        return recordLookup(gatherRows(w.detach(), idx, scale, outShape), w, idx, scale);
    }

    /** {@code embedding_renorm_}: rows {@code idx} whose norm exceeds maxNorm scaled to it, in place, unrecorded. */
    static void renorm(Tensor weight, long[] idx, double maxNorm, double normType) {
        try (GradMode.Guard g = GradMode.set(false)) {
            for (long i : Arrays.stream(idx).distinct().toArray()) {
                Tensor row = weight.select(0, (int) i);
                double norm = Math.pow(row.to(DType.FLOAT64).abs().pow(normType).sum().item(), 1 / normType);
                if (norm > maxNorm) {
                    row.mul_(maxNorm / (norm + 1e-7));
                }
            }
        }
    }

    /** {@code one_hot}: int64 {@code (*, numClasses)}; {@code numClasses = -1} uses {@code max + 1}. */
    public static Tensor oneHot(Tensor tensor, int numClasses) {
        if (tensor.dtype() != DType.INT64) {
            throw new IllegalArgumentException("one_hot is only applicable to index tensor.");
        }
        long[] v = tensor.toLongArray();
        if (Ranges.firstOutside(v, 0, Long.MAX_VALUE) >= 0) {
            throw new IllegalArgumentException("Class values must be non-negative.");
        }
        long max = Ranges.max(v);
        long classes = numClasses;
        if (classes == -1) {
            if (v.length == 0) {
                throw new IllegalArgumentException("Can not infer total number of classes from empty tensor.");
            }
            classes = max + 1;
        } else if (max >= classes) {
            throw new IllegalArgumentException("Class values must be smaller than num_classes.");
        }
        int[] shape = Arrays.copyOf(tensor.shape(), tensor.dim() + 1);
        // a class count past an int cannot be a dimension; storableLength refuses it with the array limit
        shape[tensor.dim()] = classes <= Integer.MAX_VALUE ? (int) classes : Shapes.storableLength(classes);
        long[] out = new long[Shapes.numel(shape)];
        EmbeddingRows.oneHot(v, shape[tensor.dim()], out);
        return Tensor.of(out, shape);
    }
}
