package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** {@code y = x·Wᵀ + b} over the last dimension, as {@code nn.Linear}; W is [out, in]. */
public class Linear extends Module {
    private final int inFeatures;
    private final int outFeatures;

    public Linear(int inFeatures, int outFeatures, boolean bias) {
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        registerParameter("weight", Tensor.empty(outFeatures, inFeatures));
        registerParameter("bias", bias ? Tensor.empty(outFeatures) : null);
        LayerInit.kaimingWeightAndBias(weight(), bias());
    }

    public Linear(int inFeatures, int outFeatures) {
        this(inFeatures, outFeatures, true);
    }

    public Tensor weight() {
        return parameter("weight");
    }

    /** The bias, or null when built with {@code bias=false}. */
    public Tensor bias() {
        return parameter("bias");
    }

    public int inFeatures() {
        return inFeatures;
    }

    public int outFeatures() {
        return outFeatures;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.linear(input, weight(), bias());
    }

    @Override
    public String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias=" + PyRepr.bool(bias() != null);
    }
}
