package org.autograd4j.nn;

/**
 * Bilinear upsampling of [N, C, H, W] input with the corners aligned, as
 * {@code nn.UpsamplingBilinear2d}: one of size and scaleFactor null.
 */
public class UpsamplingBilinear2d extends Upsample {
    public UpsamplingBilinear2d(int[] size, double[] scaleFactor) {
        super(size, scaleFactor, "bilinear", true, null);
    }

    /** {@code nn.UpsamplingBilinear2d(scale_factor=scaleFactor)}. */
    public UpsamplingBilinear2d(double scaleFactor) {
        this(null, new double[] {scaleFactor});
    }
}
