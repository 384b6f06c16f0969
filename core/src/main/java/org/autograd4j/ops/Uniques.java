package org.autograd4j.ops;

import java.util.Arrays;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.UniqueResult;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.StableSort;
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
        return slices.grouped(slices.sortedOrder(), returnInverse, returnCounts);
    }

    /** The first element (or slice) of each run of equal consecutive ones, with inverse and counts if asked. */
    public static UniqueResult uniqueConsecutive(Tensor x, Integer dim, boolean returnInverse, boolean returnCounts) {
        Graph.refuseTangent("unique_consecutive", x);
        Slices slices = new Slices(x, dim);
        int[] inputOrder = new int[slices.keys.length];
        for (int i = 0; i < inputOrder.length; i++) {
            inputOrder[i] = i;
        }
        return slices.grouped(inputOrder, returnInverse, returnCounts);
    }

    /** A tensor seen as slices along a dim (or as its elements), each slice's elements as sort keys. */
    private static final class Slices {
        final Tensor x;
        final Integer dim;
        /** keys[s][j]: element j of slice s as a key comparing as the element does ({@code -0.0} as {@code 0.0}). */
        final long[][] keys;
        final boolean[] holdsNaN;

        Slices(Tensor x, Integer dim) {
            this.x = x.detach();
            if (dim != null && x.dim() == 0) {
                throw new IndexOutOfBoundsException("Dimension specified as " + dim + " but tensor has no dimensions");
            }
            this.dim = dim == null ? null : Shapes.wrapDim(dim, x.dim());
            int n = this.dim == null ? x.numel() : x.shape()[this.dim];
            int m = this.dim == null ? 1 : otherElements(x.shape(), this.dim);
            Tensor rows = this.dim == null ? this.x.reshape(n, 1) : this.x.movedim(this.dim, 0).reshape(n, m);
            long[] flat = flatKeys(rows);
            boolean[] nan = x.dtype().isFloatingPoint() ? rows.isnan().toBooleanArray() : new boolean[n * m];
            keys = new long[n][];
            holdsNaN = new boolean[n];
            for (int s = 0; s < n; s++) {
                keys[s] = Arrays.copyOfRange(flat, s * m, s * m + m);
                for (int j = 0; j < m; j++) {
                    holdsNaN[s] |= nan[s * m + j];
                }
            }
        }

        /** How many elements each slice along {@code dim} holds. */
        private static int otherElements(int[] shape, int dim) {
            int count = 1;
            for (int i = 0; i < shape.length; i++) {
                count *= i == dim ? 1 : shape[i];
            }
            return count;
        }

        private static long[] flatKeys(Tensor rows) {
            if (!rows.dtype().isFloatingPoint()) {
                return rows.to(DType.INT64).contiguous().toLongArray();
            }
            double[] values = rows.contiguous().toDoubleArray();
            long[] out = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = StableSort.key(values[i]);
            }
            return out;
        }

        /** The slices in lexicographic order, ties in input order: stable sorts from the last column to the first. */
        int[] sortedOrder() {
            int n = keys.length;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int m = n == 0 ? 0 : keys[0].length;
            for (int j = m - 1; j >= 0; j--) {
                long[] column = new long[n];
                for (int i = 0; i < n; i++) {
                    column[i] = keys[order[i]][j];
                }
                int[] byColumn = StableSort.order(column);
                int[] next = new int[n];
                for (int i = 0; i < n; i++) {
                    next[i] = order[byColumn[i]];
                }
                order = next;
            }
            return order;
        }

        /** Groups the slices visited in {@code order} into runs of equal ones, a slice holding NaN equal to none. */
        UniqueResult grouped(int[] order, boolean returnInverse, boolean returnCounts) {
            int n = keys.length;
            long[] firsts = new long[n];
            long[] counts = new long[n];
            long[] inverse = new long[n];
            int groups = 0;
            for (int i = 0; i < n; i++) {
                int at = order[i];
                if (i == 0 || !equal(at, order[i - 1])) {
                    firsts[groups++] = at;
                }
                counts[groups - 1]++;
                inverse[at] = groups - 1;
            }
            Tensor firstIndices = Tensor.of(Arrays.copyOf(firsts, groups), groups);
            Tensor values = dim == null ? x.reshape(-1).indexSelect(0, firstIndices) : x.indexSelect(dim, firstIndices);
            return new UniqueResult(values,
                    returnInverse ? Tensor.of(inverse, dim == null ? x.shape() : new int[] {n}) : null,
                    returnCounts ? Tensor.of(Arrays.copyOf(counts, groups), groups) : null);
        }

        private boolean equal(int a, int b) {
            return !holdsNaN[a] && !holdsNaN[b] && Arrays.equals(keys[a], keys[b]);
        }
    }
}
