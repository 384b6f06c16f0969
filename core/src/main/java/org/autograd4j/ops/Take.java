package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.ElementOffsets;

/**
 * Reading and writing elements by flat (row-major) index: {@code take} gathers them into a new
 * tensor, {@code put} scatter-adds them into zeros. Each is the other's backward, so both are
 * differentiable to any order. Used where a gradient must be routed through an arbitrary layout,
 * such as an in-place write into a view.
 */
public final class Take {
    private Take() {
    }

    /** {@code out[i] = source.flatten()[index[i]]}, shaped {@code shape}. */
    public static Tensor take(Tensor source, int[] index, int[] shape) {
        Tensor flat = source.contiguous();
        Tensor out = Creation.empty(shape, source.dtype());
        IndexLayouts.move(flat, ElementOffsets.shifted(index, flat.storageOffset()), out,
                ElementOffsets.contiguous(index.length), false);
        int[] sourceShape = source.shape();
        return Graph.record("TakeBackward0", out, source, ctx -> {
            ctx.forward(t -> take(t[0], index, shape));
            return g -> new Tensor[] {put(g, index, sourceShape)};
        });
    }

    /** Zeros of {@code shape} with {@code values.flatten()[i]} added at flat position {@code index[i]}. */
    public static Tensor put(Tensor values, int[] index, int[] shape) {
        Tensor flat = values.contiguous();
        Tensor out = Creation.empty(shape, values.dtype());
        IndexLayouts.move(flat, ElementOffsets.shifted(ElementOffsets.contiguous(index.length), flat.storageOffset()),
                out, index, true);
        int[] valuesShape = values.shape();
        return Graph.record("PutBackward0", out, values, ctx -> {
            ctx.forward(t -> put(t[0], index, shape));
            return g -> new Tensor[] {take(g, index, valuesShape)};
        });
    }
}
