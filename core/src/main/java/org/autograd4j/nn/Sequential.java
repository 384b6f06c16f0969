package org.autograd4j.nn;

import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Runs its modules in order, each on the previous one's output, as {@code nn.Sequential}: a
 * {@link ModuleList} with a forward.
 */
public class Sequential extends ModuleList {
    /** Modules named "0", "1", ... in order. */
    public Sequential(Module... modules) {
        super(modules);
    }

    /** Modules under the given names, in the map's iteration order (use a LinkedHashMap, as PyTorch's OrderedDict). */
    public Sequential(Map<String, ? extends Module> modules) {
        Args.nonNull(modules, "modules").forEach(this::register);
    }

    @Override
    public Sequential append(Module module) {
        super.append(module);
        return this;
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module m : this) {
            x = m.call(x);
        }
        return x;
    }
}
