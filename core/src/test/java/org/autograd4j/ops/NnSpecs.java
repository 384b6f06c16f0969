package org.autograd4j.ops;

import java.util.List;

/** The op table rows for the nn ops (see {@link OpSpec}). */
final class NnSpecs {
    private NnSpecs() {
    }

    static List<OpSpec> specs() {
        return List.of();
    }
}
