package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/** dtype conversions of whole tensors and strided views, against PyTorch 1.13's values. */
class ConversionTest {
    @Test
    void floatsConvertToBoolByBeingNonZero() {
        // torch.tensor([0.5, -0.2, nan, 0.0, -0.0, inf, -1.7, 2.9]).bool()
        Tensor x = Tensor.of(0.5f, -0.2f, Float.NaN, 0f, -0f, Float.POSITIVE_INFINITY, -1.7f, 2.9f);
        assertArrayEquals(new boolean[] {true, true, true, false, false, true, true, true},
                x.to(DType.BOOL).toBooleanArray());
        // x.view(2, 4).t().bool(): a transposed view converts in its own order
        assertArrayEquals(new boolean[] {true, false, true, true, true, true, false, true},
                x.view(2, 4).t().to(DType.BOOL).toBooleanArray());
        assertArrayEquals(new boolean[] {true}, Tensor.scalar(0.25).to(DType.BOOL).toBooleanArray());
    }

    @Test
    void floatsConvertToInt64ByTruncation() {
        // torch.tensor([0.5, -0.2, -1.7, 2.9]).long()
        assertArrayEquals(new long[] {0, 0, -1, 2}, Tensor.of(0.5, -0.2, -1.7, 2.9).to(DType.INT64).toLongArray());
    }
}
