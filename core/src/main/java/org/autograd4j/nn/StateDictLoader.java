package org.autograd4j.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * {@code load_state_dict}: checks every key and shape first, with PyTorch's messages, and copies
 * only when all are valid, so a failed load leaves the module as it was.
 */
final class StateDictLoader {
    private StateDictLoader() {
    }

    static IncompatibleKeys load(Module module, Map<String, Tensor> stateDict, boolean strict) {
        Map<String, Tensor> targets = new LinkedHashMap<>();
        module.forEachStateEntry(targets::put);
        List<String> missing = targets.keySet().stream().filter(key -> !stateDict.containsKey(key)).toList();
        List<String> badValues = badValues(stateDict, targets);
        List<String> unexpected = unexpectedKeys(module, stateDict, targets);
        List<String> errors = new ArrayList<>();
        if (strict && !missing.isEmpty()) {
            errors.add("Missing key(s) in state_dict: " + quoted(missing) + ". ");
        }
        if (strict && !unexpected.isEmpty()) {
            errors.add("Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
        }
        errors.addAll(badValues);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Error(s) in loading state_dict for " + module.name() + ":\n\t"
                    + String.join("\n\t", errors));
        }
        targets.forEach((key, target) -> {
            if (stateDict.containsKey(key)) {
                Module.copyInto(target, stateDict.get(key));
            }
        });
        return new IncompatibleKeys(missing, List.copyOf(unexpected));
    }

    /** Values that are null or of another shape than the module's tensor, with PyTorch's messages. */
    private static List<String> badValues(Map<String, Tensor> stateDict, Map<String, Tensor> targets) {
        List<String> errors = new ArrayList<>();
        targets.forEach((key, target) -> {
            Tensor source = stateDict.get(key);
            if (stateDict.containsKey(key) && source == null) {
                errors.add("While copying the parameter named \"" + key + "\", expected torch.Tensor or "
                        + "Tensor-like object from checkpoint but received <class 'NoneType'>");
            } else if (source != null && !Arrays.equals(source.shape(), target.shape())) {
                errors.add("size mismatch for " + key + ": copying a param with shape " + torchSize(source)
                        + " from checkpoint, the shape in current model is " + torchSize(target) + ".");
            }
        });
        return errors;
    }

    /**
     * As PyTorch decides per module: a key under a module's prefix is unexpected when its next name
     * is neither a child of that module nor one of its own parameters or buffers.
     */
    private static List<String> unexpectedKeys(Module root, Map<String, Tensor> stateDict, Map<String, Tensor> targets) {
        List<String> unexpected = new ArrayList<>();
        root.forEachModuleWithRepeats("", (path, m) -> {
            String prefix = path.isEmpty() ? "" : path + ".";
            for (String key : stateDict.keySet()) {
                if (!key.startsWith(prefix)) {
                    continue;
                }
                String name = key.substring(prefix.length()).split("\\.", 2)[0];
                if (!m.namedChildren().containsKey(name) && !targets.containsKey(prefix + name)) {
                    unexpected.add(key);
                }
            }
        });
        return unexpected;
    }

    private static String quoted(List<String> keys) {
        return keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
    }

    private static String torchSize(Tensor t) {
        return "torch.Size(" + Shapes.str(t.shape()) + ")";
    }
}
