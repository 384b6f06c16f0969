package org.autograd4j.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Checks of the public API's arguments, so a misuse is reported in the caller's terms rather than
 * as an exception from deep inside the library.
 */
public final class Args {
    private Args() {}

    /**
     * {@code value}, or a {@link NullPointerException} naming the public argument where PyTorch
     * would not accept {@code None} (its own message is "argument 'other' must be Tensor, not NoneType").
     */
    public static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException("argument '" + name + "' must not be null");
        }
        return value;
    }

    /**
     * {@code values}, refusing a null list or a null element (PyTorch: "expected Tensor as element 1
     * in argument 0, but got NoneType").
     */
    public static <T> List<T> nonNullElements(List<T> values, String name) {
        for (int i = 0; i < nonNull(values, name).size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException("argument '" + name + "' must not contain null (element " + i + ")");
            }
        }
        return values;
    }

    /** {@code values}, refusing a null array or a null element, as {@link #nonNullElements(List, String)}. */
    public static <T> T[] nonNullElements(T[] values, String name) {
        nonNullElements(Arrays.asList(nonNull(values, name)), name);
        return values;
    }
}
