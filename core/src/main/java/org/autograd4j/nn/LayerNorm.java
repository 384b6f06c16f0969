package org.autograd4j.nn;

import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** Normalizes over the trailing {@code normalizedShape} dims, then scales and shifts, as {@code nn.LayerNorm}. */
public class LayerNorm extends Module {
    private final int[] normalizedShape;
    private final double eps;
    private final boolean elementwiseAffine;

    public LayerNorm(int[] normalizedShape, double eps, boolean elementwiseAffine) {
        Args.nonNull(normalizedShape, "normalizedShape");
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        this.elementwiseAffine = elementwiseAffine;
        registerParameter("weight", elementwiseAffine ? Tensor.ones(normalizedShape) : null);
        registerParameter("bias", elementwiseAffine ? Tensor.zeros(normalizedShape) : null);
    }

    public LayerNorm(int... normalizedShape) {
        this(normalizedShape, 1e-5, true);
    }

    public Tensor weight() {
        return parameter("weight");
    }

    public Tensor bias() {
        return parameter("bias");
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.layerNorm(input, normalizedShape, weight(), bias(), eps);
    }

    @Override
    public String extraRepr() {
        return PyRepr.tuple(normalizedShape) + ", eps=" + PyRepr.num(eps) + ", elementwise_affine="
                + PyRepr.bool(elementwiseAffine);
    }
}
