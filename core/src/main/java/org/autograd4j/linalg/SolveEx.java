package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/**
 * {@code torch.linalg.solve_ex}'s result: the solution and, per matrix, 0 or the index of the zero
 * pivot of a singular A (int64; PyTorch's is int32).
 */
public record SolveEx(Tensor result, Tensor info) {
}
