package org.autograd4j.nn.functional;

import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.ops.Pointwise;

/** Dropout: zero each element with probability p and scale the rest by 1/(1-p) (node {@code MulBackward0}). */
public final class Dropout {
    private Dropout() {
    }

    public static Tensor dropout(Tensor input, double p, boolean training, boolean inplace, Generator generator) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + p);
        }
        if (!training || p == 0 || input.numel() == 0) {
            return input; // as PyTorch: nothing recorded, no random numbers drawn
        }
        if (p == 1) {
            Tensor zero = Tensor.zeros(new int[0], input.dtype());
            return inplace ? input.mul_(zero) : input.mul(zero);
        }
        Generator gen = generator == null ? Generator.defaultGenerator() : generator;
        double keep = 1 - p;
        Tensor u = gen.rand(input.shape(), DType.FLOAT64);
        Tensor mask = Pointwise.map(u, input.dtype(), v -> v < keep ? 1 / keep : 0);
        return inplace ? input.mul_(mask) : input.mul(mask);
    }
}
