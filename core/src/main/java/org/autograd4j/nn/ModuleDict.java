package org.autograd4j.nn;

import java.util.Map;
import java.util.Set;
import org.autograd4j.internal.Args;

/** Holds modules by name, in insertion order; it has no forward of its own ({@code nn.ModuleDict}). */
public class ModuleDict extends Module {
    public ModuleDict(Map<String, ? extends Module> modules) {
        Args.nonNull(modules, "modules").forEach(this::put);
    }

    public ModuleDict() {
        this(Map.of());
    }

    public ModuleDict put(String key, Module module) {
        Args.nonNull(key, "key");
        register(key, module);
        return this;
    }

    /** The module under {@code key}. */
    public Module get(String key) {
        Module m = namedChildren().get(key);
        if (m == null) {
            throw new IllegalArgumentException("'" + key + "'");
        }
        return m;
    }

    public Set<String> keys() {
        return namedChildren().keySet();
    }

    public int size() {
        return namedChildren().size();
    }
}
