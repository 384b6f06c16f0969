package org.autograd4j.nn;

/** Pads the last two dims with a constant, as {@code nn.ConstantPad2d}: {@code padding} one value or 4 (see {@link PadNd}). */
public class ConstantPad2d extends PadNd {
    public ConstantPad2d(int[] padding, double value) {
        super(2, padding, "constant", value);
    }

    public ConstantPad2d(int padding, double value) {
        this(new int[] {padding}, value);
    }
}
