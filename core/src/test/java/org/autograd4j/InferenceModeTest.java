package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.autograd4j.autograd.InferenceMode;
import org.junit.jupiter.api.Test;

/**
 * {@code Autograd.inferenceMode()} as PyTorch 1.13's {@code torch.inference_mode}: what it turns off,
 * which tensors are inference tensors, and PyTorch's messages for what they refuse outside it
 * (from {@code torch.inference_mode()} on PyTorch 1.13: {@code (w * t).sum().backward()}, {@code t.mul_(2)},
 * {@code t.requires_grad_()}; {@code w + t}, {@code t.view(2)}, {@code t.clone().mul_(2)} are allowed).
 */
class InferenceModeTest {
    @Test
    void insideGradModeIsOffAndTensorsAreInferenceTensors() {
        Tensor w = Tensor.ones(2).requiresGrad(true);
        Tensor t;
        Tensor u;
        try (InferenceMode.Scope scope = Autograd.inferenceMode()) {
            assertFalse(Autograd.isGradEnabled());
            assertTrue(Autograd.isInferenceModeEnabled());
            t = Tensor.ones(2).mul(2);
            u = w.mul(2);
            try (InferenceMode.Scope out = Autograd.inferenceMode(false)) {
                assertTrue(Autograd.isGradEnabled());
                assertFalse(Autograd.isInferenceModeEnabled());
                assertFalse(InferenceMode.isInference(Tensor.ones(1)));
            }
        }
        assertTrue(Autograd.isGradEnabled());
        assertFalse(Autograd.isInferenceModeEnabled());
        assertTrue(InferenceMode.isInference(t));
        assertTrue(InferenceMode.isInference(u));
        assertFalse(u.requiresGrad());
        assertNull(u.gradFn());
        assertFalse(InferenceMode.isInference(Tensor.ones(1)));
    }

    @Test
    void outsideInferenceTensorsRefuseWhatPyTorchRefuses() {
        Tensor w = Tensor.ones(2).requiresGrad(true);
        Tensor t;
        try (InferenceMode.Scope scope = Autograd.inferenceMode()) {
            t = Tensor.ones(2).mul(2);
        }
        IllegalStateException saved = assertThrows(IllegalStateException.class, () -> w.mul(t));
        assertEquals("Inference tensors cannot be saved for backward. To work around you can make a clone to get a "
                + "normal tensor and use it in autograd.", saved.getMessage());
        IllegalStateException inPlace = assertThrows(IllegalStateException.class, () -> t.mul_(2));
        assertEquals("Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to "
                + "get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more "
                + "details.", inPlace.getMessage());
        IllegalStateException requiresGrad = assertThrows(IllegalStateException.class, () -> t.requiresGrad(true));
        assertEquals("Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.",
                requiresGrad.getMessage());
    }

    @Test
    void outsideInferenceTensorsStillComputeAndTheirClonesAreNormal() {
        Tensor w = Tensor.ones(2).requiresGrad(true);
        Tensor t;
        try (InferenceMode.Scope scope = Autograd.inferenceMode()) {
            t = Tensor.ones(2).mul(2);
            t.mul_(3); // allowed inside
        }
        Tensor sum = w.add(t);
        assertTrue(sum.requiresGrad());
        assertFalse(InferenceMode.isInference(sum));
        assertTrue(InferenceMode.isInference(t.view(2)), "a view of an inference tensor is one");
        Tensor copy = t.clone().mul_(2);
        assertFalse(InferenceMode.isInference(copy));
        w.mul(t.clone()).sum().backward();
        assertArrayEquals(new double[] {6, 6}, w.grad().toDoubleArray());
    }
}
