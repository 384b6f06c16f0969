package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/**
 * {@code torch.linalg.cholesky_ex}'s result: the factor and, per matrix, 0 or the order of the
 * first leading minor that is not positive-definite (int64; PyTorch's is int32).
 */
public record CholeskyEx(Tensor l, Tensor info) {
}
