package org.autograd4j.examples.cli;

import org.autograd4j.examples.mnist.ModelFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format pt} or {@code --format safetensors}, in any case. */
final class FormatConverter implements ITypeConverter<ModelFormat> {
    @Override
    public ModelFormat convert(String value) {
        try {
            return ModelFormat.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
