package org.autograd4j.nn;

/** Nearest-neighbour upsampling of [N, C, H, W] input, as {@code nn.UpsamplingNearest2d}: one of size and scaleFactor null. */
public class UpsamplingNearest2d extends Upsample {
    public UpsamplingNearest2d(int[] size, double[] scaleFactor) {
        super(size, scaleFactor, "nearest", null, null);
    }

    /** {@code nn.UpsamplingNearest2d(scale_factor=scaleFactor)}. */
    public UpsamplingNearest2d(double scaleFactor) {
        this(null, new double[] {scaleFactor});
    }
}
