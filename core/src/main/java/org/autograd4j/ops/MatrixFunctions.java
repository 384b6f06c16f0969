package org.autograd4j.ops;

import static org.autograd4j.ops.Matrices.mT;

import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.linalg.MatrixExponential;

/** Functions of square matrices: integer powers and the exponential. */
public final class MatrixFunctions {
    private MatrixFunctions() {
    }

    /**
     * A to the integer power n by repeated squaring, composed of matrix products as in PyTorch
     * (n = 0 gives the identity, n < 0 a power of the inverse).
     */
    public static Tensor matrixPower(Tensor a, int n) {
        LinalgChecks.square("linalg.matrix_power", a);
        if (n == 0) {
            // PyTorch overwrites a clone of A, so the identity stays connected to A (with a zero gradient)
            return a.clone().copy_(Matrices.identity(a.size(-1), a.dtype()).expandAs(a));
        }
        if (n == 1) {
            return a.clone();
        }
        Tensor base = n < 0 ? LinearSolvers.inv(a) : a;
        int remaining = Math.abs(n);
        Tensor result = null;
        while (true) {
            if ((remaining & 1) == 1) {
                result = result == null ? base : result.matmul(base);
            }
            remaining >>= 1;
            if (remaining == 0) {
                return result;
            }
            base = base.matmul(base);
        }
    }

    /**
     * exp(A) (node {@code LinalgMatrixExpBackward0}). Its backward is PyTorch's: the gradient is
     * the top-right block of exp([[Aᵀ, G], [0, Aᵀ]]), itself a differentiable matrix exponential;
     * its tangent is the same block of exp([[A, dA], [0, A]]).
     */
    public static Tensor matrixExp(Tensor a) {
        LinalgChecks.square("linalg.matrix_exp", a);
        MatrixBatch m = MatrixBatch.of(a);
        double[][] out = new double[m.count()][];
        for (int b = 0; b < out.length; b++) {
            out[b] = MatrixExponential.exp(m.matrices[b], m.rows);
        }
        Tensor result = m.matrices(out, m.rows, m.rows);
        return Graph.record("LinalgMatrixExpBackward0", result, a, ctx -> {
            ctx.forward(t -> expDifferential(a, t[0]));
            var sa = ctx.save(a);
            return g -> new Tensor[] {expDifferential(mT(sa.get()), g)};
        });
    }

    /**
     * The Fréchet derivative of exp at {@code x} in direction {@code e}: the top-right block of
     * exp([[x, e], [0, x]]).
     */
    private static Tensor expDifferential(Tensor x, Tensor e) {
        int n = x.size(-1);
        Tensor top = Tensor.cat(List.of(x, e), -1);
        Tensor bottom = Tensor.cat(List.of(Tensor.zeros(x.shape(), x.dtype()), x), -1);
        return matrixExp(Tensor.cat(List.of(top, bottom), -2)).narrow(-2, 0, n).narrow(-1, n, n);
    }
}
