package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/** {@code torch.linalg.lu_factor}'s result: L and U packed in one matrix, and the 1-based row pivots (int64). */
public record LUFactor(Tensor lu, Tensor pivots) {
}
