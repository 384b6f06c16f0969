package org.autograd4j.nn;

/** Pads the last three dims with a constant, as {@code nn.ConstantPad3d}: {@code padding} one value or 6 (see {@link PadNd}). */
public class ConstantPad3d extends PadNd {
    public ConstantPad3d(int[] padding, double value) {
        super(3, padding, "constant", value);
    }

    public ConstantPad3d(int padding, double value) {
        this(new int[] {padding}, value);
    }
}
