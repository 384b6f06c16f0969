package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.List;
import java.util.Locale;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.ScatterReductions;
import org.autograd4j.tensor.Shapes;

/**
 * Scatters that reduce what lands on one place: {@code scatter_reduce} and {@code index_reduce} with "sum",
 * "prod", "mean", "amax", "amin" (index_reduce has no "sum"; that is index_add), with or without the
 * target's own value ({@code include_self}). Values combine in index order, in the target's precision; amax and
 * amin propagate NaN. The gradients are PyTorch's ({@code scatter_reduce_backward}): prod divides out each factor
 * (an exact exclusive product where one zero is scattered to a place), amax/amin share the gradient evenly among
 * tied maxima, mean divides by the count. int64 reduces exactly (its mean rounds down, as PyTorch's); bool is not
 * supported.
 */
public final class ReducingScatters {
    private static final List<String> SCATTER_REDUCTIONS = List.of("sum", "prod", "mean", "amax", "amin");

    private ReducingScatters() {
    }

    /** {@code x.scatter_reduce(dim, index, src, reduce, include_self)} ({@code ScatterReduceBackward0}). */
    public static Tensor scatterReduce(Tensor x, int dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
        if (!SCATTER_REDUCTIONS.contains(reduce)) {
            throw new IllegalArgumentException("reduce argument must be either sum, prod, mean, amax or amin.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        Tensor out = reduceForward(x, d, index, src, reduce, includeSelf, "scatter_reduce");
        return record("ScatterReduceBackward0", out, x, d, index, src, reduce, includeSelf, true);
    }

    /**
     * {@code x.index_reduce(dim, index, source, reduce, include_self)}: slice i of {@code source} along dim reduced
     * into slice {@code index[i]} of x ({@code IndexReduceBackward0}); the scatter of the index spread over source.
     */
    public static Tensor indexReduce(Tensor x, int dim, Tensor index, Tensor source, String reduce, boolean includeSelf) {
        if (!SCATTER_REDUCTIONS.contains(reduce) || reduce.equals("sum")) {
            throw new IllegalArgumentException("index_reduce(): Expected reduce to be one of prod, mean, amax or amin "
                    + "but got " + reduce + ".");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (index.dim() > 1) {
            throw new IndexOutOfBoundsException("index_reduce_(): Index is supposed to be a vector");
        }
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException("index_reduce_(): Expected dtype int64 for index");
        }
        int sourceSize = source.dim() == 0 ? 1 : source.size(d);
        if (index.numel() != sourceSize) {
            throw new IllegalArgumentException("index_reduce_(): Number of indices (" + index.numel()
                    + ") should be equal to source.size(dim) (" + sourceSize + ")");
        }
        int[] along = new int[Math.max(source.dim(), 1)];
        java.util.Arrays.fill(along, 1);
        along[d] = -1;
        Tensor spread = index.reshape(along).expand(source.dim() == 0 ? new int[] {1} : source.shape()).contiguous();
        Tensor out = reduceForward(x, d, spread, source, reduce, includeSelf, "index_reduce");
        // no forward formula: PyTorch 1.13 has none for index_reduce
        return record("IndexReduceBackward0", out, x, d, spread, source, reduce, includeSelf, false);
    }

    private static Tensor reduceForward(Tensor x, int d, Tensor index, Tensor src, String reduce, boolean includeSelf,
            String op) {
        long[] idx = IndexLayouts.indexValues(index, op + "(): Expected dtype int64 for index");
        if (src.dtype() != x.dtype()) {
            throw new IllegalArgumentException(op + "(): Expected self.dtype to be equal to src.dtype");
        }
        if (x.dtype() == DType.BOOL) {
            throw new UnsupportedOperationException(op + " of torch.bool tensors is not implemented");
        }
        Gathering.checkIndexShape(x, d, index, src);
        Tensor out = Copying.convert(x, x.dtype());
        int[] to = Gathering.elementOffsets(out, d, rawShape(index), idx);
        int[] from = IndexLayouts.offsets(src, rawShape(index));
        ScatterReductions.reduce(storage(src).array(), from, storage(out).array(), to,
                ScatterReductions.Reduction.valueOf(reduce.toUpperCase(Locale.ROOT)), includeSelf);
        return out;
    }

    /** Records the node, with a forward formula if {@code forwardMode}. */
    private static Tensor record(String node, Tensor out, Tensor x, int d, Tensor index, Tensor src, String reduce,
            boolean includeSelf, boolean forwardMode) {
        return Graph.record(node, out, x, src, ctx -> {
            if (forwardMode) {
                ctx.forward(t -> tangent(t, x, d, index, src, out, reduce, includeSelf));
            }
            SavedTensor self = ctx.save("self", x);
            SavedTensor source = ctx.save(node.startsWith("Index") ? "source" : "src", src);
            SavedTensor result = ctx.save("result", out);
            return g -> localGradients(g, self.get(), d, index, source.get(), result.get(), reduce, includeSelf);
        });
    }

    /**
     * Each element of self and of src lands in exactly one output element, so the output's tangent is each
     * element's tangent times its local derivative (the gradient at g = 1), scattered and added where it lands.
     * For sum and mean this is the op on the tangents; for amax and amin, as PyTorch's {@code scatter_reduce_jvp},
     * ties share the tangent evenly. PyTorch 1.13 leaves prod's tangent undefined (a silent zero); it is exact here.
     */
    private static Tensor tangent(Tensor[] t, Tensor x, int d, Tensor index, Tensor src, Tensor out, String reduce,
            boolean includeSelf) {
        Tensor[] local = localGradients(Tensor.onesLike(out), x, d, index, src, out, reduce, includeSelf);
        return local[0].mul(Tangents.orZeros(t[0], x)).scatterAdd(d, index, local[1].mul(Tangents.orZeros(t[1], src)));
    }

    /** The backward formula: the gradients to self (zero where self is left out) and to src. */
    private static Tensor[] localGradients(Tensor g, Tensor self, int d, Tensor index, Tensor src, Tensor result,
            String reduce, boolean includeSelf) {
        Tensor[] grads = backward(g, self, d, index, src, result, reduce, includeSelf);
        if (!includeSelf) {
            grads[0] = grads[0].scatter(d, index, 0);
        }
        return grads;
    }

    /** PyTorch's scatter_reduce_backward: {gradient to self, gradient to src}. */
    private static Tensor[] backward(Tensor g, Tensor self, int d, Tensor index, Tensor src, Tensor result,
            String reduce, boolean includeSelf) {
        switch (reduce) {
            case "prod": return prodBackward(g, self, d, index, src, result, includeSelf);
            case "mean": {
                Tensor start = includeSelf ? Tensor.onesLike(g) : Tensor.zerosLike(g);
                Tensor n = start.scatterAdd(d, index, Tensor.onesLike(src));
                Tensor count = Prims.noGrad(() -> n.maskedFill(n.eq(0), 1));
                return new Tensor[] {g.div(count), g.gather(d, index).div(count.gather(d, index))};
            }
            case "amax":
            case "amin": {
                Tensor value = result.gather(d, index);
                Tensor selfIsResult = self.eq(result).to(self.dtype());
                Tensor srcIsResult = src.eq(value).to(self.dtype());
                Tensor shared = g.div(selfIsResult.scatterAdd(d, index, srcIsResult));
                return new Tensor[] {shared.mul(selfIsResult), shared.gather(d, index).mul(srcIsResult)};
            }
            default:
                return new Tensor[] {g, g.gather(d, index)};
        }
    }

    /** prod: the product divided by each factor, with zeros masked so a single scattered zero still gets its share. */
    private static Tensor[] prodBackward(Tensor g, Tensor self, int d, Tensor index, Tensor src, Tensor result,
            boolean includeSelf) {
        Tensor maskedSelf = self.maskedFill(self.eq(0), 1);
        Tensor maskedSelfResult = maskedSelf.scatterReduce(d, index, src, "prod", includeSelf);
        Tensor gradSelf = g.mul(maskedSelfResult).div(maskedSelf);
        Tensor srcZero = src.eq(0);
        Tensor zerosPerPlace = Tensor.zerosLike(self).scatterAdd(d, index, srcZero.to(self.dtype())).gather(d, index);
        Tensor singleZero = srcZero.logicalAnd(zerosPerPlace.eq(1));
        Tensor maskedSrcResult = self.scatterReduce(d, index, src.maskedFill(singleZero, 1), "prod", includeSelf);
        Tensor gradSrc = Tensor.where(singleZero, g.mul(maskedSrcResult).gather(d, index),
                g.mul(result).gather(d, index).div(src.maskedFill(srcZero, 1)));
        return new Tensor[] {gradSelf, gradSrc};
    }
}
