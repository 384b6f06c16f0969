package org.autograd4j.io;

import static org.autograd4j.io.SafeTensorsCrossCheckTest.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.nn.BatchNorm1d;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.ReLU;
import org.autograd4j.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's state dict through safetensors, both ways with real PyTorch 1.13 (see
 * core/src/test/python/gen_safetensors_fixtures.py): the file saved here loaded into PyTorch's
 * {@code Sequential(Linear(4, 8), BatchNorm1d(8), ReLU(), Linear(8, 3))} with {@code strict=True}, held
 * exactly PyTorch's initial weights for the same seed and gave the outputs recorded here; a model PyTorch
 * trained loads here and gives PyTorch's outputs.
 */
class SafeTensorsModuleTest {
    @TempDir
    Path dir;

    static Module model() {
        return new Sequential(new Linear(4, 8), new BatchNorm1d(8), new ReLU(), new Linear(8, 3));
    }

    /** PyTorch's torch.manual_seed(0) initialisation, in eval mode. */
    static Module seededModel() {
        Tensor.manualSeed(0);
        Module m = model();
        m.eval();
        return m;
    }

    static Tensor run(Module m, Tensor x) {
        try (var g = Autograd.noGrad()) {
            return m.call(x);
        }
    }

    @Test
    void savesTheFilePyTorchLoaded() throws IOException {
        Path file = dir.resolve("m.safetensors");
        SafeTensors.save(file, seededModel().stateDict());
        assertArrayEquals(Files.readAllBytes(fixture("java-module.safetensors")), Files.readAllBytes(file));
        assertEquals(List.of("0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var",
                "1.num_batches_tracked", "3.weight", "3.bias"), List.copyOf(SafeTensors.load(file).keySet()));
        Map<String, Tensor> io = SafeTensors.load(fixture("java-module-io.safetensors"));
        assertClose(io.get("output"), run(seededModel(), io.get("input")));
    }

    @Test
    void aModelPyTorchTrainedGivesPyTorchsOutputs() throws IOException {
        Module m = model();
        m.loadStateDict(SafeTensors.load(fixture("torch-module.safetensors")));
        m.eval();
        assertEquals(5, m.stateDict().get("1.num_batches_tracked").itemLong());
        Map<String, Tensor> io = SafeTensors.load(fixture("torch-module-io.safetensors"));
        assertClose(io.get("output"), run(m, io.get("input")));
    }

    private static void assertClose(Tensor expected, Tensor actual) {
        assertArrayEquals(expected.shape(), actual.shape());
        assertTrue(actual.isclose(expected, 1e-5, 1e-5, false).all().itemBoolean(), actual + " vs " + expected);
    }
}
