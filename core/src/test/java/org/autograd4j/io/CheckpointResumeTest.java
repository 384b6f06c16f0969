package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.autograd4j.nn.Module;
import org.autograd4j.optim.Adam;
import org.autograd4j.optim.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training run saved mid-way and resumed into fresh objects continues exactly as the original does. */
class CheckpointResumeTest {
    @TempDir
    Path dir;

    private static final Tensor X = Tensor.randn(16, 4);
    private static final Tensor Y = Tensor.randint(0, 3, 16);

    private static void train(Module model, Optimizer opt, int steps) {
        for (int i = 0; i < steps; i++) {
            Tensor loss = F.crossEntropy(model.call(X), Y);
            opt.zeroGrad();
            loss.backward();
            opt.step();
        }
    }

    private static List<float[]> weights(Module model) {
        List<float[]> out = new ArrayList<>();
        for (Tensor t : model.stateDict().values()) {
            out.add(t.toFloatArray());
        }
        return out;
    }

    @Test
    void modelAndOptimizerResumeBitForBit() throws IOException {
        Tensor.manualSeed(0);
        Module model = SafeTensorsModuleTest.model();
        Adam opt = new Adam(model.parameters(), Adam.options().lr(0.01).amsgrad(true).weightDecay(0.01));
        train(model, opt, 3);
        Map<String, Object> ckpt = new LinkedHashMap<>();
        ckpt.put("model", model.stateDict());
        ckpt.put("optimizer", opt.stateDict());
        ckpt.put("epoch", 3);
        Path file = dir.resolve("ckpt.safetensors");
        Checkpoint.save(file, ckpt);
        train(model, opt, 2);

        Tensor.manualSeed(99);
        Module resumed = SafeTensorsModuleTest.model();
        Adam resumedOpt = new Adam(resumed.parameters(), Adam.options().lr(0.5)); // the checkpoint's options win
        Map<String, Object> back = Checkpoint.load(file);
        resumed.loadStateDict(Checkpoint.tensors(back.get("model")));
        resumedOpt.loadStateDict(Checkpoint.map(back.get("optimizer")));
        assertEquals(3L, back.get("epoch"));
        train(resumed, resumedOpt, 2);

        List<float[]> expected = weights(model);
        List<float[]> actual = weights(resumed);
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "state dict entry " + i);
        }
    }
}
