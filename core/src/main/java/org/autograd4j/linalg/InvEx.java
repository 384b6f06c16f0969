package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/**
 * {@code torch.linalg.inv_ex}'s result: the inverse and, per matrix, 0 or the index of the zero
 * pivot of a singular matrix (int64; PyTorch's is int32).
 */
public record InvEx(Tensor inverse, Tensor info) {
}
