package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    @TempDir
    Path dir;

    /** An optimizer's state dict in PyTorch's structure (integer keys, options, per-parameter tensors). */
    private static Map<String, Object> optimizerState() {
        Map<Integer, Object> state = new LinkedHashMap<>();
        state.put(0, ordered("step", Tensor.scalar(20f), "exp_avg", Tensor.of(0.5f, -0.25f)));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("lr", 0.001);
        group.put("betas", List.of(0.9, 0.999));
        group.put("amsgrad", false);
        group.put("maximize", null);
        group.put("params", List.of(0, 1));
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("state", state);
        dict.put("param_groups", List.of(group));
        return dict;
    }

    @Test
    void roundTripsANestedCheckpoint() throws IOException {
        Map<String, Tensor> model = new LinkedHashMap<>();
        model.put("0.weight", Tensor.of(new float[][] {{1, 2}, {3, 4}}));
        model.put("0.bias", Tensor.of(5f, 6f));
        Map<String, Object> ckpt = new LinkedHashMap<>();
        ckpt.put("model", model);
        ckpt.put("optimizer", optimizerState());
        ckpt.put("epoch", 3);
        ckpt.put("name", "mnist-mlp");
        Path file = dir.resolve("ckpt.safetensors");
        Checkpoint.save(file, ckpt);

        Map<String, Object> back = Checkpoint.load(file);
        assertEquals(List.of("model", "optimizer", "epoch", "name"), List.copyOf(back.keySet()));
        Map<String, Tensor> weights = Checkpoint.tensors(back.get("model"));
        assertEquals(List.of("0.weight", "0.bias"), List.copyOf(weights.keySet()));
        assertEquals(model.get("0.weight").toString(), weights.get("0.weight").toString());
        assertEquals(3L, back.get("epoch"));
        assertEquals("mnist-mlp", back.get("name"));
        Map<String, Object> opt = Checkpoint.map(back.get("optimizer"));
        Map<String, Object> slot = Checkpoint.map(Checkpoint.map(opt.get("state")).get("0"));
        assertEquals("tensor(20.)", slot.get("step").toString());
        assertEquals("tensor([ 0.5000, -0.2500])", slot.get("exp_avg").toString());
        Map<String, Object> group = Checkpoint.map(((List<?>) opt.get("param_groups")).get(0));
        assertEquals(0.001, group.get("lr"));
        assertEquals(List.of(0.9, 0.999), group.get("betas"));
        assertEquals(false, group.get("amsgrad"));
        assertEquals(null, group.get("maximize"));
        assertEquals(List.of(0L, 1L), group.get("params"));

        // Any safetensors reader sees the tensors under their paths.
        assertEquals(List.of("model.0.weight", "model.0.bias", "optimizer.state.0.step", "optimizer.state.0.exp_avg"),
                List.copyOf(SafeTensors.load(file).keySet()));
    }

    @Test
    void aPlainSafetensorsFileLoadsAsItsTensors() throws IOException {
        Path file = dir.resolve("plain.safetensors");
        Tensor t = Tensor.of(1f);
        SafeTensors.save(file, Map.of("w", t));
        Map<String, Object> back = Checkpoint.load(file);
        assertEquals(List.of("w"), List.copyOf(back.keySet()));
        assertEquals("tensor([1.])", back.get("w").toString());
    }

    @Test
    void refusesWhatItCannotStore() {
        Path file = dir.resolve("x.safetensors");
        assertEquals("two tensors would be stored under the name 'a.b'", assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.save(file, ordered("a.b", Tensor.of(1f), "a", Map.of("b", Tensor.of(2f))))).getMessage());
        assertEquals("the key __tensor__ is reserved (at 'a')", assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.save(file, Map.of("a", Map.of("__tensor__", 1)))).getMessage());
        assertEquals("a checkpoint cannot hold the number NaN (at 'lr')", assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.save(file, Map.of("lr", Double.NaN))).getMessage());
        assertEquals("a checkpoint cannot hold a java.lang.Object (at 'x.0')", assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.save(file, Map.of("x", List.of(new Object())))).getMessage());
        assertEquals("expected a map of tensors, but \"a\" is Long", assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.tensors(Map.of("a", 1L))).getMessage());
    }

    @Test
    void refusesAStructureThatDoesNotMatchTheTensors() throws IOException {
        Path file = dir.resolve("bad.safetensors");
        SafeTensors.save(file, Map.of("a", Tensor.of(1f)), Map.of(Checkpoint.STRUCTURE_KEY, "{\"x\":{\"__tensor__\":\"b\"}}"));
        assertEquals("bad.safetensors: bad tensor reference {\"__tensor__\":\"b\"} in autograd4j.structure",
                assertThrows(FileFormatException.class, () -> Checkpoint.load(file)).getMessage());
        SafeTensors.save(file, Map.of("a", Tensor.of(1f)), Map.of(Checkpoint.STRUCTURE_KEY,
                "{\"x\":{\"__tensor__\":\"a\"},\"y\":{\"__tensor__\":\"a\"}}"));
        assertEquals("bad.safetensors: bad tensor reference {\"__tensor__\":\"a\"} in autograd4j.structure",
                assertThrows(FileFormatException.class, () -> Checkpoint.load(file)).getMessage());
        SafeTensors.save(file, ordered("a", Tensor.of(1f), "b", Tensor.of(2f)),
                Map.of(Checkpoint.STRUCTURE_KEY, "{\"x\":{\"__tensor__\":\"a\"}}"));
        assertEquals("bad.safetensors: the file holds tensors the structure never mentions: [b]",
                assertThrows(FileFormatException.class, () -> Checkpoint.load(file)).getMessage());
        SafeTensors.save(file, Map.of(), Map.of(Checkpoint.STRUCTURE_KEY, "[1"));
        assertEquals("bad.safetensors: invalid JSON at character 2: expected ',' or ']', found the end of the text",
                assertThrows(FileFormatException.class, () -> Checkpoint.load(file)).getMessage());
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void tensorsComeBackAsTheSameObjectsTheFileHolds() throws IOException {
        Path file = dir.resolve("t.safetensors");
        Checkpoint.save(file, Map.of("w", Tensor.of(1f)));
        Map<String, Object> back = Checkpoint.load(file);
        assertSame(back.get("w"), Checkpoint.tensors(back).get("w"));
        assertEquals(1f, ((Tensor) back.get("w")).toFloatArray()[0]);
    }
}
