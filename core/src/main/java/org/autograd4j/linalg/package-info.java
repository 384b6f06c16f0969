/**
 * PyTorch's {@code torch.linalg}: {@link org.autograd4j.linalg.Linalg} and the records its
 * decompositions return.
 */
package org.autograd4j.linalg;
