package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.autograd4j.autograd.DualLevel;
import org.autograd4j.autograd.SavedTensorsHooks;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/** The semantics of dual tensors and levels, PyTorch 1.13's messages, and forward-mode jvp/hvp. */
class ForwardADTest {
    private static final double TOL = 1e-12;

    @Test
    void aTangentFlowsThroughOps() {
        Tensor x = Tensor.of(0.5, 1.0, 2.0);
        Tensor v = Tensor.of(1.0, -2.0, 3.0);
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor y = ForwardAD.makeDual(x, v).sin().mul(2).sum();
            ForwardAD.UnpackedDual u = ForwardAD.unpackDual(y);
            double expected = 2 * (Math.cos(0.5) * 1 - Math.cos(1.0) * 2 + Math.cos(2.0) * 3);
            assertEquals(expected, u.tangent().item(), TOL);
            assertEquals(2 * (Math.sin(0.5) + Math.sin(1.0) + Math.sin(2.0)), u.primal().item(), TOL);
            assertNull(ForwardAD.unpackDual(u.primal()).tangent(), "the primal is a plain tensor");
        }
    }

    /**
     * One factory run serves both modes: the tangent is computed, and the saves of the node and of the
     * tangent's own graph go through the hooks.
     */
    @Test
    void aRecordedOpUnderSavedTensorHooksAlsoGivesItsTangent() {
        Tensor x = Tensor.of(0.5, 2.0).requiresGrad(true);
        Tensor v = Tensor.of(3.0, -1.0);
        int[] packs = {0};
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor y;
            try (SavedTensorsHooks.Scope hooks = SavedTensorsHooks.push(t -> {
                packs[0]++;
                return t;
            }, (Tensor t) -> t)) {
                y = ForwardAD.makeDual(x, v).log();
            }
            assertArrayEquals(new double[] {3.0 / 0.5, -1.0 / 2.0}, ForwardAD.unpackDual(y).tangent().toDoubleArray(), TOL);
            // log saves its input, and the tangent's own DivBackward0 (x requires grad) saves both of its
            // operands: three packs, as PyTorch 1.13 counts them
            assertEquals(3, packs[0]);
            assertTrue(y.gradFn().savedNames().contains("self"));
            y.sum().backward();
        }
        assertArrayEquals(new double[] {1 / 0.5, 1 / 2.0}, x.grad().toDoubleArray(), TOL);
    }

    @Test
    void closingTheLevelDropsItsTangentsAndANewLevelStartsClean() {
        Tensor x = Tensor.of(1.0, 2.0);
        Tensor dual;
        try (DualLevel level = ForwardAD.dualLevel()) {
            dual = ForwardAD.makeDual(x, Tensor.of(1.0, 1.0));
            assertNotNull(ForwardAD.unpackDual(dual).tangent());
        }
        assertFalse(ForwardLevel.isActive());
        assertNull(ForwardAD.unpackDual(dual).tangent());
        try (DualLevel level = ForwardAD.dualLevel()) {
            assertNull(ForwardAD.unpackDual(dual).tangent(), "a tangent of a closed level stays gone");
            assertNull(ForwardAD.unpackDual(dual.exp()).tangent());
        }
        assertArrayEquals(new double[] {1, 2}, dual.toDoubleArray(), "the value is kept");
    }

    /** A user sees forward_ad's level API only: entering and leaving; the tangents' machinery is internal. */
    @Test
    void theExportedLevelOffersEnterAndCloseOnly() {
        Set<String> methods = Arrays.stream(DualLevel.class.getMethods())
                .filter(m -> m.getDeclaringClass() == DualLevel.class)
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("enter", "close"), methods);
    }

    @Test
    void levelsDoNotNestAsInPyTorch() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, ForwardAD::dualLevel);
            assertEquals("Nested forward mode AD is not supported at the moment", e.getMessage());
        }
        try (DualLevel again = ForwardAD.dualLevel()) {
            assertTrue(ForwardLevel.isActive(), "the failed nesting left the first level closable, and a new one opens");
        }
    }

    @Test
    void makeDualChecksItsArgumentsWithPyTorchMessages() {
        Tensor x = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64);
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> ForwardAD.makeDual(x, x));
        assertEquals("Trying to create a dual Tensor for forward AD but no level exists, make sure to "
                + "enter_dual_level() first.", none.getMessage());
        try (DualLevel level = ForwardAD.dualLevel()) {
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                    () -> ForwardAD.makeDual(x, Tensor.zeros(new int[] {3, 2}, DType.FLOAT64)));
            assertEquals("Trying to set a forward gradient that has a different size than that of the original Tensor, "
                    + "this is not supported. Tensor is of size [2, 3] while the given forward gradient is of size "
                    + "[3, 2].", shape.getMessage());
            IllegalArgumentException primal = assertThrows(IllegalArgumentException.class,
                    () -> ForwardAD.makeDual(Tensor.of(1L, 2L), Tensor.of(1.0, 2.0)));
            assertEquals("Expected primal to be floating point or complex, but got: torch.int64", primal.getMessage());
            IllegalArgumentException tangent = assertThrows(IllegalArgumentException.class,
                    () -> ForwardAD.makeDual(Tensor.of(1.0, 2.0), Tensor.of(1L, 2L)));
            assertEquals("Expected tangent to be floating point or complex, but got: torch.int64", tangent.getMessage());
        }
    }

    @Test
    void anOpWithoutAForwardFormulaRefusesWithPyTorchsMessage() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor dual = ForwardAD.makeDual(Tensor.of(1.0, 2.0), Tensor.of(1.0, 1.0));
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> new AutogradTest.MyExp().apply1(dual));
            assertEquals("You must implement the jvp function for custom autograd.Function to use it with forward mode "
                    + "AD.", e.getMessage());
        }
    }

    @Test
    void opsPyTorchGivesNoForwardFormulaRefuseADualInput() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor dual = ForwardAD.makeDual(Tensor.of(1.0, 2.0, 1.0), Tensor.of(1.0, 1.0, 1.0));
            UnsupportedOperationException unique = assertThrows(UnsupportedOperationException.class, dual::unique);
            assertEquals("Trying to use forward AD with _unique2 that does not support it because it has not been "
                    + "implemented yet.", unique.getMessage());
            assertEquals(2, Tensor.of(1.0, 2.0, 1.0).unique().numel(), "a plain tensor is fine inside a level");
        }
    }

    @Test
    void gradModeDoesNotStopForwardMode() {
        try (DualLevel level = ForwardAD.dualLevel(); var off = Autograd.noGrad()) {
            Tensor y = ForwardAD.makeDual(Tensor.of(2.0), Tensor.of(1.0)).exp();
            assertEquals(Math.exp(2), ForwardAD.unpackDual(y).tangent().item(), TOL);
        }
    }

    @Test
    void anInPlaceOpGivesItsTargetTheNewTangent() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor dual = ForwardAD.makeDual(Tensor.of(1.0, 2.0), Tensor.of(1.0, 10.0));
            Tensor y = Tensor.of(3.0, 4.0);
            y.mul_(dual);
            assertArrayEquals(new double[] {3, 40}, ForwardAD.unpackDual(y).tangent().toDoubleArray(), TOL);
            y.fill_(0);
            assertArrayEquals(new double[] {0, 0}, ForwardAD.unpackDual(y).tangent().toDoubleArray(), "a constant's");
        }
    }

    @Test
    void tangentsAreDifferentiableInReverseMode() {
        Tensor x = Tensor.of(0.3, 0.7).requiresGrad(true);
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor y = ForwardAD.makeDual(x, Tensor.of(1.0, 1.0)).tanh().sum();
            Tensor tangent = ForwardAD.unpackDual(y).tangent();
            assertTrue(tangent.requiresGrad(), "the tangent's formula was recorded");
            Tensor g = Autograd.grad(tangent, x).get(0);
            for (int i = 0; i < 2; i++) {
                double t = Math.tanh(x.toDoubleArray()[i]);
                assertEquals(-2 * t * (1 - t * t), g.toDoubleArray()[i], TOL);
            }
        }
    }

    /** The level jvp and hvp open: the same tangent, computed without recording its formula. */
    @Test
    void aLevelWithUndifferentiableTangentsRecordsNoFormula() {
        Tensor x = Tensor.of(0.3, 0.7).requiresGrad(true);
        try (ForwardLevel level = ForwardLevel.enterWithUndifferentiableTangents()) {
            Tensor y = ForwardAD.makeDual(x, Tensor.of(1.0, 1.0)).tanh().sum();
            Tensor tangent = ForwardAD.unpackDual(y).tangent();
            assertFalse(tangent.requiresGrad(), "the tangent's formula was not recorded");
            assertTrue(y.requiresGrad(), "the primal op was");
            double expected = 0;
            for (double xi : x.toDoubleArray()) {
                expected += 1 - Math.tanh(xi) * Math.tanh(xi);
            }
            assertEquals(expected, tangent.item(), TOL);
        }
    }

    @Test
    void jvpIsComputedInForwardMode() {
        Tensor x = Tensor.of(1.0, 2.0);
        Tensor v = Tensor.of(1.0, 1.0);
        assertArrayEquals(new double[] {2, 4}, Autograd.jvp(t -> t.pow(2), x, v)[1].toDoubleArray(), TOL);
        assertArrayEquals(new double[] {0, 0}, Autograd.jvp(t -> Tensor.of(5.0, 6.0), x, v)[1].toDoubleArray());
        try (DualLevel level = ForwardAD.dualLevel()) {
            assertThrows(IllegalStateException.class, () -> Autograd.jvp(t -> t, x, v), "it opens its own level");
        }
    }

    /** A small network's loss as a function of its flattened first-layer weights. */
    private static Tensor loss(Tensor w) {
        Tensor in = Tensor.of(new double[] {0.5, -1.0, 2.0, 0.1, 0.3, -0.7}, 2, 3);
        Tensor w2 = Tensor.of(new double[] {0.2, -0.4, 0.9, 0.1, -0.3, 0.5, 0.8, -0.6}, 4, 2);
        Tensor hidden = F.linear(in, w.view(4, 3)).tanh();
        return F.logSoftmax(hidden.mm(w2).sigmoid(), 1).sum().neg().add(w.pow(2).sum().mul(0.01));
    }

    @Test
    void hvpForwardOverReverseMatchesTheHessian() {
        Tensor w = new Generator(3).randn(new int[] {12}, DType.FLOAT64);
        Tensor v = new Generator(4).randn(new int[] {12}, DType.FLOAT64);
        Tensor[] result = Autograd.hvp(ForwardADTest::loss, w, v);
        Tensor expected = Autograd.hessian(ForwardADTest::loss, w).mv(v);
        assertArrayEquals(expected.toDoubleArray(), result[1].toDoubleArray(), 1e-10);
        assertEquals(loss(w).item(), result[0].item(), TOL);
        assertFalse(result[1].requiresGrad());
    }

    /** An MLP's loss, its weights pieces of one vector (narrow, view, t into linear), as in the hvp benchmark. */
    private static Tensor flatMlpLoss(Tensor flat) {
        return mlpLoss(flat.narrow(0, 0, 12).view(4, 3), flat);
    }

    private static Tensor mlpLoss(Tensor w1, Tensor flat) {
        Tensor in = Tensor.of(new double[] {0.5, -1.0, 2.0, 0.1, 0.3, -0.7}, 2, 3);
        Tensor hidden = F.linear(in, w1).tanh();
        Tensor out = F.linear(hidden, flat.narrow(0, 12, 8).view(2, 4));
        return F.mseLoss(out, Tensor.of(new double[] {0.1, -0.2, 0.3, 0.4}, 2, 2));
    }

    /** hvp skips the weight gradients' values (only their tangents reach the result): the tangents stay exact. */
    @Test
    void hvpOfWeightsSlicedFromOneVectorMatchesTheHessian() {
        Tensor w = new Generator(7).randn(new int[] {20}, DType.FLOAT64);
        Tensor v = new Generator(8).randn(new int[] {20}, DType.FLOAT64);
        Tensor expected = Autograd.hessian(ForwardADTest::flatMlpLoss, w).mv(v);
        Tensor[] result = Autograd.hvp(ForwardADTest::flatMlpLoss, w, v);
        assertArrayEquals(expected.toDoubleArray(), result[1].toDoubleArray(), 1e-10);
        assertEquals(flatMlpLoss(w).item(), result[0].item(), TOL);
    }

    /** A hook sees a gradient's value, so hvp computes the values a hook on the way to the result sees. */
    @Test
    void hvpComputesTheGradientValuesAHookSees() {
        Tensor w = new Generator(9).randn(new int[] {20}, DType.FLOAT64);
        double[][] seen = new double[1][];
        Autograd.hvp(flat -> {
            Tensor w1 = flat.narrow(0, 0, 12).view(4, 3);
            w1.registerHook(g -> {
                seen[0] = ForwardAD.unpackDual(g).primal().toDoubleArray();
                return null;
            });
            return mlpLoss(w1, flat);
        }, w, new Generator(10).randn(new int[] {20}, DType.FLOAT64));
        Tensor x = w.detach().requiresGrad(true);
        Tensor expected = Autograd.grad(flatMlpLoss(x), x).get(0).narrow(0, 0, 12);
        assertArrayEquals(expected.toDoubleArray(), seen[0], 1e-12);
    }

    @Test
    void jvpMatchesTheJacobian() {
        Tensor w = new Generator(5).randn(new int[] {12}, DType.FLOAT64);
        Tensor v = new Generator(6).randn(new int[] {12}, DType.FLOAT64);
        Autograd.TensorFunction f = t -> F.linear(Tensor.of(new double[] {1, 2, 3}, 1, 3), t.view(4, 3)).relu().softmax(1);
        Tensor expected = Autograd.jacobian(f, w).reshape(4, 12).mv(v);
        assertArrayEquals(expected.toDoubleArray(), Autograd.jvp(f, w, v)[1].reshape(4).toDoubleArray(), 1e-12);
        assertEquals(List.of(1, 4), List.of(Autograd.jvp(f, w, v)[1].shape()[0], Autograd.jvp(f, w, v)[1].shape()[1]));
    }
}
