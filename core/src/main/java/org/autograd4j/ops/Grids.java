package org.autograd4j.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.kernels.TrianglePositions;
import org.autograd4j.tensor.Shapes;

/**
 * Tensors built over grids of indices: {@code meshgrid}, {@code cartesian_prod}, {@code combinations},
 * {@code tril_indices}/{@code triu_indices} and {@code vander}. The differentiable ones are PyTorch's
 * compositions (view, expand, masked_select, stack, cumprod, flip), so they record those nodes.
 */
public final class Grids {
    private Grids() {
    }

    /**
     * {@code torch.meshgrid(tensors, indexing)}: each 0-d or 1-d tensor viewed along its own axis and expanded to
     * the grid; "xy" swaps the first two axes (Cartesian indexing), "ij" keeps them (matrix indexing).
     */
    public static List<Tensor> meshgrid(String indexing, List<Tensor> tensors) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("meshgrid expects a non-empty TensorList");
        }
        for (Tensor t : tensors) {
            if (t.dim() > 1) {
                throw new IllegalArgumentException("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: "
                        + t);
            }
            if (t.dtype() != tensors.get(0).dtype()) {
                throw new IllegalArgumentException("meshgrid expects all tensors to have the same dtype");
            }
        }
        if (!indexing.equals("xy") && !indexing.equals("ij")) {
            throw new IllegalArgumentException("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: "
                    + indexing);
        }
        boolean swap = indexing.equals("xy") && tensors.size() >= 2;
        List<Tensor> ordered = new ArrayList<>(tensors);
        if (swap) {
            ordered.set(0, tensors.get(1));
            ordered.set(1, tensors.get(0));
        }
        int[] grid = ordered.stream().mapToInt(Tensor::numel).toArray();
        List<Tensor> grids = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            int[] axis = new int[grid.length];
            Arrays.fill(axis, 1);
            axis[i] = -1;
            grids.add(ordered.get(i).view(axis).expand(grid));
        }
        if (swap) {
            Tensor first = grids.get(0);
            grids.set(0, grids.get(1));
            grids.set(1, first);
        }
        return grids;
    }

    /** {@code torch.cartesian_prod}: the rows of all combinations of one element per 1-d tensor, in order. */
    public static Tensor cartesianProd(List<Tensor> tensors) {
        for (Tensor t : tensors) {
            requireVector(t);
        }
        if (tensors.size() == 1) {
            return tensors.get(0);
        }
        return Tensor.stack(meshgrid("ij", tensors).stream().map(Tensor::flatten).toList(), 1);
    }

    /**
     * {@code torch.combinations(input, r, with_replacement)}: the rows of r elements at increasing positions
     * (non-decreasing with replacement), as PyTorch: meshgrid, masked_select by the position order, stack.
     */
    public static Tensor combinations(Tensor x, int r, boolean withReplacement) {
        requireVector(x);
        if (r < 0) {
            throw new IllegalArgumentException("Expect a non-negative number, but got " + r);
        }
        if (r == 0) {
            return Tensor.empty(new int[] {0}, x.dtype());
        }
        int n = x.numel();
        // PyTorch builds the whole r-dimensional grid of n^r positions (r of them per position) and masks it
        if (Math.pow(n, r) * r > Shapes.MAX_ELEMENTS || (n == 0 && r > Shapes.MAX_ELEMENTS / 2)) {
            if (n == 0 || (r > n && !withReplacement)) {
                return Tensor.empty(new int[] {0, r}, x.dtype()); // no combination, and no grid to build
            }
            throw new IllegalArgumentException("combinations: a grid of " + n + "^" + r + " positions is more than one "
                    + "Java array can hold (" + Shapes.MAX_ELEMENTS + ")");
        }
        Tensor mask = orderedPositions(n, r, withReplacement);
        List<Tensor> columns = meshgrid("ij", java.util.Collections.nCopies(r, x)).stream()
                .map(grid -> grid.maskedSelect(mask)).toList();
        return Tensor.stack(columns, 1);
    }

    /** The mask over an r-dim grid of positions that are increasing (or non-decreasing) along the dims. */
    private static Tensor orderedPositions(int n, int r, boolean withReplacement) {
        int[] shape = new int[r];
        Arrays.fill(shape, n);
        return Tensor.of(TrianglePositions.ordered(n, r, Shapes.numel(shape), withReplacement), shape);
    }

    private static void requireVector(Tensor t) {
        if (t.dim() != 1) {
            throw new IllegalArgumentException("Expect a 1D vector, but got shape " + Shapes.str(t.shape()));
        }
    }

    /** {@code torch.tril_indices(row, col, offset)}: [2, N] int64 coordinates of the lower triangle, row by row. */
    public static Tensor trilIndices(int rows, int cols, int offset) {
        return triangleIndices(rows, cols, offset, true);
    }

    /** {@code torch.triu_indices(row, col, offset)}: [2, N] int64 coordinates of the upper triangle, row by row. */
    public static Tensor triuIndices(int rows, int cols, int offset) {
        return triangleIndices(rows, cols, offset, false);
    }

    private static Tensor triangleIndices(int rows, int cols, int offset, boolean lower) {
        if (rows < 0) {
            throw new IllegalArgumentException("row must be non-negative, got" + rows);
        }
        if (cols < 0) {
            throw new IllegalArgumentException("col must be non-negative, got" + cols);
        }
        long shift = lower ? (long) offset + 1 : offset;
        long outside = clampedSum(shift, shift + rows - 1, cols);
        long count = lower ? outside : (long) rows * cols - outside;
        int n = Shapes.storableLength(count);
        Shapes.storableLength(2L * n);
        return Tensor.of(TrianglePositions.coordinates(rows, cols, shift, lower, n), 2, n);
    }

    /** The sum of clamp(a, 0, cols) over a in [lo, hi]: the row widths of a triangle, in closed form. */
    private static long clampedSum(long lo, long hi, int cols) {
        long from = Math.max(lo, 0);
        long to = Math.min(hi, cols);
        long rising = from <= to ? (from + to) * (to - from + 1) / 2 : 0;
        long saturated = Math.max(0, hi - Math.max(lo, cols + 1L) + 1);
        return rising + saturated * cols;
    }

    /**
     * {@code torch.vander(x, N, increasing)}: columns of powers of x, {@code x^(N-1) ... x^0} (or increasing); the
     * powers are a cumulative product, as PyTorch computes them, in x's dtype promoted with int64.
     */
    public static Tensor vander(Tensor x, Integer columns, boolean increasing) {
        if (x.dim() != 1) {
            throw new IllegalArgumentException("x must be a one-dimensional tensor.");
        }
        int n = columns == null ? x.size(0) : columns;
        if (n < 0) {
            throw new IllegalArgumentException("N must be non-negative.");
        }
        DType dtype = DType.promote(x.dtype(), DType.INT64);
        int m = x.size(0);
        Tensor powers = Tensor.ones(new int[] {m, Math.min(n, 1)}, dtype);
        if (n > 1) {
            Tensor higher = x.to(dtype).unsqueeze(1).expand(m, n - 1).cumprod(1);
            powers = Tensor.cat(List.of(powers, higher), 1);
        }
        return increasing ? powers : powers.flip(1);
    }
}
