package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;
import static org.autograd4j.internal.TensorAccess.versionCounter;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.VersionCounter;

/**
 * Operations that return a new tensor over the same storage: only shape, strides and offset
 * change. Each records a node whose backward maps the gradient back to the source's layout.
 */
public final class Views {
    private Views() {
    }

    /** A view of {@code src} with the given layout, sharing its storage and version counter. */
    static Tensor makeView(Tensor src, int[] shape, int[] strides, int offset) {
        Tensor v = TensorAccess.create(storage(src), shape, strides, offset, versionCounter(src));
        TensorAccess.setBase(v, src);
        if (ForwardLevel.isActive()) {
            ForwardLevel.inheritOwnTangent(src, v);
        }
        return v;
    }

    /**
     * The view of {@code src} with the given layout (offset into src's storage), recorded as PyTorch's
     * {@code as_strided} ({@code AsStridedBackward0}): how a view's tangent is derived from its base's tangent
     * ({@code autograd.ViewTangents}), so that reverse mode over it reaches the base tangent's history.
     */
    public static Tensor asStrided(Tensor src, int[] shape, int[] strides, int offset) {
        return CopySlices.recordAsStrided(src, makeView(src, shape, strides, offset));
    }

    /** {@code detach()} (same version counter) or {@code .data} (a fresh one): same storage, no graph. */
    public static Tensor alias(Tensor t, boolean freshVersion) {
        return TensorAccess.create(storage(t), rawShape(t), rawStrides(t), t.storageOffset(),
                freshVersion ? new VersionCounter() : versionCounter(t));
    }

    public static Tensor view(Tensor x, int[] shape) {
        return viewAs("ViewBackward0", x, inferSize(shape, x.numel()));
    }

    public static Tensor reshape(Tensor x, int[] shape) {
        int[] target = inferSize(shape, x.numel());
        if (viewStrides(rawShape(x), rawStrides(x), target) != null) {
            return viewAs("ReshapeAliasBackward0", x, target);
        }
        // Not expressible as a view: copy, then view the copy (PyTorch records this as _unsafe_view).
        return unsafeView(Copying.clone(x), target);
    }

    /**
     * A contiguous tensor seen with a new shape, as PyTorch's {@code _unsafe_view}
     * ({@code UnsafeViewBackward0}): the result is not a view, because nothing else holds the
     * contiguous tensor (reshape's copy, matmul's flattened product).
     */
    public static Tensor unsafeView(Tensor contiguous, int[] shape) {
        Tensor out = TensorAccess.create(storage(contiguous), shape);
        int[] original = contiguous.shape();
        return Graph.record("UnsafeViewBackward0", out, contiguous, ctx -> {
            ctx.forward(t -> t[0].reshape(shape));
            return g -> new Tensor[] {g.reshape(original)};
        });
    }

    private static Tensor viewAs(String name, Tensor x, int[] target) {
        int[] strides = viewStrides(rawShape(x), rawStrides(x), target);
        if (strides == null) {
            throw new IllegalArgumentException("view size is not compatible with input tensor's size and stride (at "
                    + "least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        }
        Tensor out = makeView(x, target, strides, x.storageOffset());
        int[] original = x.shape();
        return Graph.record(name, out, x, ctx -> {
            ctx.forward(t -> t[0].reshape(target));
            ctx.gradientOnly();
            return g -> new Tensor[] {g.reshape(original)};
        });
    }

    /** Replaces a single -1 by the size that makes the element count match. */
    static int[] inferSize(int[] shape, int numel) {
        int[] out = shape.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("only one dimension can be inferred");
                }
                infer = i;
            } else if (out[i] < 0) {
                throw new IllegalArgumentException("invalid shape dimension " + out[i]);
            } else {
                known *= out[i];
            }
        }
        if (infer >= 0 && known != 0 && numel % known == 0) {
            out[infer] = (int) (numel / known);
            return out;
        }
        if (infer < 0 && known == numel) {
            return out;
        }
        throw new IllegalArgumentException("shape '" + Shapes.str(shape) + "' is invalid for input of size " + numel);
    }

    /**
     * Strides that let {@code newShape} view memory laid out as (oldShape, oldStrides), or null.
     * Dimensions are matched in chunks that are contiguous with each other (ATen's computeStride).
     */
    static int[] viewStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        int[] newStrides = new int[newShape.length];
        if (Shapes.numel(oldShape) == 0) {
            return Shapes.contiguousStrides(newShape);
        }
        if (oldShape.length == 0) {
            Arrays.fill(newStrides, 1);
            return newStrides;
        }
        int viewD = newShape.length - 1;
        long chunkBaseStride = oldStrides[oldStrides.length - 1];
        long tensorNumel = 1;
        long viewNumel = 1;
        for (int d = oldShape.length - 1; d >= 0; d--) {
            tensorNumel *= oldShape[d];
            if (d == 0 || (oldShape[d - 1] != 1 && oldStrides[d - 1] != tensorNumel * chunkBaseStride)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
                    newStrides[viewD] = (int) (viewNumel * chunkBaseStride);
                    viewNumel *= newShape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) {
                    return null;
                }
                if (d > 0) {
                    chunkBaseStride = oldStrides[d - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        return viewD == -1 ? newStrides : null;
    }

    public static Tensor transpose(Tensor x, int dim0, int dim1) {
        int rank = x.dim();
        int a = Shapes.wrapDim(dim0, rank);
        int b = Shapes.wrapDim(dim1, rank);
        int[] shape = x.shape();
        int[] strides = x.stride();
        if (rank > 0) {
            swap(shape, a, b);
            swap(strides, a, b);
        }
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        return Graph.record("TransposeBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].transpose(a, b));
            return g -> new Tensor[] {g.transpose(a, b)};
        });
    }

    private static void swap(int[] v, int i, int j) {
        int t = v[i];
        v[i] = v[j];
        v[j] = t;
    }

    public static Tensor t(Tensor x) {
        if (x.dim() > 2) {
            throw new IllegalArgumentException("t() expects a tensor with <= 2 dimensions, but self is " + x.dim() + "D");
        }
        int[] shape = x.shape();
        int[] strides = x.stride();
        if (x.dim() == 2) {
            swap(shape, 0, 1);
            swap(strides, 0, 1);
        }
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        return Graph.record("TBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].t());
            ctx.gradientOnly();
            return g -> new Tensor[] {g.t()};
        });
    }

    public static Tensor permute(Tensor x, int[] dims) {
        int rank = x.dim();
        if (dims.length != rank) {
            throw new IllegalArgumentException("permute(sparse_coo): number of dimensions in the tensor input does not "
                    + "match the length of the desired ordering of dimensions i.e. input.dim() = " + rank
                    + " is not equal to len(dims) = " + dims.length);
        }
        int[] shape = new int[rank];
        int[] strides = new int[rank];
        int[] inverse = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            int d = Shapes.wrapDim(dims[i], rank);
            if (seen[d]) {
                throw new IllegalArgumentException("permute(): duplicate dims are not allowed.");
            }
            seen[d] = true;
            shape[i] = rawShape(x)[d];
            strides[i] = rawStrides(x)[d];
            inverse[d] = i;
        }
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        return Graph.record("PermuteBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].permute(dims));
            return g -> new Tensor[] {g.permute(inverse)};
        });
    }

    public static Tensor expand(Tensor x, int[] sizes) {
        int[] shape = sizes.clone();
        int lead = shape.length - x.dim();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (i < lead) {
                    throw new IllegalArgumentException("The expanded size of the tensor (-1) isn't allowed in a leading, "
                            + "non-existing dimension " + i);
                }
                shape[i] = rawShape(x)[i - lead];
            }
        }
        int[] strides = Shapes.expandedStrides(rawShape(x), rawStrides(x), shape);
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        int[] original = x.shape();
        return Graph.record("ExpandBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].expand(shape));
            return g -> new Tensor[] {g.sumToSize(original)};
        });
    }

    public static Tensor select(Tensor x, int dim, int index) {
        if (x.dim() == 0) {
            throw new IndexOutOfBoundsException("select() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = rawShape(x)[d];
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for dimension " + d + " with size " + size);
        }
        int i = index < 0 ? index + size : index;
        int[] shape = remove(rawShape(x), d);
        int[] strides = remove(rawStrides(x), d);
        Tensor out = makeView(x, shape, strides, x.storageOffset() + i * rawStrides(x)[d]);
        int[] original = x.shape();
        return Graph.record("SelectBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].select(d, i));
            return g -> new Tensor[] {selectBackward(g, original, d, i)};
        });
    }

    /** Zeros of {@code shape} with {@code g} at {@code index} along {@code dim}; differentiable in g. */
    static Tensor selectBackward(Tensor g, int[] shape, int dim, int index) {
        Tensor out = Tensor.zeros(shape, g.dtype());
        Copying.copyInto(g, select(out.detach(), dim, index));
        return Graph.record("SelectBackwardBackward0", out, g, ctx -> {
            ctx.forward(t -> selectBackward(t[0], shape, dim, index));
            return gg -> new Tensor[] {gg.select(dim, index)};
        });
    }

    public static Tensor slice(Tensor x, int dim, int start, int end, int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("slice step must be positive");
        }
        if (x.dim() == 0) {
            throw new IndexOutOfBoundsException("slice() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = rawShape(x)[d];
        int from = clampIndex(start, size);
        int to = Math.max(clampIndex(end, size), from);
        int[] shape = x.shape();
        int[] strides = x.stride();
        shape[d] = (to - from + step - 1) / step;
        strides[d] = rawStrides(x)[d] * step;
        Tensor out = makeView(x, shape, strides, x.storageOffset() + from * rawStrides(x)[d]);
        int[] original = x.shape();
        return Graph.record("SliceBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].slice(d, from, to, step));
            ctx.gradientOnly();
            return g -> new Tensor[] {sliceBackward(g, original, d, from, to, step)};
        });
    }

    /** Python's rule: negative indices count from the end, and out-of-range bounds clamp. */
    private static int clampIndex(int index, int size) {
        int i = index < 0 ? index + size : index;
        return Math.max(0, Math.min(i, size));
    }

    /** Zeros of {@code shape} with {@code g} in the sliced region; differentiable in g. */
    static Tensor sliceBackward(Tensor g, int[] shape, int dim, int start, int end, int step) {
        Tensor out = Tensor.zeros(shape, g.dtype());
        Copying.copyInto(g, slice(out.detach(), dim, start, end, step));
        return Graph.record("SliceBackwardBackward0", out, g, ctx -> {
            ctx.forward(t -> sliceBackward(t[0], shape, dim, start, end, step));
            return gg -> new Tensor[] {gg.slice(dim, start, end, step)};
        });
    }

    public static Tensor squeeze(Tensor x) {
        int kept = 0;
        for (int s : rawShape(x)) {
            kept += s == 1 ? 0 : 1;
        }
        int[] shape = new int[kept];
        int[] strides = new int[kept];
        for (int d = 0, k = 0; d < x.dim(); d++) {
            if (rawShape(x)[d] != 1) {
                shape[k] = rawShape(x)[d];
                strides[k++] = rawStrides(x)[d];
            }
        }
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        int[] original = x.shape();
        return Graph.record("SqueezeBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].reshape(shape));
            return g -> new Tensor[] {g.reshape(original)};
        });
    }

    public static Tensor squeeze(Tensor x, int dim) {
        int[] shape = squeezedShape(x, dim);
        Tensor out = makeView(x, shape, squeezedStrides(x, dim), x.storageOffset());
        int[] original = x.shape();
        return Graph.record("SqueezeBackward1", out, x, ctx -> {
            ctx.forward(t -> t[0].reshape(shape));
            return g -> new Tensor[] {g.reshape(original)};
        });
    }

    /**
     * {@code squeeze_(dim)} of a tensor its caller just computed and hands over (matmul's
     * vector-matrix product): PyTorch squeezes that result in place, recording {@code SqueezeBackward3}.
     * Nobody else holds {@code fresh}, so a new tensor over its storage is the same to every observer,
     * and, as after an in-place squeeze, it is not a view.
     */
    static Tensor squeezeFresh(Tensor fresh, int dim) {
        int[] shape = squeezedShape(fresh, dim);
        Tensor out = TensorAccess.create(storage(fresh), shape, squeezedStrides(fresh, dim),
                fresh.storageOffset(), versionCounter(fresh));
        int[] original = fresh.shape();
        return Graph.record("SqueezeBackward3", out, fresh, ctx -> {
            ctx.forward(t -> t[0].reshape(shape));
            return g -> new Tensor[] {g.reshape(original)};
        });
    }

    private static boolean squeezes(Tensor x, int d) {
        return x.dim() > 0 && rawShape(x)[d] == 1;
    }

    private static int[] squeezedShape(Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, x.dim());
        return squeezes(x, d) ? remove(rawShape(x), d) : x.shape();
    }

    private static int[] squeezedStrides(Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, x.dim());
        return squeezes(x, d) ? remove(rawStrides(x), d) : x.stride();
    }

    public static Tensor unsqueeze(Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, x.dim() + 1);
        int[] shape = insert(rawShape(x), d, 1);
        int innerStride = d < x.dim() ? rawShape(x)[d] * rawStrides(x)[d] : 1;
        int[] strides = insert(rawStrides(x), d, innerStride);
        Tensor out = makeView(x, shape, strides, x.storageOffset());
        return Graph.record("UnsqueezeBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].unsqueeze(d));
            return g -> new Tensor[] {g.squeeze(d)};
        });
    }

    static int[] remove(int[] v, int index) {
        int[] out = new int[v.length - 1];
        System.arraycopy(v, 0, out, 0, index);
        System.arraycopy(v, index + 1, out, index, v.length - index - 1);
        return out;
    }

    static int[] insert(int[] v, int index, int value) {
        int[] out = new int[v.length + 1];
        System.arraycopy(v, 0, out, 0, index);
        out[index] = value;
        System.arraycopy(v, index, out, index + 1, v.length - index);
        return out;
    }
}
