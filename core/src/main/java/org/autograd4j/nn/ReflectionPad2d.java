package org.autograd4j.nn;

/** Pads the last two dims with the reflection of the input, as {@code nn.ReflectionPad2d}: {@code padding} one value or 4 (see {@link PadNd}). */
public class ReflectionPad2d extends PadNd {
    public ReflectionPad2d(int... padding) {
        super(2, padding, "reflect", 0);
    }
}
