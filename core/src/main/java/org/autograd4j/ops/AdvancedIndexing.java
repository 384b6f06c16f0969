package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.ElementOffsets;
import org.autograd4j.kernels.NonzeroCoordinates;
import org.autograd4j.tensor.Shapes;

/**
 * PyTorch's advanced indexing, {@code x[i0, i1, ...]} with int64 or bool index tensors ({@code null}
 * standing for a full slice {@code :}), and its writing form {@code index_put}. Index tensors are
 * broadcast together; when the indexed dimensions are adjacent the broadcast dimensions replace
 * them in place, otherwise they come first, as in NumPy.
 */
public final class AdvancedIndexing {
    private AdvancedIndexing() {
    }

    /** {@code x[indices]} (node {@code IndexBackward0}); a bool index selects where it is true. */
    public static Tensor index(Tensor x, Tensor[] indices) {
        Plan plan = new Plan(x, indices);
        Tensor out = Creation.empty(plan.shape, x.dtype());
        IndexLayouts.move(x, plan.offsets, out, ElementOffsets.contiguous(plan.offsets.length), false);
        int[] original = x.shape();
        Tensor[] idx = plan.longIndices;
        return Graph.record("IndexBackward0", out, x, ctx -> {
            ctx.forward(t -> index(t[0], idx));
            return g -> new Tensor[] { indexPut(Tensor.zeros(original, g.dtype()), idx, g, true)};
        });
    }

    /**
     * A copy of {@code x} with {@code values} (broadcast to the indexing result) written at
     * {@code x[indices]}; with {@code accumulate}, added instead, so duplicate indices sum
     * (node {@code IndexPutBackward0}).
     */
    public static Tensor indexPut(Tensor x, Tensor[] indices, Tensor values, boolean accumulate) {
        if (values.dtype() != x.dtype()) {
            throw new IllegalArgumentException("Index put requires the source and destination dtypes match, got "
                    + x.dtype().scalarTypeName() + " for the destination and "
                    + values.dtype().scalarTypeName() + " for the source.");
        }
        Tensor out = Copying.convert(x, x.dtype());
        Plan plan = putInto(out, indices, values, accumulate);
        Tensor[] idx = plan.longIndices;
        return Graph.record("IndexPutBackward0", out, x, values, ctx -> {
            ctx.forward(t -> indexPut(Tangents.orZeros(t[0], x), idx, Tangents.orZeros(t[1], values), accumulate));
            return g -> new Tensor[] {
                    !ctx.needsGrad(0) ? null : accumulate ? g : indexPut(g, idx, Tensor.zeros(new int[0], g.dtype()), false),
                    ctx.needsGrad(1) ? index(g, idx) : null};
        });
    }

    /** {@code x.index_put_(indices, values, accumulate)}: {@link #indexPut} in place. */
    public static Tensor indexPut_(Tensor x, Tensor[] indices, Tensor values, boolean accumulate) {
        Tensor[] idx = indices.clone();
        return InPlace.apply(x, values, (self, v) -> indexPut(self, idx, v, accumulate), AdvancedIndexing::checkTarget);
    }

    /** {@code index_put_}'s check of the tensor it writes: refused if expanded (PyTorch warns and writes). */
    static void checkTarget(Tensor target) {
        InPlace.refuseExpandedTarget(target, "index_put_", "tensor[indices] = tensor");
    }

    /** Writes (or adds) {@code values} at {@code target[indices]} in target's storage; not recorded. */
    static Plan putInto(Tensor target, Tensor[] indices, Tensor values, boolean accumulate) {
        Plan plan = new Plan(target, indices);
        if (!isBroadcastable(rawShape(values), plan.shape)) {
            throw new IllegalArgumentException("shape mismatch: value tensor of shape " + Shapes.str(rawShape(values))
                    + " cannot be broadcast to indexing result of shape " + Shapes.str(plan.shape));
        }
        Tensor vals = Copying.convert(values.detach().expand(plan.shape), target.dtype());
        IndexLayouts.move(vals, ElementOffsets.contiguous(plan.offsets.length), target, plan.offsets, accumulate);
        return plan;
    }

    private static boolean isBroadcastable(int[] from, int[] to) {
        if (from.length > to.length) {
            return false;
        }
        for (int i = 1; i <= from.length; i++) {
            int f = from[from.length - i];
            if (f != 1 && f != to[to.length - i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code x.masked_select(mask)}: the elements where the (broadcast) mask is true, as 1-D (node {@code MaskedSelectBackward0}). */
    public static Tensor maskedSelect(Tensor x, Tensor mask) {
        if (mask.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("masked_select: expected BoolTensor or ByteTensor for mask");
        }
        int[] shape = Shapes.broadcast(rawShape(x), rawShape(mask));
        Tensor m = Copying.convert(mask.expand(shape), DType.BOOL);
        Tensor[] idx = {m};
        Plan plan = new Plan(x.detach().expand(shape), idx);
        Tensor out = Creation.empty(plan.shape, x.dtype());
        IndexLayouts.move(x, plan.offsets, out, ElementOffsets.contiguous(plan.offsets.length), false);
        return Graph.record("MaskedSelectBackward0", out, x, ctx -> {
            ctx.forward(t -> index(t[0].expand(shape), idx));
            return g -> new Tensor[] { indexPut(Tensor.zeros(shape, g.dtype()), idx, g, true)};
        });
    }

    /** {@code torch.nonzero(x)}: the int64 coordinates of the non-zero elements, shape {@code [n, x.dim()]}. */
    public static Tensor nonzero(Tensor x) {
        int[] shape = rawShape(x);
        boolean[] mask = storage(x.ne(0L)).bools();
        long[] coordinates = NonzeroCoordinates.of(mask, shape);
        return Creation.fromArray(coordinates, DType.INT64, NonzeroCoordinates.count(mask), shape.length);
    }

    /** Where the indexed elements of a tensor are: the result shape and the source offset of each result element. */
    static final class Plan {
        final int[] shape;
        final int[] offsets;
        /** The indices with bool masks replaced by their int64 coordinates (one tensor per mask dimension). */
        final Tensor[] longIndices;

        Plan(Tensor x, Tensor[] indices) {
            List<Tensor> expanded = new ArrayList<>();
            for (Tensor idx : indices) {
                if (idx != null && idx.dtype() == DType.BOOL) {
                    checkMask(x, idx, expanded.size());
                    Tensor coords = nonzero(idx);
                    for (int j = 0; j < idx.dim(); j++) {
                        expanded.add(coords.select(1, j));
                    }
                } else {
                    if (idx != null && idx.dtype() != DType.INT64) {
                        throw new IndexOutOfBoundsException("tensors used as indices must be long, int, byte or bool "
                                + "tensors");
                    }
                    expanded.add(idx);
                }
            }
            int rank = x.dim();
            if (expanded.size() > rank) {
                throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + rank);
            }
            this.longIndices = expanded.toArray(new Tensor[0]);
            int[] xShape = rawShape(x);
            int[] xStrides = rawStrides(x);
            List<Integer> indexed = new ArrayList<>();
            int[] broadcast = null;
            for (int d = 0; d < expanded.size(); d++) {
                Tensor idx = expanded.get(d);
                if (idx != null) {
                    indexed.add(d);
                    broadcast = broadcast == null ? rawShape(idx) : broadcastIndices(broadcast, rawShape(idx),
                            expanded);
                }
            }
            if (broadcast == null) {
                // Only full slices: every element, in order.
                this.shape = x.shape();
                this.offsets = IndexLayouts.offsets(x, shape);
                return;
            }
            int first = indexed.get(0);
            boolean adjacent = indexed.get(indexed.size() - 1) - first + 1 == indexed.size();
            // Element offsets contributed by the index tensors, one per broadcast position.
            int nb = Shapes.numel(broadcast);
            int[] idxOffsets = new int[nb];
            for (int d : indexed) {
                long[] values = storage(Copying.convert(expanded.get(d).expand(broadcast), DType.INT64)).longs();
                int bad = ElementOffsets.addIndex(values, xShape[d], xStrides[d], idxOffsets);
                if (bad >= 0) {
                    throw new IndexOutOfBoundsException("index " + values[bad] + " is out of bounds for dimension " + d
                            + " with size " + xShape[d]);
                }
            }
            // The plain (sliced) dimensions before and after the broadcast block.
            List<Integer> before = new ArrayList<>();
            List<Integer> after = new ArrayList<>();
            for (int d = 0; d < rank; d++) {
                boolean isIndexed = d < expanded.size() && expanded.get(d) != null;
                if (!isIndexed) {
                    (adjacent && d < first ? before : after).add(d);
                }
            }
            int[] pre = plainOffsets(before, xShape, xStrides);
            int[] post = plainOffsets(after, xShape, xStrides);
            this.offsets = ElementOffsets.outerSum(x.storageOffset(), pre, idxOffsets, post);
            int[] resultShape = new int[before.size() + broadcast.length + after.size()];
            int r = 0;
            for (int d : before) {
                resultShape[r++] = xShape[d];
            }
            for (int s : broadcast) {
                resultShape[r++] = s;
            }
            for (int d : after) {
                resultShape[r++] = xShape[d];
            }
            this.shape = resultShape;
        }

        private static int[] plainOffsets(List<Integer> dims, int[] shape, int[] strides) {
            int[] s = new int[dims.size()];
            int[] st = new int[dims.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = shape[dims.get(i)];
                st[i] = strides[dims.get(i)];
            }
            return ElementOffsets.of(Shapes.numel(s), s, st, 0);
        }

        private static int[] broadcastIndices(int[] a, int[] b, List<Tensor> all) {
            try {
                return Shapes.broadcast(a, b);
            } catch (IllegalArgumentException e) {
                StringBuilder shapes = new StringBuilder();
                for (Tensor t : all) {
                    if (t != null) {
                        shapes.append(shapes.length() == 0 ? "" : ", ").append(Shapes.str(rawShape(t)));
                    }
                }
                throw new IndexOutOfBoundsException("shape mismatch: indexing tensors could not be broadcast together "
                        + "with shapes " + shapes);
            }
        }

        private static void checkMask(Tensor x, Tensor mask, int start) {
            if (mask.dim() == 0) {
                throw new UnsupportedOperationException("indexing with a 0-dim bool tensor is not supported; use "
                        + "unsqueeze(0) and a 1-element mask instead");
            }
            for (int j = 0; j < mask.dim(); j++) {
                int d = start + j;
                if (d >= x.dim() || rawShape(mask)[j] != rawShape(x)[d]) {
                    throw new IndexOutOfBoundsException("The shape of the mask " + Shapes.str(rawShape(mask))
                            + " at index " + j + " does not match the shape of the indexed tensor "
                            + Shapes.str(rawShape(x)) + " at index " + d);
                }
            }
        }
    }
}
