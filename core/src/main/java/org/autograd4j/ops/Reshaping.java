package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.Arrays;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.VersionCounter;

/**
 * Shape rearrangements built on views where PyTorch's are views: flatten, unflatten, narrow,
 * swapaxes, movedim, expandAs; and the copying ones: repeat/tile, flip and roll.
 */
public final class Reshaping {
    private Reshaping() {
    }

    /** {@code torch.flatten(x, start, end)}: a view when the strides allow it, else a copy. */
    public static Tensor flatten(Tensor x, int startDim, int endDim) {
        if (x.dim() == 0) {
            return Views.reshape(x, new int[] {1});
        }
        int start = Shapes.wrapDim(startDim, x.dim());
        int end = Shapes.wrapDim(endDim, x.dim());
        if (start > end) {
            throw new IllegalArgumentException("flatten() has invalid args: start_dim cannot come after end_dim");
        }
        if (start == end) {
            return x;
        }
        int[] s = rawShape(x);
        int[] shape = new int[s.length - (end - start)];
        long merged = 1;
        for (int d = start; d <= end; d++) {
            merged *= s[d];
        }
        System.arraycopy(s, 0, shape, 0, start);
        shape[start] = (int) merged;
        System.arraycopy(s, end + 1, shape, start + 1, s.length - end - 1);
        return Views.reshape(x, shape);
    }

    /** {@code x.unflatten(dim, sizes)}: dimension {@code dim} viewed as {@code sizes} (one may be -1). */
    public static Tensor unflatten(Tensor x, int dim, int[] sizes) {
        int d = Shapes.existingDim(dim, x.dim());
        if (sizes.length == 0) {
            throw new IllegalArgumentException("unflatten: sizes must be non-empty");
        }
        int size = rawShape(x)[d];
        int[] inferred;
        try {
            inferred = Views.inferSize(sizes, size);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unflatten: Provided sizes " + Shapes.str(sizes)
                    + " don't multiply up to the size of dim " + d + " (" + size + ") in the input tensor");
        }
        int[] s = rawShape(x);
        int[] shape = new int[s.length - 1 + inferred.length];
        System.arraycopy(s, 0, shape, 0, d);
        System.arraycopy(inferred, 0, shape, d, inferred.length);
        System.arraycopy(s, d + 1, shape, d + inferred.length, s.length - d - 1);
        return Views.view(x, shape);
    }

    /** {@code x.narrow(dim, start, length)}: the view {@code x[..., start:start+length]} along dim. */
    public static Tensor narrow(Tensor x, int dim, int start, int length) {
        if (x.dim() == 0) {
            throw new IllegalArgumentException("narrow() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, x.dim());
        int size = rawShape(x)[d];
        if (start < -size || start > size) {
            throw new IndexOutOfBoundsException("start out of range (expected to be in range of [" + (-size) + ", "
                    + size + "], but got " + start + ")");
        }
        if (length < 0) {
            throw new IllegalArgumentException("narrow(): length must be non-negative.");
        }
        int from = start < 0 ? start + size : start;
        if (from > size - length) {
            throw new IllegalArgumentException("start (" + from + ") + length (" + length
                    + ") exceeds dimension size (" + size + ").");
        }
        return Views.slice(x, d, from, from + length, 1);
    }

    /** {@code torch.movedim}: moves dims {@code source} to positions {@code destination}, others keep their order. */
    public static Tensor movedim(Tensor x, int[] source, int[] destination) {
        int rank = x.dim();
        if (source.length != destination.length) {
            throw new IllegalArgumentException("movedim: Invalid source or destination dims: source ("
                    + Shapes.str(source) + " dims) should contain the same number of dims as destination ("
                    + Shapes.str(destination) + " dims)");
        }
        int[] src = wrapAll(source, rank, "source");
        int[] dst = wrapAll(destination, rank, "destination");
        if (rank == 0) {
            return Views.permute(x, new int[0]); // dims 0 and -1 of a 0-d tensor: nothing moves
        }
        int[] order = new int[rank];
        Arrays.fill(order, -1);
        boolean[] used = new boolean[rank];
        for (int i = 0; i < src.length; i++) {
            order[dst[i]] = src[i];
            used[src[i]] = true;
        }
        int next = 0;
        for (int p = 0; p < rank; p++) {
            if (order[p] >= 0) {
                continue;
            }
            while (used[next]) {
                next++;
            }
            order[p] = next++;
        }
        return Views.permute(x, order);
    }

    private static int[] wrapAll(int[] dims, int rank, String what) {
        int[] out = new int[dims.length];
        boolean[] seen = new boolean[Math.max(rank, 1)];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], rank);
            if (seen[out[i]]) {
                throw new IllegalArgumentException("movedim: repeated dim in `" + what + "` (" + Shapes.str(dims) + ")");
            }
            seen[out[i]] = true;
        }
        return out;
    }

    /** {@code x.repeat(repeats)}: tiles the data; repeats may add leading dimensions (node {@code RepeatBackward0}). */
    public static Tensor repeat(Tensor x, int[] repeats) {
        int n = repeats.length;
        if (n < x.dim()) {
            throw new IllegalArgumentException("Number of dimensions of repeat dims can not be smaller than number of "
                    + "dimensions of tensor");
        }
        int lead = n - x.dim();
        // Interleave (repeat, size) pairs: the data broadcast along each repeat axis, then merged.
        int[] pairShape = new int[2 * n];
        int[] outShape = new int[n];
        int[] sumDims = new int[n];
        for (int i = 0; i < n; i++) {
            if (repeats[i] < 0) {
                throw new IllegalArgumentException("Trying to create tensor with negative dimension " + repeats[i]
                        + ": " + Shapes.str(repeats));
            }
            int size = i < lead ? 1 : rawShape(x)[i - lead];
            pairShape[2 * i] = repeats[i];
            pairShape[2 * i + 1] = size;
            outShape[i] = repeats[i] * size;
            sumDims[i] = 2 * i;
        }
        int[] interleaved = new int[2 * n];
        for (int i = 0; i < n; i++) {
            interleaved[2 * i] = 1;
            interleaved[2 * i + 1] = pairShape[2 * i + 1];
        }
        Tensor source = TensorAccess.create(storage(x), rawShape(x), rawStrides(x), x.storageOffset(), new VersionCounter());
        Tensor expanded = Views.expand(Views.reshape(source, interleaved), pairShape);
        Tensor out = TensorAccess.create(storage(Copying.convert(expanded, x.dtype())), outShape);
        int[] original = x.shape();
        return Graph.record("RepeatBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].repeat(repeats));
            return g -> new Tensor[] { n == 0 ? g : g.reshape(pairShape).sum(sumDims, false).reshape(original)};
        });
    }

    /** {@code x.tile(reps)}: {@link #repeat} after padding {@code reps} with leading ones to x's rank. */
    public static Tensor tile(Tensor x, int[] reps) {
        if (reps.length >= x.dim()) {
            return repeat(x, reps);
        }
        int[] padded = new int[x.dim()];
        Arrays.fill(padded, 1);
        System.arraycopy(reps, 0, padded, x.dim() - reps.length, reps.length);
        return repeat(x, padded);
    }

    /** {@code x.flip(dims)}: a copy with the order of elements reversed along each of {@code dims}. */
    public static Tensor flip(Tensor x, int[] dims) {
        int[] normalized = normalizeDistinct(dims, x.dim());
        int[] d = x.dim() == 0 ? new int[0] : normalized; // a 0-d tensor accepts dims 0 and -1: nothing to reverse
        int[] strides = x.stride();
        int offset = x.storageOffset();
        for (int k : d) {
            int size = rawShape(x)[k];
            if (size > 0) {
                offset += (size - 1) * strides[k];
            }
            strides[k] = -strides[k];
        }
        Tensor reversed = TensorAccess.create(storage(x), rawShape(x), strides, offset, new VersionCounter());
        Tensor out = Copying.convert(reversed, x.dtype());
        return Graph.record("FlipBackward0", out, x, ctx -> {
            ctx.forward(t -> flip(t[0], d));
            return g -> new Tensor[] {flip(g, d)};
        });
    }

    private static int[] normalizeDistinct(int[] dims, int rank) {
        int[] out = new int[dims.length];
        boolean[] seen = new boolean[Math.max(rank, 1)];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], rank);
            if (seen[out[i]]) {
                throw new IllegalArgumentException("dim " + out[i] + " appears multiple times in the list of dims");
            }
            seen[out[i]] = true;
        }
        return out;
    }

    /**
     * {@code torch.roll(x, shifts, dims)}: elements shifted circularly along each dim; with no dims,
     * the flattened tensor is rolled and the shape restored (node {@code RollBackward0} either way).
     */
    public static Tensor roll(Tensor x, int[] shifts, int[] dims) {
        if (dims.length == 0 && shifts.length != 1) {
            throw new IllegalArgumentException("shifts and dimensions must align. shifts: " + shifts.length
                    + ", dims:" + dims.length);
        }
        if (dims.length != 0 && shifts.length != dims.length) {
            throw new IllegalArgumentException("shifts and dimensions must align. shifts: " + shifts.length
                    + ", dims:" + dims.length);
        }
        int[] d = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            d[i] = Shapes.existingDim(dims[i], x.dim());
        }
        Tensor out = Prims.noGrad(() -> rolled(x, shifts, d));
        int[] back = new int[shifts.length];
        for (int i = 0; i < shifts.length; i++) {
            back[i] = -shifts[i];
        }
        return Graph.record("RollBackward0", out, x, ctx -> {
            ctx.forward(t -> roll(t[0], shifts, d));
            return g -> new Tensor[] {roll(g, back, d)};
        });
    }

    /** roll's value, a new tensor even when nothing moves. */
    private static Tensor rolled(Tensor x, int[] shifts, int[] d) {
        Tensor out = x;
        if (d.length == 0) {
            out = rollDim(x.reshape(-1), shifts[0], 0).reshape(x.shape());
        }
        for (int i = 0; i < d.length; i++) {
            out = rollDim(out, shifts[i], d[i]);
        }
        return out == x ? Copying.convert(x, x.dtype()) : out;
    }

    private static Tensor rollDim(Tensor x, int shift, int dim) {
        int size = rawShape(x)[dim];
        if (size == 0) {
            return x;
        }
        int s = Math.floorMod(shift, size);
        if (s == 0) {
            return Copying.convert(x, x.dtype());
        }
        return Joining.cat(List.of(x.slice(dim, size - s, size), x.slice(dim, 0, size - s)), dim);
    }
}
