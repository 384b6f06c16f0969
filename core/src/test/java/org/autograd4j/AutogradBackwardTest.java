package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Autograd.backward} with several roots, as {@code torch.autograd.backward}; the values are
 * PyTorch 1.13's ({@code torch.autograd.backward([(a*2).sum(), a*3], [None, tensor([1., 2.])])} on
 * {@code a = ones(2)} gives {@code a.grad == [5, 8]}; its message for a missing gradient is
 * {@code got 2 tensors and 1 gradients}).
 */
class AutogradBackwardTest {
    @Test
    void severalRootsAccumulateInOnePass() {
        Tensor a = Tensor.ones(2).requiresGrad(true);
        Autograd.backward(List.of(a.mul(2).sum(), a.mul(3)), Arrays.asList(null, Tensor.of(1.0, 2.0)));
        assertArrayEquals(new double[] {5, 8}, a.grad().toDoubleArray());
    }

    @Test
    void rootsSharingAGraphRunEachNodeOnceWithoutRetainingIt() {
        Tensor a = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor shared = a.exp();
        Autograd.backward(List.of(shared.sum(), shared.mul(shared).sum()), null);
        double[] expected = {Math.exp(1) + 2 * Math.exp(2), Math.exp(2) + 2 * Math.exp(4)};
        assertArrayEquals(expected, a.grad().toDoubleArray(), 1e-9);
    }

    @Test
    void inputsRestrictWhichLeavesAccumulate() {
        Tensor a = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(3.0, 4.0).requiresGrad(true);
        Autograd.backward(List.of(a.mul(b).sum()), null, false, false, List.of(a));
        assertArrayEquals(new double[] {3, 4}, a.grad().toDoubleArray());
        assertNull(b.grad());
    }

    @Test
    void aGradientPerRootIsRequired() {
        Tensor a = Tensor.ones(2).requiresGrad(true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Autograd.backward(List.of(a.mul(2), a.mul(3)), List.of(Tensor.ones(2))));
        assertEquals("got 2 tensors and 1 gradients", e.getMessage());
    }
}
