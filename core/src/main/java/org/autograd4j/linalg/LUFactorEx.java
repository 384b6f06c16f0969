package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/**
 * {@code torch.linalg.lu_factor_ex}'s result: L and U packed in one matrix, the 1-based row
 * pivots, and per matrix 0 or the index of the first zero on U's diagonal (int64; PyTorch's are
 * int32).
 */
public record LUFactorEx(Tensor lu, Tensor pivots, Tensor info) {
}
