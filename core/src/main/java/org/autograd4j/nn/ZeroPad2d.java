package org.autograd4j.nn;

/** Pads the last two dims with zeros, as {@code nn.ZeroPad2d}: {@code padding} one value or 4 (see {@link PadNd}). */
public class ZeroPad2d extends PadNd {
    public ZeroPad2d(int... padding) {
        super(2, padding, "constant", 0);
    }

    /** ZeroPad2d prints only the tuple. */
    @Override
    public String extraRepr() {
        return paddingRepr();
    }
}
