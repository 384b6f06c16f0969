package org.autograd4j.autograd.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.ForwardAD;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/** {@link Engine#gradientTangents}: the backward pass of forward-over-reverse hvp, which reads only tangents. */
class EngineTangentsOnlyTest {
    private static final Tensor X = Tensor.of(new double[] {0.5, -1.0, 2.0, 0.1, 0.3, -0.7}, 2, 3);
    private static final Tensor V = Tensor.of(new double[] {0.2, -0.4, 0.9, 0.1, -0.3, 0.5}, 2, 3);

    /** {@code tanh(x·wᵀ).sum()}: w's gradient {@code gᵀ·x} reaches w through t() alone, so only its tangent is computed. */
    private static Tensor loss(Tensor w) {
        return X.mm(w.t()).tanh().sum();
    }

    @Test
    void aGradientWhoseValueNothingReadsComesWithItsTangentOnly() {
        Tensor w = Tensor.of(new double[] {0.3, 0.1, -0.2, 0.4, -0.5, 0.6}, 2, 3).requiresGrad(true);
        Tensor expectedTangent;
        Tensor[] g;
        try (ForwardLevel level = ForwardLevel.enterWithUndifferentiableTangents()) {
            Tensor full = Autograd.grad(List.of(loss(ForwardAD.makeDual(w, V))), List.of(w), null, false, false, false)
                    .get(0);
            expectedTangent = ForwardAD.unpackDual(full).tangent();
            g = Engine.gradientTangents(new Tensor[] {loss(ForwardAD.makeDual(w, V))}, new Tensor[] {w});
            assertArrayEquals(expectedTangent.toDoubleArray(), ForwardAD.unpackDual(g[0]).tangent().toDoubleArray(),
                    1e-12);
            assertArrayEquals(new double[6], ForwardAD.unpackDual(g[0]).primal().toDoubleArray(),
                    "the value of gᵀ·x was not computed");
        }
    }

    /** Two layers whose weights are pieces of one vector (narrow, view, t into linear), as in the hvp benchmark. */
    private static Tensor flatLoss(Tensor flat) {
        Tensor hidden = F.linear(X, flat.narrow(0, 0, 6).view(2, 3)).tanh();
        return F.linear(hidden, flat.narrow(0, 6, 2).view(1, 2)).square().sum();
    }

    @Test
    void noWeightGradientValueIsComputedForAVectorOfWeights() {
        Tensor flat = Tensor.of(0.3, 0.1, -0.2, 0.4, -0.5, 0.6, 0.7, -0.8).requiresGrad(true);
        Tensor v = Tensor.of(0.2, -0.4, 0.9, 0.1, -0.3, 0.5, 0.6, -0.1);
        try (ForwardLevel level = ForwardLevel.enterWithUndifferentiableTangents()) {
            Tensor full = Autograd.grad(List.of(flatLoss(ForwardAD.makeDual(flat, v))), List.of(flat), null, false,
                    false, false).get(0);
            Tensor[] g = Engine.gradientTangents(new Tensor[] {flatLoss(ForwardAD.makeDual(flat, v))},
                    new Tensor[] {flat});
            assertArrayEquals(ForwardAD.unpackDual(full).tangent().toDoubleArray(),
                    ForwardAD.unpackDual(g[0]).tangent().toDoubleArray(), 1e-12);
            assertArrayEquals(new double[8], ForwardAD.unpackDual(g[0]).primal().toDoubleArray(),
                    "neither layer's gᵀ·x value was computed");
        }
    }
}
