package org.autograd4j.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.nn.init.Init;

/**
 * What RNN, LSTM and GRU share ({@code torch.nn.RNNBase}): the parameters per layer and direction
 * ({@code weight_ih_l0}, {@code weight_hh_l0}, {@code bias_ih_l0}, {@code bias_hh_l0}, then
 * {@code ..._reverse}), PyTorch's initialisation U(±1/sqrt(hidden)), and the loop over layers,
 * directions and time steps. A subclass gives the cell: one time step of one layer.
 *
 * <p>{@link #call(Tensor)} returns the output only (so a recurrent layer fits in a Sequential);
 * {@link #run(Tensor, RecurrentState)} also takes and returns the hidden state, as PyTorch's forward.
 */
public abstract class RNNBase extends Module {
    private final int inputSize;
    private final int hiddenSize;
    private final int numLayers;
    private final boolean bias;
    private final boolean batchFirst;
    private final double dropout;
    private final boolean bidirectional;

    protected RNNBase(int gates, int inputSize, int hiddenSize, int numLayers, boolean bias,
            boolean batchFirst, double dropout, boolean bidirectional) {
        if (dropout < 0 || dropout > 1) {
            throw new IllegalArgumentException("dropout should be a number in range [0, 1] representing the "
                    + "probability of an element being zeroed");
        }
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.numLayers = numLayers;
        this.bias = bias;
        this.batchFirst = batchFirst;
        this.dropout = dropout;
        this.bidirectional = bidirectional;
        for (int layer = 0; layer < numLayers; layer++) {
            for (int direction = 0; direction < directions(); direction++) {
                registerCellParameters(gates * hiddenSize, layer == 0 ? inputSize : hiddenSize * directions(),
                        suffix(layer, direction));
            }
        }
        double bound = 1 / Math.sqrt(hiddenSize);
        for (Tensor p : parameters()) {
            Init.uniform_(p, -bound, bound);
        }
    }

    /** One layer and direction's weights [gate rows, input] and [gate rows, hidden], and biases, in PyTorch's order. */
    private void registerCellParameters(int gateRows, int layerInputSize, String suffix) {
        registerParameter("weight_ih" + suffix, Tensor.empty(gateRows, layerInputSize));
        registerParameter("weight_hh" + suffix, Tensor.empty(gateRows, hiddenSize));
        if (bias) {
            registerParameter("bias_ih" + suffix, Tensor.empty(gateRows));
            registerParameter("bias_hh" + suffix, Tensor.empty(gateRows));
        }
    }

    private static String suffix(int layer, int direction) {
        return "_l" + layer + (direction == 1 ? "_reverse" : "");
    }

    private int directions() {
        return bidirectional ? 2 : 1;
    }

    /** One time step: the new state from the input's projection {@code x·W_ihᵀ + b_ih} and the old state. */
    protected abstract RecurrentState cell(Tensor inputGates, RecurrentState state, Tensor weightHh, Tensor biasHh);

    /** Whether the state has a cell part (LSTM). */
    protected boolean hasCellState() {
        return false;
    }

    @Override
    public Tensor forward(Tensor input) {
        Args.nonNull(input, "input");
        return compute(input, null).output();
    }

    /** Runs over the whole sequence from {@code state} (null for zeros), with the forward hooks. */
    public RecurrentOutput run(Tensor input, RecurrentState state) {
        Args.nonNull(input, "input");
        Tensor[] inputs = state == null ? new Tensor[] {input}
                : state.c() == null ? new Tensor[] {input, state.h()} : new Tensor[] {input, state.h(), state.c()};
        return callWithHooks(inputs, in -> compute(in[0], state == null ? null
                : new RecurrentState(in[1], in.length > 2 ? in[2] : null)));
    }

    public RecurrentOutput run(Tensor input) {
        return run(input, null);
    }

    private RecurrentOutput compute(Tensor input, RecurrentState state) {
        if (input.dim() != 2 && input.dim() != 3) {
            throw new IllegalArgumentException(name() + ": Expected input to be 2-D or 3-D but received " + input.dim()
                    + "-D tensor");
        }
        if (input.size(-1) != inputSize) {
            throw new IllegalArgumentException("input.size(-1) must be equal to input_size. Expected " + inputSize
                    + ", got " + input.size(-1));
        }
        boolean batched = input.dim() == 3;
        Tensor x = batched ? (batchFirst ? input.transpose(0, 1) : input) : input.unsqueeze(1);
        List<RecurrentState> finalStates = new ArrayList<>();
        x = runLayers(x, initialState(x, state, batched), finalStates);
        Tensor output = batched ? (batchFirst ? x.transpose(0, 1) : x) : x.squeeze(1);
        Tensor h = Tensor.stack(finalStates.stream().map(RecurrentState::h).toList(), 0);
        Tensor c = hasCellState() ? Tensor.stack(finalStates.stream().map(RecurrentState::c).toList(), 0) : null;
        return new RecurrentOutput(output, new RecurrentState(batched ? h : h.squeeze(1),
                c == null || batched ? c : c.squeeze(1)));
    }

    /** The layers over time-major {@code x}; adds each layer and direction's final state to {@code finalStates}. */
    private Tensor runLayers(Tensor x, RecurrentState initial, List<RecurrentState> finalStates) {
        for (int layer = 0; layer < numLayers; layer++) {
            List<Tensor> directionOutputs = new ArrayList<>();
            for (int direction = 0; direction < directions(); direction++) {
                int index = layer * directions() + direction;
                RecurrentState start = new RecurrentState(initial.h().select(0, index),
                        initial.c() == null ? null : initial.c().select(0, index));
                finalStates.add(runDirection(x, start, suffix(layer, direction), direction == 1, directionOutputs));
            }
            x = directionOutputs.size() == 1 ? directionOutputs.get(0) : Tensor.cat(directionOutputs, 2);
            if (dropout > 0 && isTraining() && layer < numLayers - 1) {
                x = F.dropout(x, dropout, true);
            }
        }
        return x;
    }

    /** Runs one direction of one layer over time-major {@code x}, adding its [L, N, H] outputs to {@code outputs}. */
    private RecurrentState runDirection(Tensor x, RecurrentState start, String suffix, boolean reverse,
            List<Tensor> outputs) {
        Tensor inputGates = F.linear(x, parameter("weight_ih" + suffix), bias ? parameter("bias_ih" + suffix) : null);
        Tensor weightHh = parameter("weight_hh" + suffix);
        Tensor biasHh = bias ? parameter("bias_hh" + suffix) : null;
        int steps = x.size(0);
        Tensor[] hs = new Tensor[steps];
        RecurrentState state = start;
        for (int i = 0; i < steps; i++) {
            int t = reverse ? steps - 1 - i : i;
            state = cell(inputGates.select(0, t), state, weightHh, biasHh);
            hs[t] = state.h();
        }
        outputs.add(Tensor.stack(Arrays.asList(hs), 0));
        return state;
    }

    /** The given state (checked, with a batch dim of 1 added when unbatched), or zeros. */
    private RecurrentState initialState(Tensor x, RecurrentState state, boolean batched) {
        int[] expected = {numLayers * directions(), x.size(1), hiddenSize};
        if (state == null) {
            return new RecurrentState(Tensor.zeros(expected, x.dtype()),
                    hasCellState() ? Tensor.zeros(expected, x.dtype()) : null);
        }
        Tensor h = batched ? state.h() : state.h().unsqueeze(1);
        Tensor c = state.c() == null || batched ? state.c() : state.c().unsqueeze(1);
        checkHiddenSize(h, expected, "Expected hidden size ");
        if (hasCellState()) {
            if (c == null) {
                throw new IllegalArgumentException(name() + " needs a cell state with its hidden state");
            }
            checkHiddenSize(c, expected, "Expected hidden[1] size ");
        }
        return new RecurrentState(h, c);
    }

    private static void checkHiddenSize(Tensor t, int[] expected, String what) {
        if (!Arrays.equals(t.shape(), expected)) {
            throw new IllegalArgumentException(what + "(" + expected[0] + ", " + expected[1] + ", " + expected[2]
                    + "), got " + org.autograd4j.tensor.Shapes.str(t.shape()));
        }
    }

    @Override
    public String extraRepr() {
        StringBuilder s = new StringBuilder().append(inputSize).append(", ").append(hiddenSize);
        if (numLayers != 1) {
            s.append(", num_layers=").append(numLayers);
        }
        if (!bias) {
            s.append(", bias=False");
        }
        if (batchFirst) {
            s.append(", batch_first=True");
        }
        if (dropout != 0) {
            s.append(", dropout=").append(PyRepr.num(dropout));
        }
        if (bidirectional) {
            s.append(", bidirectional=True");
        }
        return s.toString();
    }
}
