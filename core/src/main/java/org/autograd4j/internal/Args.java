package org.autograd4j.internal;

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
}
