package org.autograd4j.ops;

import java.util.Arrays;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.GridSampler;
import org.autograd4j.tensor.Shapes;

/**
 * {@code F.grid_sample} of 4-D inputs ({@code GridSampler2DBackward0}) and of 5-D, volumetric ones
 * ({@code GridSampler3DBackward0}). Its backward computes both gradients in one kernel pass and, as
 * in PyTorch 1.13, is not itself differentiable.
 */
public final class GridSampling {
    private static final List<String> MODES = List.of("bilinear", "nearest", "bicubic");
    private static final List<String> PADDINGS = List.of("zeros", "border", "reflection");
    /** The nodes of the 2-D and 3-D samplers and of their backward passes. */
    private static final String[] NODES = {"GridSampler2DBackward0", "GridSampler3DBackward0"};
    private static final String[] BACKWARD_NODES = {"GridSampler2DBackwardBackward0",
        "GridSampler3DBackwardBackward0"};

    private GridSampling() {
    }

    /**
     * {@code F.grid_sample(input, grid, mode, padding_mode, align_corners)}: input [N, C, H, W] with grid
     * [N, OH, OW, 2], or input [N, C, D, H, W] with grid [N, OD, OH, OW, 3] (where bilinear is trilinear
     * and bicubic is refused, as in PyTorch).
     */
    public static Tensor gridSample(Tensor input, Tensor grid, String mode, String paddingMode, boolean alignCorners) {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' "
                    + "or 'bicubic', but got: '" + mode + "'");
        }
        if (!PADDINGS.contains(paddingMode)) {
            throw new IllegalArgumentException("nn.functional.grid_sample(): expected padding_mode to be 'zeros', "
                    + "'border', or 'reflection', but got: '" + paddingMode + "'");
        }
        check(input, grid, mode);
        int dims = input.dim() - 2;
        Graph.refuseTangent("grid_sampler_" + dims + "d", input);
        Graph.refuseTangent("grid_sampler_" + dims + "d", grid);
        int[] outShape = new int[dims + 2];
        outShape[0] = input.size(0);
        outShape[1] = input.size(1);
        System.arraycopy(grid.shape(), 1, outShape, 2, dims);
        GridSampler kernel = new GridSampler(input.shape(), Shapes.numel(Arrays.copyOfRange(outShape, 2, dims + 2)),
                MODES.indexOf(mode), PADDINGS.indexOf(paddingMode), alignCorners);
        Tensor result = tensor(kernel.forward(doubles(input), doubles(grid)), outShape, input.dtype());
        return Graph.record(NODES[dims - 2], result, input, grid, ctx -> {
            SavedTensor savedInput = ctx.save(input);
            SavedTensor savedGrid = ctx.save(grid);
            return g -> {
                Tensor[] operands = {g, savedInput.get(), savedGrid.get()};
                double[][] grads = kernel.backward(doubles(operands[1]), doubles(operands[2]), doubles(g));
                return new Tensor[] {
                    notDifferentiable(tensor(grads[0], input.shape(), input.dtype()), operands, dims),
                    notDifferentiable(tensor(grads[1], grid.shape(), grid.dtype()), operands, dims)};
            };
        });
    }

    /**
     * A gradient whose own gradient PyTorch does not define: recorded (when any operand requires grad)
     * so that a second backward through it fails with PyTorch's message instead of giving zero.
     */
    private static Tensor notDifferentiable(Tensor gradient, Tensor[] operands, int dims) {
        return Graph.record(BACKWARD_NODES[dims - 2], gradient, operands, ctx -> gg -> {
            throw new UnsupportedOperationException("derivative for aten::grid_sampler_" + dims
                    + "d_backward is not implemented");
        });
    }

    /** PyTorch's checks, in its order: the common ones, the 2-D or 3-D ones, then the kernel's dtype check. */
    private static void check(Tensor input, Tensor grid, String mode) {
        String sizes = "input with sizes " + Shapes.str(input.shape()) + " and grid with sizes " + Shapes.str(grid.shape());
        if (input.dim() == 0 || grid.dim() == 0 || input.size(0) != grid.size(0)) {
            throw new IllegalArgumentException("grid_sampler(): expected grid and input to have same batch size, but "
                    + "got " + sizes);
        }
        if (grid.size(-1) != input.dim() - 2) {
            throw new IllegalArgumentException("grid_sampler(): expected grid to have size " + (input.dim() - 2)
                    + " in last dimension, but got grid with sizes " + Shapes.str(grid.shape()));
        }
        for (int d = 2; d < input.dim(); d++) {
            if (input.size(d) == 0) {
                throw new IllegalArgumentException("grid_sampler(): expected input to have non-empty spatial dimensions,"
                        + " but input has sizes " + Shapes.str(input.shape()) + " with dimension " + d + " being empty");
            }
        }
        int rank = input.dim() == 4 ? 4 : 5;
        if (input.dim() != rank || grid.dim() != rank) {
            throw new IllegalArgumentException("grid_sampler(): expected " + rank + "D input and grid with same number "
                    + "of dimensions, but got " + sizes);
        }
        if (rank == 5 && mode.equals("bicubic")) {
            throw new IllegalArgumentException("grid_sampler(): bicubic interpolation only supports 4D input");
        }
        if (input.dtype() != grid.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + input.dtype().scalarTypeName() + " but found "
                    + grid.dtype().scalarTypeName());
        }
        PointwiseGrad.requireFloating(input, "grid_sampler_" + (rank - 2) + "d_cpu");
    }

    private static double[] doubles(Tensor t) {
        return (double[]) Kernels2d.values(t, DType.FLOAT64);
    }

    private static Tensor tensor(double[] values, int[] shape, DType dtype) {
        Tensor t = Kernels2d.tensor(values, shape, DType.FLOAT64);
        return dtype == DType.FLOAT64 ? t : Kernels2d.tensor(Copying.contiguousArray(t, dtype), shape, dtype);
    }
}
