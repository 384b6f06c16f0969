package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * Adaptive max pooling over the last dim to {@code outputSize}, as {@code nn.AdaptiveMaxPool1d};
 * {@link #withIndices} is PyTorch's {@code return_indices=True}.
 */
public class AdaptiveMaxPool1d extends Module {
    private final int outputSize;

    public AdaptiveMaxPool1d(int outputSize) {
        this.outputSize = outputSize;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveMaxPool1d(input, outputSize);
    }

    /** The module with {@code return_indices=True}: {values, int64 indices}, run between the hooks. */
    public Tensor[] withIndices(Tensor input) {
        return callWithHooks(new Tensor[] {input}, in -> F.adaptiveMaxPool1dWithIndices(in[0], outputSize));
    }

    @Override
    public String extraRepr() {
        return "output_size=" + outputSize;
    }
}
