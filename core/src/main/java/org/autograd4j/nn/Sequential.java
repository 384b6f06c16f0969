package org.autograd4j.nn;

import java.util.Map;
import org.autograd4j.Tensor;

/** Runs its modules in order, each on the previous one's output, as {@code nn.Sequential}. */
public class Sequential extends Module {
    /** Modules named "0", "1", ... in order. */
    public Sequential(Module... modules) {
        for (Module m : modules) {
            append(m);
        }
    }

    /** Modules under the given names, in the map's iteration order (use a LinkedHashMap, as PyTorch's OrderedDict). */
    public Sequential(Map<String, ? extends Module> modules) {
        modules.forEach(this::register);
    }

    /** Adds {@code module} at the end, named by its position. */
    public Sequential append(Module module) {
        registerNext(module);
        return this;
    }

    public Module get(int index) {
        return childAt(index);
    }

    public int size() {
        return namedChildren().size();
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module m : children()) {
            x = m.call(x);
        }
        return x;
    }
}
