package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Rearranges [*, C, H r, W r] into [*, C r², H, W], as {@code nn.PixelUnshuffle}. */
public class PixelUnshuffle extends Module {
    private final int downscaleFactor;

    public PixelUnshuffle(int downscaleFactor) {
        this.downscaleFactor = downscaleFactor;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.pixelUnshuffle(input, downscaleFactor);
    }

    @Override
    public String extraRepr() {
        return "downscale_factor=" + downscaleFactor;
    }
}
