package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/** {@code torch.linalg.lu}'s result: A = P·L·U. */
public record LU(Tensor p, Tensor l, Tensor u) {
}
