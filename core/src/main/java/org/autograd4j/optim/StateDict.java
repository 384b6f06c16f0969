package org.autograd4j.optim;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * An optimizer's state dict in PyTorch's structure, as plain maps, lists, numbers and tensors (so a
 * checkpoint writer can store it):
 * <pre>
 * {"state": {0: {"step": tensor(20.), "exp_avg": ..., ...}, 1: {...}},
 *  "param_groups": [{"lr": 0.001, "betas": [0.9, 0.999], ..., "params": [0, 1]}]}
 * </pre>
 * Parameters are numbered in group order; loading maps the numbers back onto this optimizer's
 * parameters in the same order.
 */
final class StateDict {
    /** PyTorch's implementation switches, found in its param groups; they mean nothing here. */
    private static final Set<String> PYTORCH_SWITCHES = Set.of("foreach", "differentiable", "capturable", "fused");

    /** What a valid state dict sets: options per group, and state per parameter (copied, in the parameters' dtype). */
    record Loaded(Map<ParamGroup, Map<String, Object>> options, Map<Tensor, Map<String, Object>> state) {
    }

    private StateDict() {
    }

    static Map<String, Object> pack(List<ParamGroup> groups, Map<Tensor, Map<String, Object>> state) {
        Map<Tensor, Integer> index = new IdentityHashMap<>();
        List<Map<String, Object>> packedGroups = new ArrayList<>();
        for (ParamGroup group : groups) {
            Map<String, Object> packed = new LinkedHashMap<>(group.options());
            List<Integer> ids = new ArrayList<>();
            for (Tensor p : group.params()) {
                ids.add(index.computeIfAbsent(p, key -> index.size()));
            }
            packed.put("params", ids);
            packedGroups.add(packed);
        }
        Map<Integer, Map<String, Object>> packedState = new LinkedHashMap<>();
        for (ParamGroup group : groups) {
            for (Tensor p : group.params()) {
                if (state.containsKey(p) && !state.get(p).isEmpty()) {
                    packedState.put(index.get(p), new LinkedHashMap<>(state.get(p)));
                }
            }
        }
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("state", packedState);
        dict.put("param_groups", packedGroups);
        return dict;
    }

    static Loaded unpack(Map<String, Object> dict, List<ParamGroup> groups, Map<String, Object> defaults,
                         Predicate<String> shapedLikeParam) {
        if (!(dict.get("state") instanceof Map<?, ?> savedState)
                || !(dict.get("param_groups") instanceof List<?> savedGroups)) {
            throw new IllegalArgumentException("optimizer state dict must have a map 'state' and a list 'param_groups'");
        }
        if (savedGroups.size() != groups.size()) {
            throw new IllegalArgumentException("loaded state dict has a different number of parameter groups");
        }
        Map<Integer, Tensor> params = new LinkedHashMap<>();
        Map<ParamGroup, Map<String, Object>> options = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Map<?, ?> saved = expect(savedGroups.get(i), Map.class, "param_groups[" + i + "]");
            List<?> ids = expect(saved.get("params"), List.class, "param_groups[" + i + "]['params']");
            if (ids.size() != groups.get(i).params().size()) {
                throw new IllegalArgumentException("loaded state dict contains a parameter group that doesn't match "
                        + "the size of optimizer's group");
            }
            for (int j = 0; j < ids.size(); j++) {
                params.put(index(ids.get(j)), groups.get(i).params().get(j));
            }
            options.put(groups.get(i), options(saved, defaults));
        }
        Map<Tensor, Map<String, Object>> state = new IdentityHashMap<>();
        savedState.forEach((id, entries) -> {
            Tensor p = params.get(index(id));
            if (p == null) {
                throw new IllegalArgumentException("loaded state refers to parameter " + id + ", but the parameter "
                        + "groups number " + params.keySet());
            }
            state.put(p, entries(p, expect(entries, Map.class, "state[" + id + "]"), shapedLikeParam));
        });
        return new Loaded(options, state);
    }

    /** A parameter number: an integer, or its decimal text (as a key read back from a file may be). */
    private static int index(Object id) {
        if (id instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        if (id instanceof String text && text.matches("\\d{1,9}")) {
            return Integer.parseInt(text);
        }
        throw new IllegalArgumentException("a parameter number in an optimizer state dict must be an integer, got "
                + id);
    }

    /** The value as the type a state dict must have there, or an error naming where it is. */
    @SuppressWarnings("unchecked")
    private static <T> T expect(Object value, Class<? super T> type, String where) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("optimizer state dict: " + where + " must be a " + type.getSimpleName()
                    + ", got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return (T) value;
    }

    /** A saved group's options, each converted to the type of its default (a saved 1 may mean 1.0). */
    private static Map<String, Object> options(Map<?, ?> saved, Map<String, Object> defaults) {
        Map<String, Object> options = new LinkedHashMap<>();
        saved.forEach((key, value) -> {
            String name = key.toString();
            if (name.equals("params") || PYTORCH_SWITCHES.contains(name)) {
                return;
            }
            // entries other than options (a scheduler's "initial_lr") are kept as they are, as in PyTorch
            options.put(name, defaults.containsKey(name) ? like(defaults.get(name), value, name) : value);
        });
        return options;
    }

    private static Object like(Object example, Object value, String name) {
        if (example instanceof Double && value instanceof Number n) {
            return n.doubleValue();
        }
        if (example instanceof Integer && value instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        if (example instanceof List<?> known && !known.isEmpty() && value instanceof List<?> list
                && list.size() == known.size()) {
            return list.stream().map(v -> like(known.get(0), v, name)).toList();
        }
        if (example == null || value != null && example.getClass() == value.getClass()) {
            return value;
        }
        throw new IllegalArgumentException("loaded option '" + name + "' is " + value + ", expected a value like "
                + example);
    }

    /** A copy of one parameter's state, floating-point tensors in its dtype ("step" keeps its own). */
    private static Map<String, Object> entries(Tensor p, Map<?, ?> saved, Predicate<String> shapedLikeParam) {
        Map<String, Object> copy = new LinkedHashMap<>();
        saved.forEach((key, value) -> {
            String name = key.toString();
            if (value instanceof Tensor t && shapedLikeParam.test(name)
                    && !java.util.Arrays.equals(t.shape(), p.shape())) {
                throw new IllegalArgumentException("loaded state '" + name + "' has shape " + Shapes.str(t.shape())
                        + " but its parameter has shape " + Shapes.str(p.shape()));
            }
            copy.put(name, copyOf(value, name.equals("step") ? null : p));
        });
        return copy;
    }

    private static Object copyOf(Object value, Tensor dtypeOf) {
        if (value instanceof Tensor t) {
            boolean cast = dtypeOf != null && t.dtype().isFloatingPoint();
            return (cast ? t.to(dtypeOf.dtype()) : t).detach().clone();
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copyOf(v, dtypeOf)));
            return copy;
        }
        return value;
    }
}
