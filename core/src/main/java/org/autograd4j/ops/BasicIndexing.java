package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Index;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.Graph;

/**
 * Python's basic indexing {@code x[0, 1:3, None, ...]} as a chain of views (select, slice,
 * unsqueeze, as PyTorch's {@code applySlicing}), and assignment {@code x[...] = value} as a copy
 * into that view, recorded like PyTorch's {@code CopySlices} when autograd is involved.
 */
public final class BasicIndexing {
    private BasicIndexing() {
    }

    /** {@code x[indices]}: a view. With no int, slice or new-axis entry it is an alias ({@code AliasBackward0}). */
    public static Tensor get(Tensor x, Index[] indices) {
        int specified = 0;
        int ellipses = 0;
        for (Index i : indices) {
            if (i.kind() == Index.Kind.INT || i.kind() == Index.Kind.SLICE) {
                specified++;
            } else if (i.kind() == Index.Kind.ELLIPSIS) {
                ellipses++;
            }
        }
        if (ellipses > 1) {
            throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
        }
        if (x.dim() == 0 && specified > 0) {
            throw new IndexOutOfBoundsException("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                    + "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        }
        if (specified > x.dim()) {
            throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + x.dim());
        }
        Tensor result = x;
        int dim = 0;
        for (Index i : indices) {
            switch (i.kind()) {
                case INT:
                    result = Views.select(result, dim, i.index());
                    break;
                case SLICE:
                    result = Views.slice(result, dim, i.start() == null ? 0 : i.start(),
                            i.stop() == null ? Integer.MAX_VALUE : i.stop(), i.step());
                    dim++;
                    break;
                case NEW_AXIS:
                    result = Views.unsqueeze(result, dim);
                    dim++;
                    break;
                default:
                    dim += x.dim() - specified;
            }
        }
        if (result == x) {
            Tensor alias = Views.makeView(x, x.shape(), x.stride(), x.storageOffset());
            return Graph.record("AliasBackward0", alias, x, ctx -> g -> new Tensor[] {g});
        }
        return result;
    }

    /** {@code x[indices] = value}: copies {@code value} (broadcast, converted) into the view; returns x. */
    public static Tensor set(Tensor x, Index[] indices, Tensor value) {
        boolean recording = GradMode.isEnabled() && (x.requiresGrad() || value.requiresGrad());
        if (!recording) {
            Tensor region;
            try (GradMode.Guard g = GradMode.set(false)) {
                region = get(x, indices);
            }
            Copying.copyInto(value, region);
            x.versionCounter().bump();
            return x;
        }
        if (x.requiresGrad() && x.isLeaf()) {
            throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an "
                    + "in-place operation.");
        }
        return InPlace.apply(x, value, (input, v) -> copySlices(input, indices, v));
    }

    /**
     * Out of place: {@code x} with the region replaced by {@code value} (node {@code CopySlices}).
     * The gradient is zero inside the region for x, and the region of the gradient for value.
     */
    private static Tensor copySlices(Tensor x, Index[] indices, Tensor value) {
        Tensor out = Copying.convert(x, x.dtype());
        Tensor mask = Tensor.zeros(x.rawShape(), DType.BOOL);
        try (GradMode.Guard g = GradMode.set(false)) {
            Copying.copyInto(value, get(out, indices));
            Copying.copyInto(Tensor.scalar(true), get(mask, indices));
        }
        return Graph.record("CopySlices", out, x, value, ctx -> g -> new Tensor[] {
                ctx.needsGrad(0) ? Masking.zeroWhere(g, mask) : null,
                ctx.needsGrad(1) ? get(g, indices) : null});
    }
}
