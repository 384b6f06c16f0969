package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/** {@code torch.linalg.slogdet}'s result: det = sign·exp(logabsdet). */
public record Slogdet(Tensor sign, Tensor logabsdet) {
}
