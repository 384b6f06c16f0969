package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/** The shared backward of the elementwise ops: its recorded node, its zeros, its double backward. */
class PointwiseGradTest {

    @Test
    void backwardIsRecordedUnderPyTorchsName() {
        Tensor x = Tensor.of(-1.0, 0.5, 2.0).requiresGrad(true);
        Tensor g = Autograd.grad(List.of(F.gelu(x).sum()), List.of(x), null, true, true, false).get(0);
        assertEquals("GeluBackwardBackward0", g.gradFn().name());
        assertEquals("LeakyReluBackwardBackward0", PointwiseGrad.backwardName("LeakyReluBackward1"));
    }

    /** d²/dx² of sum(softplus(x)) is sigmoid(x)(1 - sigmoid(x)); of sum(hardtanh(x)) it is 0. */
    @Test
    void secondDerivatives() {
        Tensor x = Tensor.of(-1.0, 0.5, 2.0).requiresGrad(true);
        Tensor g = Autograd.grad(List.of(F.softplus(x).sum()), List.of(x), null, true, true, false).get(0);
        g.sum().backward();
        double[] v = {-1.0, 0.5, 2.0};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = 1 / (1 + Math.exp(-v[i]));
            expected[i] = s * (1 - s);
        }
        assertArrayEquals(expected, x.grad().toDoubleArray(), 1e-15);

        Tensor y = Tensor.of(-2.0, 0.5, 2.0).requiresGrad(true);
        Tensor h = Autograd.grad(List.of(F.hardtanh(y).sum()), List.of(y), null, true, true, false).get(0);
        assertArrayEquals(new double[] {0, 1, 0}, h.toDoubleArray());
        // piecewise linear: as PyTorch, the first derivative is recorded and its derivative is zero
        assertEquals("HardtanhBackwardBackward0", h.gradFn().name());
        assertArrayEquals(new double[] {0, 0, 0},
                Autograd.grad(List.of(h.sum()), List.of(y), null, true, false, false).get(0).toDoubleArray());
    }

    /** A flat region stops an infinite upstream gradient instead of turning it into nan. */
    @Test
    void zeroDerivativeStopsNonFiniteGradients() {
        Tensor x = Tensor.of(-2.0, 0.5).requiresGrad(true);
        x.hardtanh().backward(Tensor.of(Double.POSITIVE_INFINITY, 1.0));
        assertArrayEquals(new double[] {0, 1}, x.grad().toDoubleArray());
    }

    @Test
    void cppFormatsLikeOstream() {
        assertEquals("-1", PointwiseGrad.cpp(-1.0));
        assertEquals("-0.5", PointwiseGrad.cpp(-0.5));
        assertEquals("1e-05", PointwiseGrad.cpp(1e-5));
        assertEquals("0.0001", PointwiseGrad.cpp(1e-4));
        assertEquals("1.23457e+08", PointwiseGrad.cpp(123456789));
        assertEquals("123457", PointwiseGrad.cpp(123456.7));
        assertEquals("inf", PointwiseGrad.cpp(Double.POSITIVE_INFINITY));
    }
}
