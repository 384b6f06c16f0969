package org.autograd4j.nn;

import static org.autograd4j.nn.ModuleParityTest.TORCH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/** RNN, LSTM and GRU against PyTorch 1.13 (modules.txt): init, outputs, final states, every gradient. */
class RecurrentParityTest {

    /** Runs with PyTorch's initial state (if any) and compares output, h_n and (LSTM) c_n. */
    private static void check(String name, Supplier<RNNBase> build) {
        ModuleParityTest.check(name, build, (m, in) -> {
            RecurrentState state = in.size() == 1 ? null
                    : new RecurrentState(in.get(1), in.size() > 2 ? in.get(2) : null);
            RecurrentOutput result = m.run(in.get(0), state);
            List<Tensor> outs = new ArrayList<>(List.of(result.output(), result.state().h()));
            if (result.state().c() != null) {
                outs.add(result.state().c());
            }
            return outs;
        });
    }

    @Test
    void rnn() {
        check("rnn", () -> new RNN(3, 4));
        check("rnn_relu_deep", () -> new RNN(3, 4, 2, "relu", true, true, 0, false));
    }

    @Test
    void lstm() {
        check("lstm", () -> new LSTM(3, 5));
        check("lstm_full", () -> new LSTM(3, 4, 2, true, true, 0, true));
        check("lstm_unbatched_nobias", () -> new LSTM(2, 3, 1, false, false, 0, false));
    }

    @Test
    void gru() {
        check("gru", () -> new GRU(3, 4, 2, true, false, 0, true));
    }

    @Test
    void lstmInitIsPyTorchsBitForBit() {
        Tensor.manualSeed(0);
        new LSTM(64, 128, 2).stateDict().forEach((key, t) ->
                assertEquals(TORCH.hash("init/lstm/" + key), TorchValues.bitsHash(t), key));
    }

    @Test
    void callReturnsTheOutputSoALayerFitsInASequential() {
        LSTM lstm = new LSTM(3, 4);
        Tensor x = Tensor.randn(5, 2, 3);
        assertArrayEquals(lstm.run(x).output().toFloatArray(), lstm.call(x).toFloatArray());
        assertNull(new GRU(3, 4).run(x).state().c());
    }

    @Test
    void errors() {
        LSTM lstm = new LSTM(3, 4);
        assertEquals("LSTM: Expected input to be 2-D or 3-D but received 4-D tensor", assertThrows(
                IllegalArgumentException.class, () -> lstm.call(Tensor.zeros(1, 2, 3, 4))).getMessage());
        assertEquals("input.size(-1) must be equal to input_size. Expected 3, got 5", assertThrows(
                IllegalArgumentException.class, () -> lstm.call(Tensor.zeros(2, 1, 5))).getMessage());
        assertEquals("Expected hidden size (1, 2, 4), got [1, 2, 3]", assertThrows(IllegalArgumentException.class,
                () -> lstm.run(Tensor.zeros(5, 2, 3), new RecurrentState(Tensor.zeros(1, 2, 3), Tensor.zeros(1, 2, 4))))
                .getMessage());
        assertEquals("Unknown nonlinearity 'gelu'. Select from 'tanh' or 'relu'.", assertThrows(
                IllegalArgumentException.class, () -> new RNN(2, 2, 1, "gelu", true, false, 0, false)).getMessage());
    }
}
