package org.autograd4j.examples.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.io.FileFormatException;
import org.autograd4j.io.SafeTensors;
import org.autograd4j.io.TorchCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitModelTest {
    @TempDir
    Path dir;

    @Test
    void aSavedModelLoadsWithItsArchitectureAndWeights() throws IOException {
        Tensor.manualSeed(3);
        DigitModel saved = new DigitModel(Architecture.CNN);
        Path file = dir.resolve("cnn.safetensors");
        saved.save(file);

        DigitModel loaded = DigitModel.load(file);

        assertEquals(Architecture.CNN, loaded.architecture());
        Map<String, Tensor> expected = saved.network().stateDict();
        loaded.network().stateDict().forEach((key, w) ->
                assertArrayEquals(expected.get(key).contiguous().toFloatArray(), w.contiguous().toFloatArray(), key));
    }

    @Test
    void aModelSavedAsPyTorchsStateDictLoadsWithItsArchitectureRecognised() throws IOException {
        for (Architecture architecture : Architecture.values()) {
            Tensor.manualSeed(4);
            DigitModel saved = new DigitModel(architecture);
            Path file = dir.resolve(architecture.id() + ".pt");
            saved.save(file);
            assertEquals(List.copyOf(saved.network().stateDict().keySet()),
                    List.copyOf(TorchCheckpoint.loadStateDict(file).keySet()), "a plain state dict, PyTorch's names");

            DigitModel loaded = DigitModel.load(file);

            assertEquals(architecture, loaded.architecture());
            Map<String, Tensor> expected = saved.network().stateDict();
            loaded.network().stateDict().forEach((key, w) -> assertArrayEquals(
                    expected.get(key).contiguous().toFloatArray(), w.contiguous().toFloatArray(), key));
        }
    }

    @Test
    void aCheckpointWithoutTheArchitectureIsRefused() throws IOException {
        Path file = dir.resolve("weights.safetensors");
        SafeTensors.save(file, Architecture.MLP.build().stateDict());

        FileFormatException e = assertThrows(FileFormatException.class, () -> DigitModel.load(file));

        assertEquals(file + ": no \"architecture\" in its metadata; was it saved by 'autograd4j train'?",
                e.getMessage());
    }

    @Test
    void probabilitiesSumToOne() {
        Tensor p = new DigitModel(Architecture.MLP).probabilities(Tensor.zeros(1, 28, 28));
        assertArrayEquals(new int[] {10}, p.shape());
        assertEquals(1.0, p.sum().item(), 1e-6);
    }
}
