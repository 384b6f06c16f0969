package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.Gemm;
import org.autograd4j.kernels.IntegerGemm;
import org.autograd4j.tensor.Shapes;

/**
 * Matrix products. Operands are passed to {@link Gemm} with their strides, so transposed views
 * (as in every matmul backward: {@code dA = dC·Bᵀ}, {@code dB = Aᵀ·dC}) are never copied.
 */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    /**
     * PyTorch's {@code matmul}: dot, matrix-vector, matrix-matrix, or batched with broadcast batch
     * dims, taking PyTorch 1.13's paths so that it records the same nodes: a batch times a single
     * matrix or vector is folded into one {@code mm}/{@code mv}, anything else goes through {@code bmm}.
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        int da = a.dim();
        int db = b.dim();
        if (da == 0 || db == 0) {
            throw new IllegalArgumentException("both arguments to matmul need to be at least 1D, but they are "
                    + da + "D and " + db + "D");
        }
        if (da == 1 && db == 1) {
            return dot(a, b);
        }
        if (da == 2 && db == 1) {
            return mv(a, b);
        }
        if (da == 1 && db == 2) {
            return Views.squeezeFresh(mm(a.unsqueeze(0), b), 0);
        }
        if (da == 2 && db == 2) {
            return mm(a, b);
        }
        if (shouldFold(a, db) || shouldFold(b, da)) {
            return foldedMatmul(a, b);
        }
        return batchedMatmul(a, b);
    }

    /**
     * PyTorch's {@code should_fold}: whether {@code t}, a batch of matrices multiplied by a matrix or
     * vector of rank {@code otherDim}, is folded into one matrix. Not when t is a 3-D batch of
     * transposed matrices (as from {@code permute(0, 2, 1)}) times a matrix: folding it would copy,
     * while bmm reads each transposed matrix in place.
     */
    private static boolean shouldFold(Tensor t, int otherDim) {
        if (t.dim() < 3 || otherDim > 2) {
            return false;
        }
        int[] sizes = rawShape(t);
        int[] strides = rawStrides(t);
        boolean transposedBatch = strides[2] != 1 && strides[0] == sizes[1] * sizes[2];
        return !(t.dim() == 3 && otherDim == 2 && transposedBatch);
    }

    /**
     * The batch dims of the higher-rank operand folded into the rows of one {@code mm} or {@code mv}
     * (through its transpose when it is the right operand), the product unfolded with
     * {@code _unsafe_view}, as PyTorch.
     */
    private static Tensor foldedMatmul(Tensor a, Tensor b) {
        boolean transpose = b.dim() > a.dim();
        Tensor t1 = transpose ? b.transpose(-2, -1) : a;
        Tensor t2 = !transpose ? b : a.dim() == 2 ? a.t() : a;
        int[] sizes1 = rawShape(t1);
        int[] rows = Arrays.copyOf(sizes1, sizes1.length - 1);
        Tensor folded = t1.reshape(Shapes.numel(rows), sizes1[sizes1.length - 1]);
        if (t2.dim() == 1) {
            return Views.unsafeView(mv(folded, t2), rows);
        }
        int[] outShape = Arrays.copyOf(rows, rows.length + 1);
        outShape[rows.length] = t2.size(1);
        Tensor out = Views.unsafeView(mm(folded, t2), outShape);
        return transpose ? out.transpose(-2, -1).contiguous() : out;
    }

    /** Both operands at least 2-D: broadcast the batch dims, flatten them into one, bmm, and unfold. */
    private static Tensor batchedMatmul(Tensor a, Tensor b) {
        int n = a.size(-2);
        int k = a.size(-1);
        int m = b.size(-1);
        int[] batch = Shapes.broadcast(Arrays.copyOf(rawShape(a), a.dim() - 2), Arrays.copyOf(rawShape(b), b.dim() - 2));
        int count = Shapes.numel(batch);
        Tensor a3 = a.expand(concat(batch, n, k)).reshape(count, n, k);
        Tensor b3 = b.expand(concat(batch, b.size(-2), m)).reshape(count, b.size(-2), m);
        return Views.unsafeView(bmm(a3, b3), concat(batch, n, m));
    }

    private static int[] concat(int[] batch, int rows, int cols) {
        int[] shape = Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = rows;
        shape[batch.length + 1] = cols;
        return shape;
    }

    public static Tensor mm(Tensor a, Tensor b) {
        return mm(a, b, true);
    }

    /**
     * {@code a·b}, or, without {@code value}, only its tangent, its value left zeros: for a gradient
     * whose value nothing reads ({@code OpContext.readsGradValue}), such as a weight's gradient in
     * forward-over-reverse {@code hvp}, whose caller reads only the tangent.
     */
    private static Tensor mm(Tensor a, Tensor b, boolean value) {
        checkMatrixProduct(a, b);
        Tensor out = Creation.empty(new int[] {a.size(0), b.size(1)}, a.dtype());
        if (value) {
            gemm(a, b, out, 0);
        }
        boolean aColumnMajor = isColumnMajor(a);
        boolean bColumnMajor = isColumnMajor(b);
        return Graph.record("MmBackward0", out, a, b, ctx -> {
            ctx.forward(t -> mmTangent(t[0], b, a, t[1]));
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save("self", a) : null;
            SavedTensor sb = ctx.needsGrad(0) ? ctx.save("mat2", b) : null;
            return g -> new Tensor[] {sb == null ? null : mat1Grad(g, sb.get(), aColumnMajor, ctx.readsGradValue(0)),
                    sa == null ? null : mat2Grad(g, sa.get(), bColumnMajor, ctx.readsGradValue(1))};
        });
    }

    /**
     * The product rule of {@code a·b}, {@code ta·b + a·tb}, where a null tangent is zero and skips its
     * product. When neither product is recorded, the second accumulates into the first's buffer: one
     * result, no sum.
     */
    static Tensor mmTangent(Tensor ta, Tensor b, Tensor a, Tensor tb) {
        if (ta == null || tb == null) {
            return ta != null ? ta.mm(b) : tb == null ? null : a.mm(tb);
        }
        Tensor out = ta.mm(b);
        if (Graph.isRecording(out) || Graph.isRecording(a, tb)) {
            return out.add(a.mm(tb));
        }
        checkMatrixProduct(a, tb);
        gemm(a, tb, out, 0, true);
        return out;
    }

    /**
     * The gradient of {@code a} in {@code a·b}, {@code g·bᵀ}, laid out like {@code a} was (PyTorch's
     * {@code mm_mat1_backward}): computed as {@code (b·gᵀ)ᵀ} when a was column-major, a transposed
     * view such as linear's {@code weight.t()}. The gradient then reaches a's leaf contiguous, and the
     * leaf keeps it instead of copying it (HandOver). Only its tangent without {@code value} (see
     * {@link #mm(Tensor, Tensor, boolean)}).
     */
    static Tensor mat1Grad(Tensor g, Tensor b, boolean aColumnMajor, boolean value) {
        return aColumnMajor ? mm(b, g.t(), value).t() : mm(g, b.t(), value);
    }

    /**
     * The gradient of {@code b} in {@code a·b}, {@code aᵀ·g}, laid out like b (PyTorch's
     * {@code mm_mat2_backward}); only its tangent without {@code value} (see {@link #mm(Tensor, Tensor, boolean)}).
     */
    static Tensor mat2Grad(Tensor g, Tensor a, boolean bColumnMajor, boolean value) {
        return bColumnMajor ? mm(g.t(), a, value).t() : mm(a.t(), g, value);
    }

    /** PyTorch's test for a column-major matrix: strides (1, rows). */
    static boolean isColumnMajor(Tensor m) {
        int[] strides = rawStrides(m);
        return strides[0] == 1 && strides[1] == m.size(0);
    }

    /** PyTorch's checks for a 2-D product, with its messages. */
    static void checkMatrixProduct(Tensor a, Tensor b) {
        if (a.dim() != 2) {
            throw new IllegalArgumentException("self must be a matrix");
        }
        if (b.dim() != 2) {
            throw new IllegalArgumentException("mat2 must be a matrix");
        }
        if (a.size(1) != b.size(0)) {
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + a.size(0) + "x" + a.size(1)
                    + " and " + b.size(0) + "x" + b.size(1) + ")");
        }
        checkSameDtype(a, b, "mat1", "mat2");
    }

    public static Tensor bmm(Tensor a, Tensor b) {
        if (a.dim() != 3) {
            throw new IllegalArgumentException("batch1 must be a 3D tensor");
        }
        if (b.dim() != 3) {
            throw new IllegalArgumentException("batch2 must be a 3D tensor");
        }
        if (b.size(0) != a.size(0) || b.size(1) != a.size(2)) {
            throw new IllegalArgumentException("Expected size for first two dimensions of batch2 tensor to be: ["
                    + a.size(0) + ", " + a.size(2) + "] but got: [" + b.size(0) + ", " + b.size(1) + "].");
        }
        checkSameDtype(a, b, "batch1", "batch2");
        int batches = a.size(0);
        Tensor out = Creation.empty(new int[] {batches, a.size(1), b.size(2)}, a.dtype());
        Tensor a2 = a.detach();
        Tensor b2 = b.detach();
        int outStride = a.size(1) * b.size(2);
        for (int i = 0; i < batches; i++) {
            gemm(a2.select(0, i), b2.select(0, i), out, i * outStride);
        }
        return Graph.record("BmmBackward0", out, a, b, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ta -> ta.bmm(b)), Tangents.map(t[1], a::bmm)));
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save("self", a) : null;
            SavedTensor sb = ctx.needsGrad(0) ? ctx.save("mat2", b) : null;
            return g -> new Tensor[] {sb == null ? null : g.bmm(sb.get().transpose(1, 2)),
                    sa == null ? null : sa.get().transpose(1, 2).bmm(g)};
        });
    }

    public static Tensor dot(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw new IllegalArgumentException("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        }
        if (a.numel() != b.numel()) {
            throw new IllegalArgumentException("inconsistent tensor size, expected tensor [" + a.numel() + "] and src ["
                    + b.numel() + "] to have the same number of elements, but got " + a.numel() + " and " + b.numel()
                    + " elements respectively");
        }
        checkSameDtype(a, b, "self", "tensor");
        Tensor out = Creation.empty(new int[0], a.dtype());
        gemm(a.detach().unsqueeze(0), b.detach().unsqueeze(1), out, 0);
        return Graph.record("DotBackward0", out, a, b, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ta -> ta.dot(b)), Tangents.map(t[1], a::dot)));
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save("self", a) : null;
            SavedTensor sb = ctx.needsGrad(0) ? ctx.save("tensor", b) : null;
            return g -> new Tensor[] {sb == null ? null : g.mul(sb.get()), sa == null ? null : g.mul(sa.get())};
        });
    }

    public static Tensor mv(Tensor a, Tensor v) {
        if (a.dim() != 2 || v.dim() != 1) {
            throw new IllegalArgumentException("vector + matrix @ vector expected, got " + a.dim() + ", " + v.dim());
        }
        if (a.size(1) != v.numel()) {
            throw new IllegalArgumentException("size mismatch, got " + a.size(0) + ", " + a.size(0) + "x" + a.size(1)
                    + "," + v.numel());
        }
        checkSameDtype(a, v, "self", "vec");
        Tensor out = Creation.empty(new int[] {a.size(0)}, a.dtype());
        gemm(a.detach(), v.detach().unsqueeze(1), out, 0);
        return Graph.record("MvBackward0", out, a, v, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ta -> ta.mv(v)), Tangents.map(t[1], a::mv)));
            SavedTensor sa = ctx.needsGrad(1) ? ctx.save("self", a) : null;
            SavedTensor sv = ctx.needsGrad(0) ? ctx.save("vec", v) : null;
            return g -> new Tensor[] {sv == null ? null : g.unsqueeze(1).mm(sv.get().unsqueeze(0)),
                    sa == null ? null : sa.get().t().mv(g)};
        });
    }

    private static void checkSameDtype(Tensor a, Tensor b, String nameA, String nameB) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("expected " + nameA + " and " + nameB + " to have the same dtype, but got: "
                    + cName(a.dtype()) + " != " + cName(b.dtype()));
        }
        if (a.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"addmm_impl_cpu_\" not implemented for 'Bool'");
        }
    }

    private static String cName(DType d) {
        switch (d) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            default: return "bool";
        }
    }

    /** out (contiguous, at {@code outOff}) = a·b for 2-D a and b of out's dtype. */
    static void gemm(Tensor a, Tensor b, Tensor out, int outOff) {
        gemm(a, b, out, outOff, false);
    }

    /** out (contiguous, at {@code outOff}) = a·b, or += a·b with {@code accumulate}, for 2-D a and b. */
    static void gemm(Tensor a, Tensor b, Tensor out, int outOff, boolean accumulate) {
        int m = a.size(0);
        int k = a.size(1);
        int n = b.size(1);
        if (out.dtype() == DType.INT64) {
            if (accumulate) {
                throw new UnsupportedOperationException("accumulating int64 products is not needed anywhere");
            }
            IntegerGemm.gemm(m, n, k, storage(a).longs(), a.storageOffset(), rawStrides(a)[0], rawStrides(a)[1],
                    storage(b).longs(), b.storageOffset(), rawStrides(b)[0], rawStrides(b)[1],
                    storage(out).longs(), outOff, n);
        } else if (out.dtype() == DType.FLOAT32) {
            Gemm.gemm(m, n, k, storage(a).floats(), a.storageOffset(), rawStrides(a)[0], rawStrides(a)[1],
                    storage(b).floats(), b.storageOffset(), rawStrides(b)[0], rawStrides(b)[1],
                    storage(out).floats(), outOff, n, accumulate);
        } else {
            Gemm.gemm(m, n, k, storage(a).doubles(), a.storageOffset(), rawStrides(a)[0], rawStrides(a)[1],
                    storage(b).doubles(), b.storageOffset(), rawStrides(b)[0], rawStrides(b)[1],
                    storage(out).doubles(), outOff, n, accumulate);
        }
    }
}
