package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.ForwardAD;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.DualLevel;
import org.autograd4j.linalg.Linalg;
import org.junit.jupiter.api.Test;

/**
 * Forward mode where the op table's random inputs do not reach: singular matrices for det, zeros
 * in scatterReduce's prod, and the QR modes PyTorch 1.13 refuses to differentiate (its messages).
 */
class LinalgForwardADTest {
    private static double[] tangent(UnaryOperator<Tensor> f, Tensor x, Tensor v) {
        try (DualLevel level = ForwardAD.dualLevel()) {
            return ForwardAD.unpackDual(f.apply(ForwardAD.makeDual(x, v))).tangent().toDoubleArray();
        }
    }

    private static double[] centralDifference(UnaryOperator<Tensor> f, Tensor x, Tensor v) {
        double eps = 1e-6;
        return f.apply(x.add(v.mul(eps))).sub(f.apply(x.sub(v.mul(eps)))).div(2 * eps).toDoubleArray();
    }

    @Test
    void detOfSingularMatricesHasTheAdjugatesTangent() {
        // rank 1 and rank 2: det's derivative is the adjugate's transpose, nonzero at rank n - 1
        Tensor a = Tensor.of(new double[][][] {{{1, 2}, {2, 4}}, {{3, 6}, {1, 2}}});
        Tensor v = new Generator(3).randn(new int[] {2, 2, 2}, DType.FLOAT64);
        assertArrayEquals(centralDifference(Linalg::det, a, v), tangent(Linalg::det, a, v), 1e-7);
        Tensor b = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        Tensor w = new Generator(4).randn(new int[] {3, 3}, DType.FLOAT64);
        assertArrayEquals(centralDifference(Linalg::det, b, w), tangent(Linalg::det, b, w), 1e-6);
    }

    @Test
    void scatterReduceProdWithZerosMatchesFiniteDifferences() {
        Tensor index = Tensor.of(new long[][] {{0, 1, 0}, {2, 2, 3}});
        Tensor self = Tensor.of(new double[][] {{0, 2, 3, 4}, {1.5, 0.5, 2, 1}});
        Tensor src = Tensor.of(new double[][] {{0, 2, 1.5}, {0.5, 0, 3}});
        Tensor vSelf = new Generator(5).randn(new int[] {2, 4}, DType.FLOAT64);
        Tensor vSrc = new Generator(6).randn(new int[] {2, 3}, DType.FLOAT64);
        for (boolean includeSelf : new boolean[] {true, false}) {
            UnaryOperator<Tensor> ofSelf = x -> x.scatterReduce(1, index, src, "prod", includeSelf);
            assertArrayEquals(centralDifference(ofSelf, self, vSelf), tangent(ofSelf, self, vSelf), 1e-8);
            UnaryOperator<Tensor> ofSrc = s -> self.scatterReduce(1, index, s, "prod", includeSelf);
            assertArrayEquals(centralDifference(ofSrc, src, vSrc), tangent(ofSrc, src, vSrc), 1e-8);
        }
    }

    @Test
    void qrModesWithoutADerivativeRefuseADualInputWithPyTorchsMessages() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor square = ForwardAD.makeDual(Tensor.eye(3, 3, DType.FLOAT64), Tensor.ones(3, 3));
            IllegalStateException r = assertThrows(IllegalStateException.class, () -> Linalg.qr(square, "r"));
            assertEquals("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please use "
                    + "linalg.qr(A, mode='reduced') if you are going to differentiate through linalg.qr.",
                    r.getMessage());
            Tensor tall = ForwardAD.makeDual(Tensor.ones(3, 2).add(Tensor.eye(3, 2, DType.FLOAT64)), Tensor.ones(3, 2));
            IllegalStateException complete = assertThrows(IllegalStateException.class,
                    () -> Linalg.qr(tall, "complete"));
            assertEquals("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.",
                    complete.getMessage());
        }
    }
}
