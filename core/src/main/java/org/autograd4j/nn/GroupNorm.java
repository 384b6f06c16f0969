package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Normalizes each group of channels of each sample, then scales and shifts per channel, as {@code nn.GroupNorm}. */
public class GroupNorm extends Module {
    private final int numGroups;
    private final int numChannels;
    private final double eps;
    private final boolean affine;

    public GroupNorm(int numGroups, int numChannels, double eps, boolean affine) {
        if (numChannels % numGroups != 0) {
            throw new IllegalArgumentException("num_channels must be divisible by num_groups");
        }
        this.numGroups = numGroups;
        this.numChannels = numChannels;
        this.eps = eps;
        this.affine = affine;
        registerParameter("weight", affine ? Tensor.ones(numChannels) : null);
        registerParameter("bias", affine ? Tensor.zeros(numChannels) : null);
    }

    public GroupNorm(int numGroups, int numChannels) {
        this(numGroups, numChannels, 1e-5, true);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.groupNorm(input, numGroups, parameter("weight"), parameter("bias"), eps);
    }

    @Override
    public String extraRepr() {
        return numGroups + ", " + numChannels + ", eps=" + PyRepr.num(eps) + ", affine=" + PyRepr.bool(affine);
    }
}
