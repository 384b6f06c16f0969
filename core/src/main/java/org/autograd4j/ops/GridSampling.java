package org.autograd4j.ops;

import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.GridSampler2d;
import org.autograd4j.tensor.Shapes;

/**
 * {@code F.grid_sample} of 4-D inputs ({@code GridSampler2DBackward0}). Its backward computes both
 * gradients in one kernel pass and, as in PyTorch 1.13, is not itself differentiable.
 */
public final class GridSampling {
    private static final List<String> MODES = List.of("bilinear", "nearest", "bicubic");
    private static final List<String> PADDINGS = List.of("zeros", "border", "reflection");

    private GridSampling() {
    }

    /** {@code F.grid_sample(input, grid, mode, padding_mode, align_corners)}: input [N, C, H, W], grid [N, OH, OW, 2]. */
    public static Tensor gridSample(Tensor input, Tensor grid, String mode, String paddingMode, boolean alignCorners) {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' "
                    + "or 'bicubic', but got: '" + mode + "'");
        }
        if (!PADDINGS.contains(paddingMode)) {
            throw new IllegalArgumentException("nn.functional.grid_sample(): expected padding_mode to be 'zeros', "
                    + "'border', or 'reflection', but got: '" + paddingMode + "'");
        }
        check(input, grid);
        Graph.refuseTangent("grid_sampler_2d", input);
        Graph.refuseTangent("grid_sampler_2d", grid);
        GridSampler2d kernel = new GridSampler2d(input.shape(), grid.size(1), grid.size(2), MODES.indexOf(mode),
                PADDINGS.indexOf(paddingMode), alignCorners);
        double[] out = kernel.forward(doubles(input), doubles(grid));
        Tensor result = tensor(out, new int[] {input.size(0), input.size(1), grid.size(1), grid.size(2)},
                input.dtype());
        return Graph.record("GridSampler2DBackward0", result, input, grid, ctx -> {
            SavedTensor savedInput = ctx.save(input);
            SavedTensor savedGrid = ctx.save(grid);
            return g -> {
                Tensor[] operands = {g, savedInput.get(), savedGrid.get()};
                double[][] grads = kernel.backward(doubles(operands[1]), doubles(operands[2]), doubles(g));
                return new Tensor[] {
                    notDifferentiable(tensor(grads[0], input.shape(), input.dtype()), operands),
                    notDifferentiable(tensor(grads[1], grid.shape(), grid.dtype()), operands)};
            };
        });
    }

    /**
     * A gradient whose own gradient PyTorch does not define: recorded (when any operand requires grad)
     * so that a second backward through it fails with PyTorch's message instead of giving zero.
     */
    private static Tensor notDifferentiable(Tensor gradient, Tensor[] operands) {
        return Graph.record("GridSampler2DBackwardBackward0", gradient, operands, ctx -> gg -> {
            throw new UnsupportedOperationException("the derivative for 'grid_sampler_2d_backward' is not "
                    + "implemented.");
        });
    }

    /** PyTorch's checks, in its order: the common ones, the 2-D ones, then the kernel's dtype check. */
    private static void check(Tensor input, Tensor grid) {
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
        if (input.dim() == 5) {
            throw new UnsupportedOperationException("grid_sample: 5-D (volumetric) input is not supported");
        }
        if (input.dim() != 4 || grid.dim() != 4) {
            throw new IllegalArgumentException("grid_sampler(): expected 4D input and grid with same number of "
                    + "dimensions, but got " + sizes);
        }
        if (input.dtype() != grid.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + input.dtype().scalarTypeName() + " but found "
                    + grid.dtype().scalarTypeName());
        }
        PointwiseGrad.requireFloating(input, "grid_sampler_2d_cpu");
    }

    private static double[] doubles(Tensor t) {
        return (double[]) Kernels2d.values(t, DType.FLOAT64);
    }

    private static Tensor tensor(double[] values, int[] shape, DType dtype) {
        Tensor t = Kernels2d.tensor(values, shape, DType.FLOAT64);
        return dtype == DType.FLOAT64 ? t : Kernels2d.tensor(Copying.contiguousArray(t, dtype), shape, dtype);
    }
}
