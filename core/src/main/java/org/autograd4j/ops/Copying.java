package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;
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
        Storage from = storage(src);
        Storage to = storage(dst);
        int[] base = {dst.storageOffset(), src.storageOffset()};
        if (from.dtype() == to.dtype()) {
            Object a = from.array();
            Object b = to.array();
            loop.forEach(base, (n, off) -> copyRun(a, off[1], ss, b, off[0], ds, n));
        } else if (to.dtype() == DType.INT64 || to.dtype() == DType.BOOL) {
            loop.forEach(base, (n, off) -> {
                for (int i = 0; i < n; i++) {
                    to.setLong(off[0] + i * ds, from.getLong(off[1] + i * ss));
                }
            });
        } else {
            loop.forEach(base, (n, off) -> {
                for (int i = 0; i < n; i++) {
                    to.setDouble(off[0] + i * ds, from.getDouble(off[1] + i * ss));
                }
            });
        }
    }

    private static void copyRun(Object src, int so, int ss, Object dst, int d0, int ds, int n) {
        if (ss == 1 && ds == 1) {
            System.arraycopy(src, so, dst, d0, n);
        } else if (src instanceof float[]) {
            float[] s = (float[]) src;
            float[] d = (float[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[so + i * ss];
            }
        } else if (src instanceof double[]) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[so + i * ss];
            }
        } else if (src instanceof long[]) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[so + i * ss];
            }
        } else {
            boolean[] s = (boolean[]) src;
            boolean[] d = (boolean[]) dst;
            for (int i = 0; i < n; i++) {
                d[d0 + i * ds] = s[so + i * ss];
            }
        }
    }

    /** A new contiguous tensor with {@code t}'s values converted to {@code dtype}. Not recorded. */
    public static Tensor convert(Tensor t, DType dtype) {
        Tensor out = Creation.empty(rawShape(t), dtype);
        if (t.dim() == 0) {
            // Scalars (often wrapped Java numbers) skip the strided walk.
            if (dtype == DType.INT64 || dtype == DType.BOOL) {
                storage(out).setLong(0, storage(t).getLong(t.storageOffset()));
            } else {
                storage(out).setDouble(0, storage(t).getDouble(t.storageOffset()));
            }
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
