package org.autograd4j.examples.cli;

import org.autograd4j.examples.mnist.Architecture;

/** Reads {@code --model mlp} or {@code --model cnn}, in any case. */
final class ArchitectureConverter extends IdConverter<Architecture> {
    @Override
    protected Architecture fromId(String id) {
        return Architecture.fromId(id);
    }
}
