package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * The hidden state of a recurrent layer, [layers * directions, N, hidden] (no N when unbatched);
 * {@code c} is LSTM's cell state and null for RNN and GRU.
 */
public record RecurrentState(Tensor h, Tensor c) {
    public static RecurrentState of(Tensor h) {
        return new RecurrentState(h, null);
    }
}
