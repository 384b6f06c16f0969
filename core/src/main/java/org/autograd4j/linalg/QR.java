package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/** {@code torch.linalg.qr}'s result: A = Q·R. */
public record QR(Tensor q, Tensor r) {
}
