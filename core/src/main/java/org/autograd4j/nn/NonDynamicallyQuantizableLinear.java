package org.autograd4j.nn;

/** MultiheadAttention's output projection: a Linear under PyTorch's name for it, which its repr shows. */
public class NonDynamicallyQuantizableLinear extends Linear {
    public NonDynamicallyQuantizableLinear(int inFeatures, int outFeatures, boolean bias) {
        super(inFeatures, outFeatures, bias);
    }
}
