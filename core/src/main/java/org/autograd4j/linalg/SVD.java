package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/** {@code torch.linalg.svd}'s result: A = U·diag(S)·Vᴴ, S descending. */
public record SVD(Tensor u, Tensor s, Tensor vh) {
}
