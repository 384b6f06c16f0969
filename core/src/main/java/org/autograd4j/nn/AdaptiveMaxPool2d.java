package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Adaptive max pooling over the last two dims to {@code outputSize} (one value for both, or (h, w)),
 * as {@code nn.AdaptiveMaxPool2d}; {@link #withIndices} is PyTorch's {@code return_indices=True}.
 */
public class AdaptiveMaxPool2d extends Module {
    private final int[] outputSize;

    public AdaptiveMaxPool2d(int... outputSize) {
        this.outputSize = Args.nonNull(outputSize, "outputSize").clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.adaptiveMaxPool2d(input, outputSize);
    }

    /** The module with {@code return_indices=True}: {values, int64 flat indices}, run between the hooks. */
    public Tensor[] withIndices(Tensor input) {
        return callWithHooks(new Tensor[] {input}, in -> F.adaptiveMaxPool2dWithIndices(in[0], outputSize));
    }

    @Override
    public String extraRepr() {
        return "output_size=" + PyRepr.intOrTuple(outputSize);
    }
}
