package org.autograd4j;

/**
 * What {@code histogram} returns, as PyTorch's {@code torch.return_types.histogram}: {@code hist}, the count (or
 * weight sum, or density) of each bin, and {@code binEdges}, the bins' n + 1 edges; both in the input's dtype.
 */
public record HistogramResult(Tensor hist, Tensor binEdges) {
}
