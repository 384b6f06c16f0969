package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.nn.init.Init;

/** {@code y = x1ᵀ·A·x2 + b} per output feature, as {@code nn.Bilinear}; weight is [out, in1, in2]. */
public class Bilinear extends Module {
    private final int in1Features;
    private final int in2Features;
    private final int outFeatures;

    public Bilinear(int in1Features, int in2Features, int outFeatures, boolean bias) {
        this.in1Features = in1Features;
        this.in2Features = in2Features;
        this.outFeatures = outFeatures;
        Tensor weight = registerParameter("weight", Tensor.empty(outFeatures, in1Features, in2Features));
        Tensor b = registerParameter("bias", bias ? Tensor.empty(outFeatures) : null);
        double bound = 1 / Math.sqrt(in1Features);
        Init.uniform_(weight, -bound, bound);
        if (b != null) {
            Init.uniform_(b, -bound, bound);
        }
    }

    public Bilinear(int in1Features, int in2Features, int outFeatures) {
        this(in1Features, in2Features, outFeatures, true);
    }

    public Tensor weight() {
        return parameter("weight");
    }

    public Tensor bias() {
        return parameter("bias");
    }

    @Override
    public Tensor forward(Tensor input1, Tensor input2) {
        return F.bilinear(input1, input2, weight(), bias());
    }

    @Override
    public String extraRepr() {
        return "in1_features=" + in1Features + ", in2_features=" + in2Features + ", out_features=" + outFeatures
                + ", bias=" + PyRepr.bool(bias() != null);
    }
}
