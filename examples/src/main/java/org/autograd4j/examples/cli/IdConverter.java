package org.autograd4j.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's value by its id, in any case; an unknown id is a bad argument with the lookup's message. */
abstract class IdConverter<T> implements ITypeConverter<T> {
    @Override
    public final T convert(String value) {
        try {
            return fromId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The value called {@code id}; an {@link IllegalArgumentException} saying which ids exist otherwise. */
    protected abstract T fromId(String id);
}
