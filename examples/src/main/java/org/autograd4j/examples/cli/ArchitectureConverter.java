package org.autograd4j.examples.cli;

import org.autograd4j.examples.mnist.Architecture;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --model mlp} or {@code --model cnn}, in any case. */
final class ArchitectureConverter implements ITypeConverter<Architecture> {
    @Override
    public Architecture convert(String value) {
        try {
            return Architecture.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
