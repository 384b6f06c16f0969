package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Rearranges [*, C r², H, W] into [*, C, H r, W r], as {@code nn.PixelShuffle}. */
public class PixelShuffle extends Module {
    private final int upscaleFactor;

    public PixelShuffle(int upscaleFactor) {
        this.upscaleFactor = upscaleFactor;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.pixelShuffle(input, upscaleFactor);
    }

    @Override
    public String extraRepr() {
        return "upscale_factor=" + upscaleFactor;
    }
}
