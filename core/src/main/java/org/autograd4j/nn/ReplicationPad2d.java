package org.autograd4j.nn;

/** Pads the last two dims with copies of the edge values, as {@code nn.ReplicationPad2d}: {@code padding} one value or 4 (see {@link PadNd}). */
public class ReplicationPad2d extends PadNd {
    public ReplicationPad2d(int... padding) {
        super(2, padding, "replicate", 0);
    }
}
