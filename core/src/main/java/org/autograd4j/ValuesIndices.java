package org.autograd4j;

/**
 * The (values, indices) pair returned by {@code max(dim)}, {@code min(dim)} and similar ops,
 * PyTorch's {@code torch.return_types} namedtuple. {@code indices} is int64 and not differentiable.
 */
public record ValuesIndices(Tensor values, Tensor indices) {
}
