package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/**
 * {@code torch.linalg.lstsq}'s result with the CPU default driver "gelsy": the solution and the
 * numerical rank (int64); residuals and singular values are empty, as that driver leaves them.
 */
public record Lstsq(Tensor solution, Tensor residuals, Tensor rank, Tensor singularValues) {
}
