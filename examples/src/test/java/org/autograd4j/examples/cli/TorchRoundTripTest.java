package org.autograd4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.datasets.Datasets;
import org.autograd4j.examples.mnist.Architecture;
import org.autograd4j.examples.mnist.DigitModel;
import org.autograd4j.io.Npz;
import org.autograd4j.io.TorchCheckpoint;
import org.autograd4j.nn.Linear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's trained MLP through PyTorch and back, with files PyTorch 1.13 read and wrote (resources torch/, made
 * by gen_torch_round_trip.py beside them): mnist-mlp.pt is what {@code autograd4j export --format pt} wrote after
 * {@code autograd4j train}; PyTorch loaded it with {@code weights_only=True}, computed logits and the test accuracy
 * (mnist-mlp-logits.npz), and saved its state dict again (mnist-mlp-torch.pt).
 */
class TorchRoundTripTest {
    /** The test accuracy of the demo's MLP at seed 0 (the README's), which PyTorch computed too. */
    private static final double DEMO_ACCURACY = 0.9710;

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(TorchRoundTripTest.class.getResource("/org/autograd4j/examples/torch/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void javaComputesPyTorchsLogitsAndAccuracyFromTheExportedFile() throws IOException {
        DigitModel model = DigitModel.load(fixture("mnist-mlp.pt"));
        assertEquals(Architecture.MLP, model.architecture(), "recognised by its state dict's names and shapes");
        Map<String, Tensor> pytorch = Npz.load(fixture("mnist-mlp-logits.npz"));
        List<Tensor> test = Datasets.mnist10k().test().tensors();
        model.network().eval();
        Tensor logits;
        try (var noGrad = Autograd.noGrad()) {
            logits = model.logits(test.get(0));
        }
        float[] want = pytorch.get("logits").contiguous().toFloatArray();
        float[] got = logits.narrow(0, 0, want.length / 10).contiguous().toFloatArray();
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], 2e-5 * Math.max(1, Math.abs(want[i])), "logit " + i);
        }
        double accuracy = logits.argmax(1).eq(test.get(1)).toDouble().mean().item();
        assertEquals(pytorch.get("accuracy").item(), accuracy, 1e-12);
        assertEquals(DEMO_ACCURACY, accuracy, 1e-12);
    }

    @Test
    void pytorchsResavedFileLoadsToEqualTensors() throws IOException {
        Map<String, Tensor> java = DigitModel.load(fixture("mnist-mlp.pt")).network().stateDict();
        Map<String, Tensor> resaved = TorchCheckpoint.loadStateDict(fixture("mnist-mlp-torch.pt"));
        assertEquals(List.copyOf(java.keySet()), List.copyOf(resaved.keySet()));
        java.forEach((name, t) -> {
            assertArrayEquals(t.shape(), resaved.get(name).shape(), name);
            assertArrayEquals(t.contiguous().toFloatArray(), resaved.get(name).contiguous().toFloatArray(), name);
        });
    }

    @Test
    void exportWritesTheFixtureBackByteForByte() throws IOException {
        Path safetensors = dir.resolve("mnist-mlp.safetensors");
        CommandRun in = CommandRun.of("export", "--model", fixture("mnist-mlp-torch.pt").toString(),
                "--format", "safetensors", "--out", safetensors.toString());
        assertEquals(0, in.exitCode(), in.err());
        assertEquals(safetensors + ": the mlp of " + fixture("mnist-mlp-torch.pt") + ", in the demo's format\n",
                in.out());

        CommandRun out = CommandRun.of("export", "--model", safetensors.toString(), "--format", "pt");
        assertEquals(0, out.exitCode(), out.err());
        Path pt = dir.resolve("mnist-mlp.pt");
        assertEquals(pt + ": the mlp of " + safetensors + ", as PyTorch's state dict\n", out.out());
        assertArrayEquals(Files.readAllBytes(fixture("mnist-mlp.pt")), Files.readAllBytes(pt),
                "the file PyTorch read, written again from PyTorch's own copy of its weights");
    }

    @Test
    void predictReadsPyTorchsFile() {
        Path digit = dir.resolve("digit.png");
        CommandRun.of("export-sample", "--index", "8000", "--out", digit.toString());
        CommandRun predict = CommandRun.of("predict", "--model", fixture("mnist-mlp-torch.pt").toString(),
                "--image", digit.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        assertTrue(predict.out().startsWith(digit + ": 1 ("), predict.out());
    }

    @Test
    void refusesAStateDictThatIsNotTheDemosAndAMismatchedExtension() throws IOException {
        Path other = dir.resolve("other.pt");
        TorchCheckpoint.save(other, new Linear(3, 2).stateDict());
        CommandRun run = CommandRun.of("export", "--model", other.toString(), "--format", "safetensors");
        assertEquals(1, run.exitCode());
        assertEquals("export: " + other + ": its state dict {weight=[2, 3], bias=[2]} is not that of the demo's mlp "
                + "or cnn (the nn.Sequential of examples/src/test/python/mnist_in_pytorch.py)\n", run.err());

        CommandRun mismatch = CommandRun.of("export", "--model", fixture("mnist-mlp.pt").toString(), "--format",
                "pt", "--out", dir.resolve("x.safetensors").toString());
        assertEquals(2, mismatch.exitCode());
        assertTrue(mismatch.err().startsWith("--out: " + dir.resolve("x.safetensors") + " would be read back as "
                + "safetensors; give it the extension .pt\n"), mismatch.err());

        CommandRun unknown = CommandRun.of("export", "--format", "onnx");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown format 'onnx' (expected pt or safetensors)"), unknown.err());
    }
}
