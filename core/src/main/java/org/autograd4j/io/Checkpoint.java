package org.autograd4j.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * A nested checkpoint, as {@code torch.save}/{@code torch.load} of a dict, in a safetensors file:
 * <pre>
 * Checkpoint.save(path, Map.of("model", model.stateDict(), "optimizer", optimizer.stateDict(), "epoch", 3));
 * Map&lt;String, Object&gt; ckpt = Checkpoint.load(path);
 * model.loadStateDict(Checkpoint.tensors(ckpt.get("model")));
 * optimizer.loadStateDict(Checkpoint.map(ckpt.get("optimizer")));
 * </pre>
 * The state may nest maps (string or integer keys), lists, tensors, numbers, strings, booleans and null. Each
 * tensor is stored as a tensor named by its path ({@code model.0.weight}, {@code optimizer.state.0.exp_avg}), so
 * any safetensors reader sees the weights; everything else is stored as JSON in the metadata entry
 * {@value #STRUCTURE_KEY}, with {@code {"__tensor__": name}} where a tensor stood.
 *
 * <p>Loading gives maps with string keys (an integer key comes back as its decimal string), integers as
 * {@link Long} and other numbers as {@link Double}. A plain safetensors file loads as its flat map of tensors.
 */
public final class Checkpoint {
    /** The metadata entry that holds the structure. */
    public static final String STRUCTURE_KEY = "autograd4j.structure";
    private static final String TENSOR_REF = "__tensor__";

    private Checkpoint() {
    }

    /** Writes {@code state} (see the class comment for what it may hold). */
    public static void save(Path file, Map<String, ?> state) throws IOException {
        Args.nonNull(file, "file");
        Args.nonNull(state, "state");
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        Object structure = structure(state, "", tensors);
        SafeTensors.save(file, tensors, Map.of(STRUCTURE_KEY, Json.write(structure)));
    }

    /** The state a {@link #save} wrote, or a plain safetensors file's tensors by name. */
    public static Map<String, Object> load(Path file) throws IOException {
        Args.nonNull(file, "file");
        SafeTensors.Contents contents = SafeTensors.read(file);
        String structure = contents.metadata().get(STRUCTURE_KEY);
        if (structure == null) {
            return new LinkedHashMap<>(contents.tensors());
        }
        try {
            Object parsed = Json.parse(structure);
            if (!(parsed instanceof Map)) {
                throw new FileFormatException(STRUCTURE_KEY + " is not a JSON object");
            }
            Set<String> used = new HashSet<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) rebuild(parsed, contents.tensors(), used);
            if (used.size() != contents.tensors().size()) {
                List<String> unused = new ArrayList<>(contents.tensors().keySet());
                unused.removeAll(used);
                throw new FileFormatException("the file holds tensors the structure never mentions: " + unused);
            }
            return state;
        } catch (FileFormatException e) {
            throw new FileFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** {@code value} as a map of tensors (a module's state dict), checking every entry. */
    public static Map<String, Tensor> tensors(Object value) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        map(value).forEach((k, v) -> {
            if (!(v instanceof Tensor)) {
                throw new IllegalArgumentException("expected a map of tensors, but \"" + k + "\" is "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
            out.put(k, (Tensor) v);
        });
        return out;
    }

    /** {@code value} as a map with string keys (an optimizer's state dict, say). */
    public static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a map, got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** The JSON-able copy of {@code value}, with tensors moved into {@code tensors} under their paths. */
    private static Object structure(Object value, String path, Map<String, Tensor> tensors) {
        if (value instanceof Tensor) {
            if (tensors.containsKey(path)) {
                throw new IllegalArgumentException("two tensors would be stored under the name '" + path + "'");
            }
            tensors.put(path, (Tensor) value);
            return Map.of(TENSOR_REF, path);
        }
        if (value instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!(e.getKey() instanceof String || e.getKey() instanceof Integer || e.getKey() instanceof Long)) {
                    throw new IllegalArgumentException("a checkpoint's map keys are strings or integers; at '" + path
                            + "' there is " + e.getKey());
                }
                String key = e.getKey().toString();
                if (key.equals(TENSOR_REF)) {
                    throw new IllegalArgumentException("the key " + TENSOR_REF + " is reserved (at '" + path + "')");
                }
                out.put(key, structure(e.getValue(), path.isEmpty() ? key : path + "." + key, tensors));
            }
            return out;
        }
        if (value instanceof List) {
            List<Object> out = new ArrayList<>();
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                out.add(structure(list.get(i), path + "." + i, tensors));
            }
            return out;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("a checkpoint cannot hold the number " + d + " (at '" + path + "')");
            }
            return d;
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        throw new IllegalArgumentException("a checkpoint cannot hold a " + value.getClass().getName() + " (at '"
                + path + "')");
    }

    /** The state {@code json} describes, with each tensor reference replaced by the file's tensor. */
    private static Object rebuild(Object json, Map<String, Tensor> tensors, Set<String> used)
            throws FileFormatException {
        if (json instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) json;
            if (map.containsKey(TENSOR_REF)) {
                Object name = map.get(TENSOR_REF);
                if (map.size() != 1 || !tensors.containsKey(name) || used.contains(name)) {
                    throw new FileFormatException("bad tensor reference " + Json.write(map) + " in " + STRUCTURE_KEY);
                }
                used.add((String) name);
                return tensors.get(name);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put((String) e.getKey(), rebuild(e.getValue(), tensors, used));
            }
            return out;
        }
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) json) {
                out.add(rebuild(item, tensors, used));
            }
            return out;
        }
        return json;
    }
}
