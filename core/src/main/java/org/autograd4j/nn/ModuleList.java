package org.autograd4j.nn;

import java.util.Iterator;
import java.util.List;

/** Holds modules in a list, registered as "0", "1", ...; it has no forward of its own ({@code nn.ModuleList}). */
public class ModuleList extends Module implements Iterable<Module> {
    public ModuleList(List<? extends Module> modules) {
        modules.forEach(this::append);
    }

    public ModuleList(Module... modules) {
        this(List.of(modules));
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
