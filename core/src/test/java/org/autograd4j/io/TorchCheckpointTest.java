package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.ReLU;
import org.autograd4j.nn.Sequential;
import org.autograd4j.optim.Adam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checkpoints PyTorch 1.13 wrote in its zip and its legacy format (resources torch/, made by torch/gen_torch.py,
 * with the values NumPy saved beside them in .npz files) and one this writer made, which the script checked with
 * {@code torch.load(weights_only=True)}.
 */
class TorchCheckpointTest {
    /** The suffix of the fixtures in the legacy format ({@code _use_new_zipfile_serialization=False}). */
    static final String LEGACY = "_legacy";

    @TempDir
    Path dir;

    static Path fixture(String name) {
        return SafeTensorsCrossCheckTest.fixture("torch/" + name);
    }

    private static void assertSame(Tensor want, Tensor got, String name) {
        assertEquals(want.dtype(), got.dtype(), name);
        assertArrayEquals(want.shape(), got.shape(), name);
        assertArrayEquals(want.toDoubleArray(), got.toDoubleArray(), name);
    }

    private static void assertAllSame(Map<String, Tensor> want, Map<String, Tensor> got) {
        assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()));
        want.forEach((k, v) -> assertSame(v, got.get(k), k));
    }

    @ParameterizedTest(name = "mlp_state{0}.pt")
    @ValueSource(strings = {"", LEGACY})
    void loadsAStateDictIntoAModel(String format) throws IOException {
        Map<String, Tensor> weights = TorchCheckpoint.loadStateDict(fixture("mlp_state" + format + ".pt"));
        assertAllSame(Npz.load(fixture("mlp_state.npz")), weights);
        Sequential model = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 2));
        model.loadStateDict(weights);
        assertAllSame(weights, model.stateDict());
    }

    @ParameterizedTest(name = "ckpt{0}.pt")
    @ValueSource(strings = {"", LEGACY})
    @SuppressWarnings("unchecked")
    void loadsANestedCheckpointWithItsPlainValues(String format) throws IOException {
        Map<String, Object> ckpt = (Map<String, Object>) TorchCheckpoint.load(fixture("ckpt" + format + ".pt"));
        Map<String, Tensor> want = Npz.load(fixture("ckpt.npz"));
        assertEquals(3L, ckpt.get("epoch"));
        ((Map<String, Tensor>) ckpt.get("model")).forEach((k, v) -> assertSame(want.get("model." + k), v, k));
        Map<String, Object> optimizer = (Map<String, Object>) ckpt.get("optimizer");
        Map<Object, Object> group = ((List<Map<Object, Object>>) optimizer.get("param_groups")).get(0);
        assertEquals(0.001, group.get("lr"));
        assertEquals(List.of(0.9, 0.999), group.get("betas"));
        assertEquals(1e-8, group.get("eps"));
        assertEquals(0L, group.get("weight_decay"));
        assertEquals(false, group.get("amsgrad"));
        assertNull(group.get("foreach"));
        assertEquals(List.of(0L, 1L, 2L, 3L), group.get("params"));
        Map<Object, Map<String, Tensor>> state = (Map<Object, Map<String, Tensor>>) optimizer.get("state");
        for (long i = 0; i < 4; i++) {
            assertSame(want.get("exp_avg." + i), state.get(i).get("exp_avg"), "exp_avg." + i);
            assertEquals(1.0, state.get(i).get("step").item());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void resumesPyTorchsTrainingStateInJavaAndSavesItBack() throws IOException {
        Map<String, Object> ckpt = (Map<String, Object>) TorchCheckpoint.load(fixture("ckpt.pt"));
        Sequential model = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 2));
        model.loadStateDict((Map<String, Tensor>) ckpt.get("model"));
        Adam opt = new Adam(model.parameters(), 0.01);
        opt.loadStateDict((Map<String, Object>) ckpt.get("optimizer"));
        Map<String, Object> resumed = new LinkedHashMap<>();
        resumed.put("model", model.stateDict());
        resumed.put("optimizer", opt.stateDict());
        resumed.put("epoch", 3);
        TorchCheckpoint.save(dir.resolve("resumed.pt"), resumed);
        Map<String, Object> back = (Map<String, Object>) TorchCheckpoint.load(dir.resolve("resumed.pt"));
        Adam again = new Adam(model.parameters(), 0.01);
        again.loadStateDict((Map<String, Object>) back.get("optimizer"));
        Map<Object, Object> group = ((List<Map<Object, Object>>) opt.stateDict().get("param_groups")).get(0);
        assertEquals(0.001, group.get("lr"), "PyTorch's learning rate replaced the constructor's");
        Map<Object, Map<String, Tensor>> state = (Map<Object, Map<String, Tensor>>) again.stateDict().get("state");
        assertSame(Npz.load(fixture("ckpt.npz")).get("exp_avg.2"), state.get(2).get("exp_avg"), "exp_avg.2");
        assertEquals(3L, back.get("epoch"));
    }

    @ParameterizedTest(name = "views{0}.pt")
    @ValueSource(strings = {"", LEGACY})
    void viewsShareTheirStorageAndSmallTypesWiden(String format) throws IOException {
        Map<String, Tensor> views = TorchCheckpoint.loadStateDict(fixture("views" + format + ".pt"));
        assertAllSame(Npz.load(fixture("views.npz")), views);
        assertEquals(DType.FLOAT32, views.get("half").dtype());
        assertEquals(DType.INT64, views.get("byte").dtype());
        assertArrayEquals(new int[] {1, 4}, views.get("t").stride());
        assertEquals(5, views.get("tail").storageOffset());
        views.get("base").fill_(7);
        for (String view : List.of("t", "row", "col", "tail")) {
            assertArrayEquals(new double[views.get(view).numel()], views.get(view).sub(7).toDoubleArray(), view);
        }
    }

    /** Tensors this writer saves, sharing a storage as PyTorch's views do. */
    static Map<String, Tensor> javaTensors() {
        Tensor base = Tensor.of(new float[] {1.5f, -2f, 0.25f, 3e-8f, -0f, Float.POSITIVE_INFINITY}, 2, 3);
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("base", base);
        m.put("t", base.t());
        m.put("row", base.select(0, 1));
        m.put("f64", Tensor.of(0.1, -1e300, Double.MIN_VALUE));
        m.put("i64", Tensor.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE));
        m.put("bool", Tensor.of(true, false, true));
        m.put("scalar", Tensor.scalar(42f));
        m.put("empty", Tensor.zeros(0, 3));
        return m;
    }

    @Test
    void writesWhatPyTorchReadsBack() throws IOException {
        Path written = Path.of("target", "java-written.pt");
        Files.createDirectories(written.getParent());
        TorchCheckpoint.save(written, javaTensors());
        Map<String, Tensor> contiguous = new LinkedHashMap<>();
        javaTensors().forEach((k, v) -> contiguous.put(k, v.contiguous()));
        Npz.save(Path.of("target", "java-written.npz"), contiguous);
        assertAllSame(contiguous, TorchCheckpoint.loadStateDict(written));
        // gen_torch.py checked the committed file with torch.load(weights_only=True); after a deliberate format
        // change, copy target/java-written.{pt,npz} into the resources and run the script again.
        assertArrayEquals(Files.readAllBytes(fixture("java-written.pt")), Files.readAllBytes(written));
    }

    @Test
    @SuppressWarnings("unchecked")
    void nestedValuesRoundTrip() throws IOException {
        Map<String, Object> ckpt = new LinkedHashMap<>();
        ckpt.put("model", javaTensors());
        ckpt.put("epoch", 3L);
        ckpt.put("lr", 0.5);
        ckpt.put("names", List.of("a", "ü"));
        ckpt.put("none", null);
        ckpt.put("big", Long.MAX_VALUE);
        TorchCheckpoint.save(dir.resolve("ckpt.pt"), ckpt);
        Map<String, Object> back = (Map<String, Object>) TorchCheckpoint.load(dir.resolve("ckpt.pt"));
        assertEquals(List.of("model", "epoch", "lr", "names", "none", "big"), List.copyOf(back.keySet()));
        assertEquals(3L, back.get("epoch"));
        assertEquals(0.5, back.get("lr"));
        assertEquals(List.of("a", "ü"), back.get("names"));
        assertNull(back.get("none"));
        assertEquals(Long.MAX_VALUE, back.get("big"));
        assertAllSame(javaTensors(), (Map<String, Tensor>) back.get("model"));
    }
}
