package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.RunCopy;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.StridedLoop;

/** Copies between layouts and dtypes: clone, contiguous, dtype conversion, export to arrays. */
public final class Copying {
    private Copying() {
    }

    /** Copies {@code src}, broadcast to {@code dst}'s shape, into {@code dst}, converting the dtype. Not recorded. */
    public static void copyInto(Tensor src, Tensor dst) {
        int[] shape = rawShape(dst);
        int[] srcStrides = Shapes.expandedStrides(rawShape(src), rawStrides(src), shape);
        StridedLoop loop = new StridedLoop(shape, rawStrides(dst), srcStrides);
        int ds = loop.innerStride(0);
        int ss = loop.innerStride(1);
        Object from = storage(src).array();
        Object to = storage(dst).array();
        int[] base = {dst.storageOffset(), src.storageOffset()};
        loop.forEach(base, (n, off) -> RunCopy.copy(from, off[1], ss, to, off[0], ds, n));
    }

    /** A new contiguous tensor with {@code t}'s values converted to {@code dtype}. Not recorded. */
    public static Tensor convert(Tensor t, DType dtype) {
        Tensor out = Creation.empty(rawShape(t), dtype);
        if (t.dim() == 0) {
            // Scalars (often wrapped Java numbers) skip the strided walk.
            RunCopy.copy(storage(t).array(), t.storageOffset(), 1, storage(out).array(), 0, 1, 1);
            return out;
        }
        copyInto(t, out);
        return out;
    }

    /** The values in row-major order as a new array of {@code dtype}'s Java type. */
    public static Object contiguousArray(Tensor t, DType dtype) {
        return storage(convert(t, dtype)).array();
    }

    /** A contiguous copy with its own storage (node {@code CloneBackward0}: the gradient passes through). */
    public static Tensor clone(Tensor t) {
        Tensor out = convert(t, t.dtype());
        return Graph.record("CloneBackward0", out, t, ctx -> {
            ctx.forward(tangents -> tangents[0]);
            return g -> new Tensor[] {g};
        });
    }

    /** {@code t} converted to {@code dtype}; differentiable between floating types ({@code ToCopyBackward0}). */
    public static Tensor to(Tensor t, DType dtype) {
        if (t.dtype() == dtype) {
            return t;
        }
        Tensor out = convert(t, dtype);
        if (!dtype.isFloatingPoint()) {
            return out;
        }
        DType from = t.dtype();
        return Graph.record("ToCopyBackward0", out, t, ctx -> {
            ctx.forward(tangents -> tangents[0].to(dtype));
            return g -> new Tensor[] {g.to(from)};
        });
    }
}
