package org.autograd4j;

/**
 * The distinct values returned by {@code unique} and {@code uniqueConsecutive}, with PyTorch's
 * optional outputs: {@code inverse} (int64, the input's shape: each element's position in
 * {@code values}) and {@code counts} (int64, how often each value occurs); each is null unless asked for.
 */
public record UniqueResult(Tensor values, Tensor inverse, Tensor counts) {
}
