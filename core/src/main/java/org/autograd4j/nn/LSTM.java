package org.autograd4j.nn;

import java.util.List;
import org.autograd4j.Tensor;

/**
 * Long short-term memory, as {@code nn.LSTM}: gates i, f, g, o from {@code x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh},
 * {@code c' = σ(f)·c + σ(i)·tanh(g)}, {@code h' = σ(o)·tanh(c')}.
 */
public class LSTM extends RNNBase {
    public LSTM(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
            boolean bidirectional) {
        super(4, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    public LSTM(int inputSize, int hiddenSize, int numLayers) {
        this(inputSize, hiddenSize, numLayers, true, false, 0, false);
    }

    public LSTM(int inputSize, int hiddenSize) {
        this(inputSize, hiddenSize, 1);
    }

    @Override
    protected boolean hasCellState() {
        return true;
    }

    @Override
    protected RecurrentState cell(Tensor inputGates, RecurrentState state, Tensor weightHh, Tensor biasHh) {
        List<Tensor> gates = inputGates.add(F.linear(state.h(), weightHh, biasHh)).chunk(4, -1);
        Tensor c = F.sigmoid(gates.get(1)).mul(state.c()).add(F.sigmoid(gates.get(0)).mul(F.tanh(gates.get(2))));
        return new RecurrentState(F.sigmoid(gates.get(3)).mul(F.tanh(c)), c);
    }
}
