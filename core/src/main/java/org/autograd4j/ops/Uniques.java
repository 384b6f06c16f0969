package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.UniqueResult;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.ElementOffsets;
import org.autograd4j.kernels.SliceGroups;
import org.autograd4j.tensor.Shapes;

/**
 * {@code unique} and {@code uniqueConsecutive}, of all elements ({@code dim} null, PyTorch's
 * {@code dim=None}) or of the slices along {@code dim}: both group runs of equal elements (or
 * slices), {@code unique} in sorted (lexicographic) order, {@code uniqueConsecutive} in input
 * order. {@code -0.0} equals {@code 0.0} (the first one met is kept) and an element or slice
 * holding NaN equals nothing, so it stands alone, sorted after equal prefixes. The results are not
 * differentiable.
 */
public final class Uniques {
    private Uniques() {
    }

    /** The distinct elements (or slices along {@code dim}) in ascending order, with inverse and counts if asked. */
    public static UniqueResult unique(Tensor x, Integer dim, boolean returnInverse, boolean returnCounts) {
        Graph.refuseTangent(dim == null ? "_unique2" : "unique_dim", x);
        Slices slices = new Slices(x, dim);
        return slices.grouped(slices.groups.sortedOrder(), returnInverse, returnCounts);
    }

    /** The first element (or slice) of each run of equal consecutive ones, with inverse and counts if asked. */
    public static UniqueResult uniqueConsecutive(Tensor x, Integer dim, boolean returnInverse, boolean returnCounts) {
        Graph.refuseTangent("unique_consecutive", x);
        Slices slices = new Slices(x, dim);
        return slices.grouped(ElementOffsets.contiguous(slices.n), returnInverse, returnCounts);
    }

    /** A tensor seen as slices along a dim (or as its elements), grouped by {@code kernels.SliceGroups}. */
    private static final class Slices {
        final Tensor x;
        final Integer dim;
        final int n;
        final SliceGroups groups;

        Slices(Tensor x, Integer dim) {
            this.x = x.detach();
            if (dim != null && x.dim() == 0) {
                throw new IndexOutOfBoundsException("Dimension specified as " + dim + " but tensor has no dimensions");
            }
            this.dim = dim == null ? null : Shapes.wrapDim(dim, x.dim());
            n = this.dim == null ? x.numel() : x.shape()[this.dim];
            int m = this.dim == null ? 1 : otherElements(x.shape(), this.dim);
            Tensor rows = this.dim == null ? this.x.reshape(n, 1) : this.x.movedim(this.dim, 0).reshape(n, m);
            Object values = x.dtype().isFloatingPoint() ? rows.contiguous().toDoubleArray()
                    : rows.to(DType.INT64).contiguous().toLongArray();
            groups = new SliceGroups(values, n, m);
        }

        /** How many elements each slice along {@code dim} holds. */
        private static int otherElements(int[] shape, int dim) {
            int count = 1;
            for (int i = 0; i < shape.length; i++) {
                count *= i == dim ? 1 : shape[i];
            }
            return count;
        }

        /** Groups the slices visited in {@code order} into runs of equal ones, a slice holding NaN equal to none. */
        UniqueResult grouped(int[] order, boolean returnInverse, boolean returnCounts) {
            SliceGroups.Groups runs = groups.group(order);
            int count = runs.firsts().length;
            Tensor firstIndices = Tensor.of(runs.firsts(), count);
            Tensor values = dim == null ? x.reshape(-1).indexSelect(0, firstIndices) : x.indexSelect(dim, firstIndices);
            return new UniqueResult(values,
                    returnInverse ? Tensor.of(runs.inverse(), dim == null ? x.shape() : new int[] {n}) : null,
                    returnCounts ? Tensor.of(runs.counts(), count) : null);
        }
    }
}
