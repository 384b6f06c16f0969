package org.autograd4j.nn;

import java.util.List;
import org.autograd4j.Tensor;

/**
 * Gated recurrent unit, as {@code nn.GRU}: {@code r = σ(x_r + h_r)}, {@code z = σ(x_z + h_z)},
 * {@code n = tanh(x_n + r·h_n)}, {@code h' = (1 - z)·n + z·h}, where x_* and h_* are the thirds of
 * {@code x·W_ihᵀ + b_ih} and {@code h·W_hhᵀ + b_hh}.
 */
public class GRU extends RNNBase {
    public GRU(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
            boolean bidirectional) {
        super(3, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    public GRU(int inputSize, int hiddenSize, int numLayers) {
        this(inputSize, hiddenSize, numLayers, true, false, 0, false);
    }

    public GRU(int inputSize, int hiddenSize) {
        this(inputSize, hiddenSize, 1);
    }

    @Override
    protected RecurrentState cell(Tensor inputGates, RecurrentState state, Tensor weightHh, Tensor biasHh) {
        List<Tensor> x = inputGates.chunk(3, -1);
        List<Tensor> h = F.linear(state.h(), weightHh, biasHh).chunk(3, -1);
        Tensor r = F.sigmoid(x.get(0).add(h.get(0)));
        Tensor z = F.sigmoid(x.get(1).add(h.get(1)));
        Tensor n = F.tanh(x.get(2).add(r.mul(h.get(2))));
        return RecurrentState.of(z.rsub(1.0).mul(n).add(z.mul(state.h())));
    }
}
