package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.versionCounter;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Index;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.tensor.MemoryOverlap;

/**
 * Python's indexing {@code x[0, 1:3, None, ..., idx]} as PyTorch's {@code applySlicing}: the int,
 * slice and new-axis entries become a chain of views (select, slice, unsqueeze), and any index
 * tensors are then applied to that view by advanced indexing. Assignment {@code x[...] = value}
 * writes through the same path, recorded like PyTorch's {@code CopySlices} (or
 * {@code IndexPutBackward0} when only index tensors are involved).
 */
public final class BasicIndexing {
    private BasicIndexing() {
    }

    /** The view made by the basic entries, and the tensor entries as an index list over it (or null). */
    private static final class Parsed {
        Tensor view;
        Tensor[] advanced;
        boolean hasBasic;
    }

    private static Parsed parse(Tensor x, Index[] indices) {
        int specified = 0;
        int ellipses = 0;
        for (Index i : indices) {
            specified += i.consumedDims();
            ellipses += i.kind() == Index.Kind.ELLIPSIS ? 1 : 0;
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
        Parsed p = new Parsed();
        List<Tensor> advanced = new ArrayList<>();
        Tensor result = x;
        int dim = 0;
        for (Index i : indices) {
            switch (i.kind()) {
                case INT:
                    result = Views.select(result, dim, i.index());
                    p.hasBasic = true;
                    break;
                case SLICE:
                    result = Views.slice(result, dim, i.start() == null ? 0 : i.start(),
                            i.stop() == null ? Integer.MAX_VALUE : i.stop(), i.step());
                    p.hasBasic = true;
                    dim++;
                    break;
                case NEW_AXIS:
                    result = Views.unsqueeze(result, dim);
                    p.hasBasic = true;
                    dim++;
                    break;
                case TENSOR:
                    while (advancedDims(advanced) < dim) {
                        advanced.add(null);
                    }
                    advanced.add(i.tensor());
                    dim += i.consumedDims();
                    break;
                default:
                    dim += x.dim() - specified;
            }
        }
        p.view = result;
        p.advanced = advanced.isEmpty() ? null : advanced.toArray(new Tensor[0]);
        return p;
    }

    private static int advancedDims(List<Tensor> entries) {
        int n = 0;
        for (Tensor t : entries) {
            n += t != null && t.dtype() == DType.BOOL ? t.dim() : 1;
        }
        return n;
    }

    /**
     * {@code x[indices]}: a view when there are no tensor entries (with none of int, slice or new
     * axis either it is an alias, {@code AliasBackward0}); otherwise a copy ({@code IndexBackward0}).
     */
    public static Tensor get(Tensor x, Index[] indices) {
        Parsed p = parse(x, indices);
        if (p.advanced != null) {
            return AdvancedIndexing.index(p.view, p.advanced);
        }
        if (p.view == x) {
            Tensor alias = Views.makeView(x, x.shape(), x.stride(), x.storageOffset());
            return Graph.record("AliasBackward0", alias, x, ctx -> {
                ctx.forward(t -> t[0]);
                return g -> new Tensor[] {g};
            });
        }
        return p.view;
    }

    /** Integer positions as the index entries {@code x[i, j, ...]}. */
    public static Index[] at(int... indices) {
        Index[] out = new Index[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = Index.at(indices[i]);
        }
        return out;
    }

    /** {@code x[indices] = value}: writes {@code value} (broadcast, converted) into x in place; returns x. */
    public static Tensor set(Tensor x, Index[] indices, Tensor value) {
        boolean recording = GradMode.isEnabled() && (x.requiresGrad() || value.requiresGrad());
        boolean plain = !recording && !ForwardLevel.isActive();
        if (!plain && x.requiresGrad() && x.isLeaf()) {
            throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an "
                    + "in-place operation.");
        }
        Parsed p = parse(x.detach(), indices);
        checkWrittenRegion(p, value);
        if (plain) {
            assign(x, indices, value);
            versionCounter(x).bump();
            return x;
        }
        if (!p.hasBasic && p.advanced == null) {
            return InPlace.copyThroughAliases(x, value); // x[...] = v is x.copy_(v) (CopyBackwards), as in PyTorch
        }
        if (MemoryOverlap.of(rawShape(x), x.stride()) == MemoryOverlap.YES) {
            return writeRegion(x, indices, value);
        }
        return InPlace.applyThroughAliases(x, value, (input, v) -> copySlices(input, indices, v));
    }

    /**
     * {@code x[indices] = value} on an expanded x, written into the (checked) region as a view of x, as
     * PyTorch does every time: x's new value, computed whole, could not be written back through its
     * aliases. x then becomes a view of its base's new value, as PyTorch regenerates a view's node.
     */
    private static Tensor writeRegion(Tensor x, Index[] indices, Tensor value) {
        Parsed region = parse(x, indices);
        if (region.advanced == null) {
            InPlace.copyThroughAliases(region.view, value);
        } else {
            AdvancedIndexing.indexPut_(region.view, region.advanced, value, false);
        }
        if (x.base() != null && x.base().requiresGrad()) {
            CopySlices.viewOfNewBase(x.base(), x);
        }
        return x;
    }

    /**
     * What PyTorch checks of {@code x[indices] = value}: with index tensors it is {@code index_put_} on the
     * region; else a 0-d value is {@code fill_} (which may write an expanded region) and any other value
     * {@code copy_} (which may not). The check is on the region written, so {@code x.expand(4, 3)[0] = row}
     * is allowed, as in PyTorch.
     */
    private static void checkWrittenRegion(Parsed region, Tensor value) {
        if (region.advanced != null) {
            AdvancedIndexing.checkTarget(region.view);
        } else if (value.dim() > 0) {
            InPlace.assertNoInternalOverlap(region.view);
        }
    }

    /** Writes value into {@code target[indices]}, through target's storage, without recording. */
    private static void assign(Tensor target, Index[] indices, Tensor value) {
        try (GradMode.Guard g = GradMode.set(false)) {
            Parsed p = parse(target, indices);
            if (p.advanced == null) {
                Copying.copyInto(value, p.view);
            } else {
                AdvancedIndexing.putInto(p.view, p.advanced, value, false);
            }
        }
    }

    /**
     * Out of place: {@code x} with {@code x[indices]} replaced by {@code value}. The gradient is
     * zero there for x, and {@code grad[indices]} for value. With index tensors only, this is
     * {@code index_put} ({@code IndexPutBackward0}), as in PyTorch.
     */
    private static Tensor copySlices(Tensor x, Index[] indices, Tensor value) {
        Parsed p = parse(x.detach(), indices);
        if (!p.hasBasic && p.advanced != null) {
            return AdvancedIndexing.indexPut(x, p.advanced, value.to(x.dtype()), false);
        }
        Tensor out = Copying.convert(x, x.dtype());
        Tensor mask = Tensor.zeros(rawShape(x), DType.BOOL);
        assign(out, indices, value);
        assign(mask, indices, Tensor.scalar(true));
        return Graph.record("CopySlices", out, x, value, ctx -> {
            ctx.forward(t -> copySlices(Tangents.orZeros(t[0], x), indices, Tangents.orZeros(t[1], value)));
            return g -> new Tensor[] {
                    ctx.needsGrad(0) ? Masking.zeroWhere(g, mask) : null,
                    ctx.needsGrad(1) ? get(g, indices) : null};
        });
    }
}
