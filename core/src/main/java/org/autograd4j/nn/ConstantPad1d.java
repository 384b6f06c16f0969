package org.autograd4j.nn;

/** Pads the last dim with a constant, as {@code nn.ConstantPad1d}: {@code padding} one value or 2 (see {@link PadNd}). */
public class ConstantPad1d extends PadNd {
    public ConstantPad1d(int[] padding, double value) {
        super(1, padding, "constant", value);
    }

    public ConstantPad1d(int padding, double value) {
        this(new int[] {padding}, value);
    }
}
