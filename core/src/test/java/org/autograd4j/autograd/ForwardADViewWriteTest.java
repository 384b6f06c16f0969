package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.autograd4j.ForwardAD;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Forward mode through in-place writes into views: the base's tangent is updated, as PyTorch's
 * (whose view tangents are views of the base's tangent); values from {@code custom_function_pytorch.py}.
 */
class ForwardADViewWriteTest {
    private static final double TOL = 1e-12;

    private static double[] tangent(Tensor t) {
        return ForwardAD.unpackDual(t).tangent().toDoubleArray();
    }

    @Test
    void aDualWrittenIntoAViewGivesItsBaseATangent() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor base = Tensor.of(1.0, 2.0, 3.0, 4.0);
            Tensor view = base.narrow(0, 1, 2);
            view.mul_(ForwardAD.makeDual(Tensor.of(5.0, 6.0), Tensor.of(1.0, 10.0)));
            assertArrayEquals(new double[] {0, 2, 30, 0}, tangent(base), TOL);
            assertArrayEquals(new double[] {2, 30}, tangent(view), TOL);
        }
    }

    @Test
    void writesIntoViewsOfADualBaseUpdateItsTangent() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor b = ForwardAD.makeDual(Tensor.of(1.0, 2.0, 3.0, 4.0), Tensor.ones(4));
            b.narrow(0, 1, 2).mul_(3);
            assertArrayEquals(new double[] {1, 3, 3, 1}, tangent(b), TOL);
            Tensor c = ForwardAD.makeDual(Tensor.of(new double[][] {{1, 2}, {3, 4}}), Tensor.ones(2, 2));
            c.t().select(0, 0).zero_();
            assertArrayEquals(new double[] {0, 1, 0, 1}, tangent(c), TOL);
            Tensor d = ForwardAD.makeDual(Tensor.of(new double[][] {{1, 2}, {3, 4}}), Tensor.ones(2, 2));
            d.select(1, 1).copy_(Tensor.of(7.0, 8.0));
            assertArrayEquals(new double[] {1, 0, 1, 0}, tangent(d), TOL);
        }
    }

    /** f(s) = sum(exp(base with base[1:3] *= s)), its tangent against central differences, recorded or not. */
    @Test
    void theTangentThroughAViewWriteMatchesFiniteDifferences() {
        Tensor s = Tensor.of(0.5, -0.25);
        Tensor v = Tensor.of(1.5, 2.0);
        for (boolean recorded : new boolean[] {false, true}) {
            double analytical;
            try (DualLevel level = ForwardAD.dualLevel()) {
                analytical = ForwardAD.unpackDual(f(ForwardAD.makeDual(s, v), recorded)).tangent().item();
            }
            double eps = 1e-6;
            double numerical = (f(s.add(v.mul(eps)), recorded).item() - f(s.sub(v.mul(eps)), recorded).item())
                    / (2 * eps);
            org.junit.jupiter.api.Assertions.assertEquals(numerical, analytical, 1e-7, "recorded " + recorded);
        }
    }

    private static Tensor f(Tensor s, boolean recorded) {
        Tensor leaf = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(recorded);
        Tensor base = leaf.mul(1);
        base.narrow(0, 1, 2).mul_(s);
        base.narrow(0, 0, 3).exp_();
        return base.mul(base).sum();
    }
}
