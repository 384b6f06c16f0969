package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * Upsampling by {@link F#interpolate}, as {@code nn.Upsample}: exactly one of {@code size} and
 * {@code scaleFactor} non-null (one value for every spatial dim, or one per dim); alignCorners and
 * recomputeScaleFactor null for None.
 */
public class Upsample extends Module {
    private final int[] size;
    private final double[] scaleFactor;
    private final String mode;
    private final Boolean alignCorners;
    private final Boolean recomputeScaleFactor;

    public Upsample(int[] size, double[] scaleFactor, String mode, Boolean alignCorners,
            Boolean recomputeScaleFactor) {
        this.size = size == null ? null : size.clone();
        this.scaleFactor = scaleFactor == null ? null : scaleFactor.clone();
        this.mode = mode;
        this.alignCorners = alignCorners;
        this.recomputeScaleFactor = recomputeScaleFactor;
    }

    /** {@code nn.Upsample(size=size, mode=mode)}. */
    public Upsample(int[] size, String mode) {
        this(size, null, mode, null, null);
    }

    /** {@code nn.Upsample(scale_factor=scaleFactor, mode=mode)}. */
    public Upsample(double scaleFactor, String mode) {
        this(null, new double[] {scaleFactor}, mode, null, null);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.interpolate(input, size, scaleFactor, mode, alignCorners, recomputeScaleFactor);
    }

    @Override
    public String extraRepr() {
        String info = scaleFactor != null ? "scale_factor=" + PyRepr.numOrTuple(scaleFactor)
                : "size=" + (size == null ? "None" : PyRepr.intOrTuple(size));
        return info + ", mode=" + mode;
    }
}
