package org.autograd4j.ops;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;

/** Fused and outer matrix products: {@code outer}, {@code addmm}, {@code baddbmm}. */
public final class MatrixProducts {
    private MatrixProducts() {
    }

    /** Outer product of two vectors; as PyTorch, {@code a.reshape(n, 1) * b} (node {@code MulBackward0}). */
    public static Tensor outer(Tensor a, Tensor b) {
        checkVector(a, "self");
        checkVector(b, "vec2");
        return a.reshape(a.numel(), 1).mul(b);
    }

    private static void checkVector(Tensor t, String name) {
        if (t.dim() != 1) {
            throw new IllegalArgumentException("outer: Expected 1-D argument " + name + ", but got " + t.dim() + "-D");
        }
    }

    /** {@code beta * input + alpha * (mat1 @ mat2)}; with beta = 0 the input is ignored, NaN included (node {@code AddmmBackward0}). */
    public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2, double beta, double alpha) {
        Tensor out = beta == 1 && alpha == 1 && input.dtype() == mat1.dtype() && input.dtype().isFloatingPoint()
                ? biasThenProduct(input, mat1, mat2)
                : fuse(input, LinearAlgebra.mm(mat1.detach(), mat2.detach()), beta, alpha);
        boolean mat1ColumnMajor = LinearAlgebra.isColumnMajor(mat1);
        boolean mat2ColumnMajor = LinearAlgebra.isColumnMajor(mat2);
        return Graph.record("AddmmBackward0", out, new Tensor[] {input, mat1, mat2}, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ti -> scale(ti, beta)),
                    Tangents.map(LinearAlgebra.mmTangent(t[1], mat2, mat1, t[2]), tp -> scale(tp, alpha))));
            SavedTensor s1 = ctx.needsGrad(2) ? ctx.save("mat1", mat1) : null;
            SavedTensor s2 = ctx.needsGrad(1) ? ctx.save("mat2", mat2) : null;
            return g -> new Tensor[] {
                ctx.needsGrad(0) ? scale(g, beta) : null,
                s2 == null ? null
                        : scale(LinearAlgebra.mat1Grad(g, s2.get(), mat1ColumnMajor, ctx.readsGradValue(1)), alpha),
                s1 == null ? null
                        : scale(LinearAlgebra.mat2Grad(g, s1.get(), mat2ColumnMajor, ctx.readsGradValue(2)), alpha)};
        });
    }

    /** {@code beta * input + alpha * (batch1 @ batch2)} for 3-D batches (node {@code BaddbmmBackward0}). */
    public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2, double beta, double alpha) {
        Tensor product = LinearAlgebra.bmm(batch1.detach(), batch2.detach());
        Tensor out = fuse(input, product, beta, alpha);
        return Graph.record("BaddbmmBackward0", out, new Tensor[] {input, batch1, batch2}, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ti -> scale(ti, beta)),
                    Tangents.map(Tangents.sum(Tangents.map(t[1], t1 -> t1.bmm(batch2)), Tangents.map(t[2], batch1::bmm)),
                            tp -> scale(tp, alpha))));
            SavedTensor s1 = ctx.needsGrad(2) ? ctx.save("batch1", batch1) : null;
            SavedTensor s2 = ctx.needsGrad(1) ? ctx.save("batch2", batch2) : null;
            return g -> new Tensor[] {
                ctx.needsGrad(0) ? scale(g, beta) : null,
                s2 == null ? null : scale(g.bmm(s2.get().transpose(1, 2)), alpha),
                s1 == null ? null : scale(s1.get().transpose(1, 2).bmm(g), alpha)};
        });
    }

    /**
     * input + mat1·mat2 in one pass over the output: the broadcast input is copied in first and the
     * GEMM accumulates onto it (the common {@code linear} case, no temporary product).
     */
    private static Tensor biasThenProduct(Tensor input, Tensor mat1, Tensor mat2) {
        LinearAlgebra.checkMatrixProduct(mat1, mat2);
        Tensor out = Creation.empty(new int[] {mat1.size(0), mat2.size(1)}, mat1.dtype());
        Copying.copyInto(input.detach(), out);
        LinearAlgebra.gemm(mat1.detach(), mat2.detach(), out, 0, true);
        return out;
    }

    /** beta * input + alpha * product, computed outside the graph, at the product's shape. */
    private static Tensor fuse(Tensor input, Tensor product, double beta, double alpha) {
        Tensor in = input.detach().expand(product.shape());
        if (in.dtype() != product.dtype()) {
            throw new IllegalArgumentException("expected self and mat2 to have the same dtype, but got: "
                    + in.dtype() + " != " + product.dtype());
        }
        Tensor scaled = scale(product, alpha);
        if (beta == 0) {
            return scaled;
        }
        return scaled.add(scale(in, beta));
    }

    /** {@code t * factor}, skipping the multiplication by 1 (PyTorch's {@code maybe_multiply}). */
    private static Tensor scale(Tensor t, double factor) {
        if (factor == 1) {
            return t;
        }
        return t.dtype().isFloatingPoint() ? t.mul(factor) : t.mul((long) factor);
    }
}
