package org.autograd4j.nn;

/** Pads the last dim with copies of the edge values, as {@code nn.ReplicationPad1d}: {@code padding} one value or 2 (see {@link PadNd}). */
public class ReplicationPad1d extends PadNd {
    public ReplicationPad1d(int... padding) {
        super(1, padding, "replicate", 0);
    }
}
