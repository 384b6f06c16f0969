package org.autograd4j.bench;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.linalg.Linalg;

/**
 * One {@code torch.linalg} op on a batch of n x n matrices (batch 0: one matrix), as
 * {@code torch_side.py linalg}: det, inv, solve (one right-hand side per row), cholesky, svd and
 * eigh. Inputs are randn + n·I (invertible) or, for cholesky and eigh, X·Xᵀ + n·I (positive-definite).
 */
final class LinalgWorkload {
    private final String op;
    private final Tensor a;
    private final Tensor spd;
    private final Tensor b;

    LinalgWorkload(String op, int batch, int n, DType dtype) {
        Tensor.manualSeed(0);
        this.op = op;
        int[] shape = batch == 0 ? new int[] {n, n} : new int[] {batch, n, n};
        Tensor eye = Tensor.eye(n, n, dtype).mul(n);
        Tensor x = Tensor.randn(shape).to(dtype);
        this.a = x.add(eye);
        this.spd = x.matmul(x.transpose(-2, -1)).add(eye);
        this.b = Tensor.randn(shape).to(dtype);
    }

    void run() {
        switch (op) {
            case "det": Linalg.det(a); break;
            case "inv": Linalg.inv(a); break;
            case "solve": Linalg.solve(a, b); break;
            case "cholesky": Linalg.cholesky(spd); break;
            case "svd": Linalg.svd(a, false); break;
            case "eigh": Linalg.eigh(spd); break;
            default: throw new IllegalArgumentException("unknown op " + op + "; use det, inv, solve, cholesky, svd or eigh");
        }
    }
}
