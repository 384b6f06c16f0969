package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.tensor.Shapes;

/**
 * Cutting a tensor into views along a dimension: {@code split}, {@code chunk}, {@code unbind}.
 * Each records one node for all pieces; its backward joins the pieces' gradients again.
 */
public final class Splitting {
    private Splitting() {
    }

    /** {@code x.split(splitSize, dim)}: pieces of {@code splitSize} (the last may be smaller), node {@code SplitBackward0}. */
    public static Tensor[] split(Tensor x, int splitSize, int dim) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = rawShape(x)[d];
        if (splitSize < 0) {
            throw new IllegalArgumentException("split expects split_size be non-negative, but got split_size="
                    + splitSize);
        }
        if (splitSize == 0 && size != 0) {
            throw new IllegalArgumentException("split_size can only be 0 if dimension size is 0, but got dimension "
                    + "size of " + size);
        }
        int pieces = splitSize == 0 ? 1 : Math.max((size + splitSize - 1) / splitSize, 1);
        int[] sizes = new int[pieces];
        for (int i = 0; i < pieces; i++) {
            sizes[i] = Math.min(splitSize, size - i * splitSize);
        }
        return pieces(x, sizes, d, "SplitBackward0");
    }

    /** {@code x.split(sizes, dim)} with explicit sizes, node {@code SplitWithSizesBackward0}. */
    public static Tensor[] splitWithSizes(Tensor x, int[] sizes, int dim) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        long total = 0;
        for (int s : sizes) {
            if (s < 0) {
                throw new IllegalArgumentException("split_with_sizes expects split_sizes have only non-negative "
                        + "entries, but got split_sizes=" + Shapes.str(sizes));
            }
            total += s;
        }
        if (total != rawShape(x)[d]) {
            throw new IllegalArgumentException("split_with_sizes expects split_sizes to sum exactly to "
                    + rawShape(x)[d] + " (input tensor's size at dimension " + d + "), but got split_sizes="
                    + Shapes.str(sizes));
        }
        return pieces(x, sizes.clone(), d, "SplitWithSizesBackward0");
    }

    /** {@code x.chunk(chunks, dim)}: at most {@code chunks} pieces of equal size (the last may be smaller). */
    public static Tensor[] chunk(Tensor x, int chunks, int dim) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("chunk expects at least a 1-dimensional tensor");
        }
        if (chunks <= 0) {
            throw new IllegalArgumentException("chunk expects `chunks` to be greater than 0, got: " + chunks);
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = rawShape(x)[d];
        int splitSize = (size + chunks - 1) / chunks;
        if (splitSize == 0 && size == 0) {
            int[] sizes = new int[Shapes.storableLength(chunks)]; // one empty piece per chunk
            return splitWithSizes(x, sizes, d);
        }
        return split(x, splitSize, d);
    }

    private static Tensor[] pieces(Tensor x, int[] sizes, int d, String node) {
        Tensor[] outs = new Tensor[sizes.length];
        int[] starts = new int[sizes.length];
        int start = 0;
        for (int i = 0; i < sizes.length; i++) {
            int[] shape = x.shape();
            shape[d] = sizes[i];
            starts[i] = start;
            outs[i] = Views.makeView(x, shape, x.stride(), x.storageOffset() + start * rawStrides(x)[d]);
            start += sizes[i];
        }
        return Graph.recordMulti(node, outs, new Tensor[] {x}, ctx -> {
            ctx.forwardMulti(t -> pieces(t[0], sizes, d, node));
            return grads -> new Tensor[] {Joining.cat(Arrays.asList(grads), d)};
        });
    }

    /** {@code x.unbind(dim)}: the slices along {@code dim}, each without that dimension (node {@code UnbindBackward0}). */
    public static Tensor[] unbind(Tensor x, int dim) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("Dimension specified as 0 but tensor has no dimensions");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int n = rawShape(x)[d];
        int[] shape = Views.remove(rawShape(x), d);
        int[] strides = Views.remove(rawStrides(x), d);
        Tensor[] outs = new Tensor[n];
        for (int i = 0; i < n; i++) {
            outs[i] = Views.makeView(x, shape, strides, x.storageOffset() + i * rawStrides(x)[d]);
        }
        return Graph.recordMulti("UnbindBackward0", outs, new Tensor[] {x}, ctx -> {
            ctx.forwardMulti(t -> unbind(t[0], d));
            return grads -> new Tensor[] {Joining.stack(Arrays.asList(grads), d)};
        });
    }
}
