package org.autograd4j.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;

/**
 * {@code torch.affine_grid_generator}: the sampling grid of a batch of 2-D (N x 2 x 3) or 3-D
 * (N x 3 x 4) affine matrices, {@code base_grid @ theta^T} where the base grid holds each output
 * position's normalised coordinates (x, y[, z], 1). Its backward, {@code base_grid^T @ grad}, is
 * written with differentiable ops.
 */
public final class AffineGrid {
    private AffineGrid() {
    }

    /** {@code torch.affine_grid_generator(theta, size, align_corners)}: [N, H, W, 2] or [N, D, H, W, 3]. */
    public static Tensor affineGrid(Tensor theta, int[] size, boolean alignCorners) {
        check(theta, size);
        int spatial = size.length - 2;
        int n = size[0];
        Tensor base = baseGrid(Arrays.copyOfRange(size, 2, size.length), alignCorners, theta.dtype()); // [P, k + 1]
        int[] shape = new int[spatial + 2];
        shape[0] = n;
        System.arraycopy(size, 2, shape, 1, spatial);
        shape[spatial + 1] = spatial;
        Tensor grid = base.matmul(theta.detach().transpose(1, 2)).reshape(shape);
        return Graph.record("AffineGridGeneratorBackward0", grid, theta, ctx -> g -> new Tensor[] {
            base.transpose(0, 1).matmul(g.reshape(n, base.size(0), spatial)).transpose(1, 2)});
    }

    /** F.affine_grid's checks, with its messages (sizes printed as Python lists, theta's shape as torch.Size). */
    private static void check(Tensor theta, int[] size) {
        if (!theta.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("Expected theta to have floating point type, but got "
                    + theta.dtype().torchName());
        }
        String sizes = Arrays.toString(size);
        if (size.length != 4 && size.length != 5) {
            throw new UnsupportedOperationException("affine_grid only supports 4D and 5D sizes, for 2D and 3D affine "
                    + "transforms, respectively. Got size " + sizes + ".");
        }
        int k = size.length - 2;
        if (theta.dim() != 3 || theta.size(-2) != k || theta.size(-1) != k + 1) {
            throw new IllegalArgumentException("Expected a batch of " + k + "D affine matrices of shape Nx" + k + "x"
                    + (k + 1) + " for size " + sizes + ". Got torch.Size(" + Arrays.toString(theta.shape()) + ").");
        }
        for (int i = 2; i < size.length; i++) {
            if (size[i] <= 0) {
                throw new IllegalArgumentException("Expected non-zero, positive output size. Got " + sizes);
            }
        }
    }

    /**
     * [positions, k + 1]: for each output position in row-major order its coordinates x (last
     * dimension), y, z (first), each from -1 to 1, then 1.
     */
    private static Tensor baseGrid(int[] spatialSize, boolean alignCorners, DType dtype) {
        int k = spatialSize.length;
        List<Tensor> columns = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int axis = k - 1 - c; // x runs along the last dimension
            int steps = spatialSize[axis];
            int[] along = new int[k];
            Arrays.fill(along, 1);
            along[axis] = steps;
            columns.add(positions(steps, alignCorners, dtype).reshape(along).expand(spatialSize).reshape(-1));
        }
        columns.add(Tensor.ones(new int[] {columns.get(0).size(0)}, dtype));
        return Tensor.stack(columns, 1);
    }

    /** PyTorch's linspace_from_neg_one: -1 to 1 (pixel centres scaled in without alignCorners), or 0 for one step. */
    private static Tensor positions(int steps, boolean alignCorners, DType dtype) {
        if (steps <= 1) {
            return Tensor.zeros(new int[] {steps}, dtype);
        }
        Tensor range = Tensor.linspace(-1, 1, steps, dtype);
        return alignCorners ? range : range.mul(steps - 1).div(steps);
    }
}
