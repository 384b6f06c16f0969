package org.autograd4j.linalg;

import org.autograd4j.Tensor;

/** {@code torch.linalg.eigh}'s result: eigenvalues ascending, eigenvectors as columns. */
public record Eigh(Tensor eigenvalues, Tensor eigenvectors) {
}
