package org.autograd4j.nn;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.autograd4j.internal.Args;

/** Holds modules in a list, registered as "0", "1", ...; it has no forward of its own ({@code nn.ModuleList}). */
public class ModuleList extends Module implements Iterable<Module> {
    public ModuleList(List<? extends Module> modules) {
        Args.nonNull(modules, "modules").forEach(this::append);
    }

    public ModuleList(Module... modules) {
        this(Arrays.asList(Args.nonNull(modules, "modules"))); // null elements register None, as in PyTorch
    }

    public ModuleList append(Module module) {
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
    public Iterator<Module> iterator() {
        return children().iterator();
    }
}
