package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.optim.SGD;
import org.junit.jupiter.api.Test;

/** The documented loop (docs/NN.md) trains a model, and a saved state reloads into a fresh one. */
class TrainingTest {
    static final class Net extends Module {
        final Linear fc1;
        final Dropout drop;
        final Linear fc2;

        Net() {
            fc1 = register("fc1", new Linear(2, 16));
            drop = register("drop", new Dropout(0.1));
            fc2 = register("fc2", new Linear(16, 2));
        }

        @Override
        public Tensor forward(Tensor x) {
            return fc2.call(drop.call(F.relu(fc1.call(x))));
        }
    }

    @Test
    void learnsXorAndReloads() {
        Tensor.manualSeed(0);
        Tensor x = Tensor.of(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        Tensor y = Tensor.of(0L, 1L, 1L, 0L);
        Net model = new Net();
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        SGD opt = new SGD(model.parameters(), 0.1, 0.9);
        model.train();
        double first = 0;
        double last = 0;
        for (int step = 0; step < 300; step++) {
            Tensor loss = criterion.call(model.call(x), y);
            opt.zeroGrad();
            loss.backward();
            opt.step();
            first = step == 0 ? loss.item() : first;
            last = loss.item();
        }
        assertTrue(last < first / 5, "loss " + first + " -> " + last);
        model.eval();
        Tensor predicted;
        try (var g = Autograd.noGrad()) {
            predicted = model.call(x).argmax(1);
        }
        assertArrayEquals(y.toLongArray(), predicted.toLongArray());

        Map<String, Tensor> state = model.stateDict();
        Net restored = new Net();
        restored.loadStateDict(state);
        restored.eval();
        assertArrayEquals(model.call(x).toFloatArray(), restored.call(x).toFloatArray());
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"), List.copyOf(state.keySet()));
    }
}
