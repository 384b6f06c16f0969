package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** Elman RNN, {@code h' = tanh(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh)} (or relu), as {@code nn.RNN}. */
public class RNN extends RNNBase {
    private final boolean relu;

    /** {@code nonlinearity} "tanh" or "relu". */
    public RNN(int inputSize, int hiddenSize, int numLayers, String nonlinearity, boolean bias, boolean batchFirst,
            double dropout, boolean bidirectional) {
        super(1, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
        if (!Args.nonNull(nonlinearity, "nonlinearity").equals("tanh") && !nonlinearity.equals("relu")) {
            throw new IllegalArgumentException("Unknown nonlinearity '" + nonlinearity + "'. Select from 'tanh' or "
                    + "'relu'.");
        }
        this.relu = nonlinearity.equals("relu");
    }

    public RNN(int inputSize, int hiddenSize, int numLayers) {
        this(inputSize, hiddenSize, numLayers, "tanh", true, false, 0, false);
    }

    public RNN(int inputSize, int hiddenSize) {
        this(inputSize, hiddenSize, 1);
    }

    @Override
    protected RecurrentState cell(Tensor inputGates, RecurrentState state, Tensor weightHh, Tensor biasHh) {
        Tensor preActivation = inputGates.add(F.linear(state.h(), weightHh, biasHh));
        return RecurrentState.of(relu ? F.relu(preActivation) : F.tanh(preActivation));
    }
}
