package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** Average pooling to a fixed output size (h, w), or one value for both, as {@code nn.AdaptiveAvgPool2d}. */
public class AdaptiveAvgPool2d extends Module {
    private final int[] outputSize;

    public AdaptiveAvgPool2d(int... outputSize) {
        Args.nonNull(outputSize, "outputSize");
        if (outputSize.length != 1 && outputSize.length != 2) {
            throw new IllegalArgumentException("output_size must be one int or (h, w), got " + outputSize.length
                    + " values");
        }
        this.outputSize = outputSize.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        int[] size = outputSize.length == 2 ? outputSize : new int[] {outputSize[0], outputSize[0]};
        return F.adaptiveAvgPool2d(input, size);
    }

    @Override
    public String extraRepr() {
        return "output_size=" + PyRepr.intOrTuple(outputSize);
    }
}
