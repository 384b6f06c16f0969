package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Elementwise {@code tanh}, as {@code nn.Tanh}. */
public class Tanh extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return F.tanh(input);
    }
}
