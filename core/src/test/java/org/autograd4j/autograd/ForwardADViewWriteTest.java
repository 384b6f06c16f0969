package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;

import org.autograd4j.DType;
import org.autograd4j.ForwardAD;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Forward mode through in-place writes into views: the base's tangent is updated, as PyTorch's
 * (whose view tangents are views of the base's tangent); values from {@code custom_function_pytorch.py}
 * and, for views taken before the write, {@code forward_ad_views_pytorch.py}.
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

    private static Tensor dual(double[] values, double[] tangents) {
        return ForwardAD.makeDual(Tensor.of(values), Tensor.of(tangents));
    }

    @Test
    void aViewTakenBeforeAWriteIntoAnotherViewSeesTheBasesNewTangent() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor x = Tensor.zeros(4);
            Tensor older = x.narrow(0, 1, 2);
            x.narrow(0, 2, 2).copy_(dual(new double[] {5, 6}, new double[] {1, 2}));
            assertArrayEquals(new double[] {0, 1}, tangent(older), TOL);
            assertArrayEquals(new double[] {0, 0, 1, 2}, tangent(x), TOL);
        }
    }

    @Test
    void aViewOfAViewAndATransposedViewSeeIt() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor x = Tensor.zeros(3, 4);
            Tensor row = x.select(0, 1);
            Tensor part = row.narrow(0, 1, 2);
            x.select(0, 1).narrow(0, 2, 2).copy_(dual(new double[] {5, 6}, new double[] {1, 2}));
            assertArrayEquals(new double[] {0, 0, 1, 2}, tangent(row), TOL);
            assertArrayEquals(new double[] {0, 1}, tangent(part), TOL);
            Tensor y = Tensor.zeros(2, 3);
            Tensor transposed = y.t();
            y.select(0, 1).copy_(dual(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
            assertArrayEquals(new double[] {0, 1, 0, 2, 0, 3}, tangent(transposed), TOL);
        }
    }

    @Test
    void anOlderOverlappingViewSeesTheWriteAndWritesThroughIt() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor x = Tensor.zeros(4);
            Tensor a = x.narrow(0, 0, 3);
            Tensor b = x.narrow(0, 1, 3);
            b.copy_(dual(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
            assertArrayEquals(new double[] {0, 1, 2}, tangent(a), TOL);
            a.mul_(dual(new double[] {2, 2, 2}, new double[] {10, 20, 30}));
            assertArrayEquals(new double[] {0, 2, 2, 1}, x.toDoubleArray(), TOL);
            assertArrayEquals(new double[] {0, 22, 34, 3}, tangent(x), TOL);
            assertArrayEquals(new double[] {22, 34, 3}, tangent(b), TOL);
        }
    }

    @Test
    void aChainOfWritesIntoARowAndAColumn() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor x = Tensor.zeros(2, 3);
            Tensor r0 = x.select(0, 0);
            Tensor c1 = x.select(1, 1);
            r0.copy_(dual(new double[] {1, 2, 3}, new double[] {1, 1, 1}));
            c1.mul_(dual(new double[] {3, 3}, new double[] {2, 2}));
            assertArrayEquals(new double[] {1, 6, 3, 0, 0, 0}, x.toDoubleArray(), TOL);
            assertArrayEquals(new double[] {1, 7, 1, 0, 0, 0}, tangent(x), TOL);
            assertArrayEquals(new double[] {1, 7, 1}, tangent(r0), TOL);
            assertArrayEquals(new double[] {7, 0}, tangent(c1), TOL);
        }
    }

    @Test
    void aBroadcastWriteIntoTheBaseAndARecordedWrite() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor y = Tensor.zeros(3);
            Tensor tail = y.narrow(0, 1, 2);
            y.add_(ForwardAD.makeDual(Tensor.scalar(1.0), Tensor.scalar(2.0)));
            assertArrayEquals(new double[] {2, 2}, tangent(tail), TOL);
            Tensor leaf = Tensor.zeros(4).requiresGrad(true);
            Tensor base = leaf.mul(1);
            Tensor old = base.narrow(0, 0, 2);
            base.narrow(0, 1, 2).copy_(dual(new double[] {1, 1}, new double[] {3, 4}));
            base.mul_(dual(new double[] {2, 2, 2, 2}, new double[] {1, 1, 1, 1}));
            assertArrayEquals(new double[] {0, 7}, tangent(old), TOL);
            assertArrayEquals(new double[] {0, 7, 9, 0}, tangent(base), TOL);
        }
    }

    /** PyTorch writes into makeDual's tangent in place, so views of the dual see the write; the primal keeps none. */
    @Test
    void aWriteIntoADualUpdatesItsOwnTangentInPlace() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor p = Tensor.zeros(4);
            Tensor t = Tensor.ones(4);
            Tensor b = ForwardAD.makeDual(p, t);
            Tensor inner = b.narrow(0, 1, 2);
            b.mul_(3);
            assertArrayEquals(new double[] {3, 3, 3, 3}, t.toDoubleArray(), TOL);
            assertArrayEquals(new double[] {3, 3}, tangent(inner), TOL);
            assertNull(ForwardAD.unpackDual(p).tangent());
        }
    }

    @Test
    void aPrimalKeepsNoTangentAndMakeDualRefusesATensorThatHasOne() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor x = Tensor.zeros(4);
            x.mul_(dual(new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1}));
            assertNull(ForwardAD.unpackDual(ForwardAD.unpackDual(x).primal().narrow(0, 0, 2)).tangent());
            for (Tensor target : new Tensor[] {x, x.narrow(0, 1, 2)}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> ForwardAD.makeDual(target, Tensor.onesLike(target)));
                assertEquals("Making a dual Tensor based on a Tensor that already has a forward gradient at the same "
                        + "level 0 is not supported.", e.getMessage());
            }
        }
    }

    /**
     * A tangent a write gave a plain tensor (or a clone made in the level) is updated in place by later writes, into
     * a view or the tensor itself, as PyTorch's: the tangents read before them, the tensor's and a view's, see them.
     */
    @Test
    void aTangentReadBeforeALaterWriteSeesIt() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            for (Tensor x : new Tensor[] {Tensor.zeros(3, 4), Tensor.zeros(3, 4).clone()}) {
                Tensor row0 = x.select(0, 0);
                x.select(0, 1).copy_(dual(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1}));
                Tensor first = ForwardAD.unpackDual(x).tangent();
                Tensor firstRow = ForwardAD.unpackDual(row0).tangent();
                x.select(0, 2).copy_(dual(new double[] {5, 6, 7, 8}, new double[] {2, 2, 2, 2}));
                assertArrayEquals(new double[] {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}, first.toDoubleArray(), TOL);
                assertArrayEquals(new double[] {0, 0, 0, 0}, firstRow.toDoubleArray(), TOL);
                x.add_(ForwardAD.makeDual(Tensor.scalar(1.0), Tensor.scalar(3.0)));
                assertArrayEquals(new double[] {3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5}, first.toDoubleArray(), TOL);
                assertArrayEquals(new double[] {3, 3, 3, 3}, firstRow.toDoubleArray(), TOL);
                assertArrayEquals(first.toDoubleArray(), tangent(x), TOL);
            }
        }
    }

    /** The tangent a write gives is the tensor's own: a later write updates it, not the tangent that was copied in. */
    @Test
    void aLaterWriteUpdatesTheTangentAWriteGaveNotItsSource() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor sTangent = Tensor.ones(3);
            Tensor y = Tensor.zeros(3);
            y.copy_(ForwardAD.makeDual(Tensor.of(1.0, 2.0, 3.0), sTangent));
            Tensor before = ForwardAD.unpackDual(y).tangent();
            y.mul_(dual(new double[] {2, 2, 2}, new double[] {1, 2, 3}));
            assertArrayEquals(new double[] {1, 1, 1}, sTangent.toDoubleArray(), TOL);
            assertArrayEquals(new double[] {3, 6, 11}, before.toDoubleArray(), TOL);
        }
    }

    /**
     * The older view's tangent against central differences of its values: s is written into one view
     * of a base, the base is scaled through another view, and a view taken first is read.
     */
    @Test
    void anOlderViewsTangentMatchesFiniteDifferences() {
        Tensor s = Tensor.of(0.5, -0.25, 2.0).to(DType.FLOAT64);
        Tensor v = Tensor.of(1.5, 2.0, -1.0).to(DType.FLOAT64);
        UnaryOperator<Tensor> f = in -> {
            Tensor base = Tensor.zeros(new int[] {5}, DType.FLOAT64);
            Tensor older = base.narrow(0, 0, 4);
            base.narrow(0, 1, 3).copy_(in.exp());
            base.narrow(0, 2, 3).mul_(in.sin());
            return older.mul(older);
        };
        double[] analytical;
        try (DualLevel level = ForwardAD.dualLevel()) {
            analytical = tangent(f.apply(ForwardAD.makeDual(s, v)));
        }
        double eps = 1e-6;
        Tensor numerical = f.apply(s.add(v.mul(eps))).sub(f.apply(s.sub(v.mul(eps)))).div(2 * eps);
        assertArrayEquals(numerical.toDoubleArray(), analytical, 1e-7);
    }
}
