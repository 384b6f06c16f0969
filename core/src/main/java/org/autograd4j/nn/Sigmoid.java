package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Elementwise {@code 1 / (1 + exp(-x))}, as {@code nn.Sigmoid}. */
public class Sigmoid extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return F.sigmoid(input);
    }
}
