package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Autograd.grad(..., isGradsBatched)}, against PyTorch 1.13: {@code torch.autograd.grad([x**2], [x, z],
 * [eye(3)], is_grads_batched=True, allow_unused=True)} at x = (1, 2, 3) gives (diag(2, 4, 6), None), and grad
 * outputs of batch sizes 3 and 2 are refused with vmap's message.
 */
class BatchedGradTest {
    @Test
    void batchedGradOutputsGiveJacobianRows() {
        Tensor x = Tensor.of(1.0, 2.0, 3.0).requiresGrad(true);
        Tensor z = Tensor.ones(2).requiresGrad(true);
        Tensor y = x.pow(2);
        List<Tensor> g = Autograd.grad(List.of(y), List.of(x, z), List.of(Tensor.eye(3, 3, DType.FLOAT64)), false,
                false, true, true);
        assertArrayEquals(new double[] {2, 0, 0, 0, 4, 0, 0, 0, 6}, g.get(0).toDoubleArray());
        assertArrayEquals(new int[] {3, 3}, g.get(0).shape());
        assertNull(g.get(1));
    }

    @Test
    void batchedGradientsCanBeDifferentiatedAgain() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor y = x.pow(3);
        Tensor rows = Autograd.grad(List.of(y), List.of(x), List.of(Tensor.eye(2, 2, DType.FLOAT64)), false, true,
                false, true).get(0);
        // rows = diag(3x²); d(sum rows)/dx = 6x
        assertArrayEquals(new double[] {6, 12}, Autograd.grad(rows.sum(), x).get(0).toDoubleArray(), 1e-12);
    }

    @Test
    void gradOutputsOfDifferentBatchSizesAreRefused() {
        Tensor x = Tensor.of(1.0, 2.0, 3.0).requiresGrad(true);
        Tensor y = x.pow(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Autograd.grad(List.of(y, y),
                List.of(x), List.of(Tensor.eye(3, 3, DType.FLOAT64), Tensor.ones(2, 3)), false, false, false, true));
        assertEquals("vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [3, 2] for "
                + "the mapped dimension", e.getMessage());
    }
}
