package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.PackHooks;
import org.autograd4j.autograd.engine.SavedTensor;
import org.junit.jupiter.api.Test;

/**
 * Saved-tensor hooks as {@code torch.autograd.graph.saved_tensors_hooks}: the pack/unpack calls and
 * the gradients below are PyTorch 1.13's for the same program (x, y 2x3, w 3x2 float64;
 * {@code (x*y).exp().log().mm(w).pow(2).sum()} with pack to float32 and unpack to float64).
 */
class SavedTensorsHooksTest {
    private static Tensor x() {
        return Tensor.of(new double[][] {{0.5, 1.0, 1.5}, {2.0, -1.0, 0.25}}).requiresGrad(true);
    }

    private static Tensor y() {
        return Tensor.of(new double[][] {{1.0, 2.0, 0.5}, {0.25, 1.0, 3.0}}).requiresGrad(true);
    }

    private static Tensor w() {
        return Tensor.of(new double[][] {{1.0, -1.0}, {0.5, 2.0}, {0.0, 1.0}}).requiresGrad(true);
    }

    private static Tensor program(Tensor x, Tensor y, Tensor w) {
        return x.mul(y).exp().log().mm(w).pow(2).sum();
    }

    @Test
    void everySavedTensorIsPackedInForwardAndUnpackedInBackward() {
        Tensor x = x();
        Tensor y = y();
        Tensor w = w();
        List<String> packed = new ArrayList<>();
        int[] unpacked = {0};
        Tensor loss;
        try (var hooks = SavedTensorsHooks.push(t -> {
            packed.add(java.util.Arrays.toString(t.shape()));
            return t.to(DType.FLOAT32);
        }, (Tensor t) -> {
            unpacked[0]++;
            return t.to(DType.FLOAT64);
        })) {
            loss = program(x, y, w);
        }
        assertEquals(List.of("[2, 3]", "[2, 3]", "[2, 3]", "[2, 3]", "[2, 3]", "[3, 2]", "[2, 2]"), packed);
        assertEquals(0, unpacked[0]);
        loss.backward();
        assertEquals(7, unpacked[0]);
        assertArrayEquals(new double[] {-5.5, 37.0, 4.25, 0.875, -7.0, -10.5}, x.grad().toDoubleArray(), 1e-5);
        assertArrayEquals(new double[] {1.5, 2.5, 6.0, 20.5, 2.25, 3.75}, w.grad().toDoubleArray(), 1e-5);
    }

    @Test
    void packingDropsTheSavedTensorAndTheUnpackedOneIsWhatBackwardReads() {
        Tensor x = x();
        Tensor[] seen = new Tensor[1];
        Tensor loss;
        try (var hooks = SavedTensorsHooks.push(t -> t.toDoubleArray(), (double[] values) -> {
            seen[0] = Tensor.of(values, 2, 3);
            return seen[0];
        })) {
            loss = x.log().sum();
        }
        loss.gradFn().nextFunctions().get(0).node().saved("self");
        assertArrayEquals(seen[0].toDoubleArray(), x.toDoubleArray());
    }

    @Test
    void higherDerivativesFlowThroughUnpackedTensors() {
        Tensor x = Tensor.of(0.5, 1.5, -2.0).requiresGrad(true);
        Tensor plain = Autograd.gradWithGraph(x.pow(3).mul(x.sin()).sum(), x).get(0);
        Tensor secondPlain = Autograd.grad(plain.sum(), x).get(0);
        Tensor grad;
        try (var hooks = SavedTensorsHooks.push(Tensor::clone, (Tensor t) -> t)) {
            grad = Autograd.gradWithGraph(x.pow(3).mul(x.sin()).sum(), x).get(0);
        }
        Tensor second = Autograd.grad(grad.sum(), x).get(0);
        assertArrayEquals(plain.toDoubleArray(), grad.toDoubleArray(), 1e-12);
        assertArrayEquals(secondPlain.toDoubleArray(), second.toDoubleArray(), 1e-12);
    }

    @Test
    void gradcheckHoldsUnderIdentityHooks() {
        try (var hooks = SavedTensorsHooks.push(Tensor::clone, (Tensor t) -> t)) {
            assertTrue(GradCheck.gradcheck(in -> program(in[0], in[1], in[2]), x(), y(), w()));
            assertTrue(GradCheck.gradgradcheck(in -> program(in[0], in[1], in[2]), x(), y(), w()));
        }
    }

    @Test
    void anInPlaceChangeAfterSavingIsStillCaught() {
        Tensor x = x();
        Tensor a = x.mul(1);
        Tensor b;
        try (var hooks = SavedTensorsHooks.push(Tensor::clone, (Tensor t) -> t)) {
            b = a.log();
        }
        a.add_(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.sum().backward());
        assertTrue(e.getMessage().startsWith("one of the variables needed for gradient computation has been modified by "
                + "an inplace operation"), e.getMessage());
    }

    @Test
    void scopesNestAndTheInnermostPacks() {
        List<String> calls = new ArrayList<>();
        Tensor x = x();
        try (var outer = SavedTensorsHooks.push(t -> { calls.add("outer"); return t; }, (Tensor t) -> t)) {
            try (var inner = SavedTensorsHooks.push(t -> { calls.add("inner"); return t; }, (Tensor t) -> t)) {
                x.log();
            }
            x.log();
        }
        x.log();
        assertEquals(List.of("inner", "outer"), calls);
    }

    @Test
    void closingAnOuterScopeFirstIsRefused() {
        var outer = SavedTensorsHooks.push(t -> t, (Tensor t) -> t);
        var inner = SavedTensorsHooks.push(t -> t, (Tensor t) -> t);
        assertThrows(IllegalStateException.class, outer::close);
        inner.close();
        outer.close();
        assertEquals(null, PackHooks.current());
    }

    @Test
    void aFreedPackedTensorIsReportedAsFreed() {
        Tensor x = x();
        Tensor loss;
        try (var hooks = SavedTensorsHooks.push(Tensor::clone, (Tensor t) -> t)) {
            loss = x.exp().sum();
        }
        Node exp = loss.gradFn().nextFunctions().get(0).node();
        loss.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> exp.saved("result"));
        assertEquals(SavedTensor.FREED, e.getMessage());
    }

    @Test
    void theUnpackedResultTakesTheSavedTensorsPlaceInTheGraph() {
        Tensor x = x();
        Tensor e;
        try (var hooks = SavedTensorsHooks.push(Tensor::clone, (Tensor t) -> t)) {
            e = x.exp();
        }
        Tensor result = (Tensor) e.gradFn().saved("result");
        assertSame(e.gradFn(), result.gradFn());
    }
}
