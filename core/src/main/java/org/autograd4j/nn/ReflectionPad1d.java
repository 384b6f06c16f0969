package org.autograd4j.nn;

/** Pads the last dim with the reflection of the input, as {@code nn.ReflectionPad1d}: {@code padding} one value or 2 (see {@link PadNd}). */
public class ReflectionPad1d extends PadNd {
    public ReflectionPad1d(int... padding) {
        super(1, padding, "reflect", 0);
    }
}
