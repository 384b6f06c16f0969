package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.function.UnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * float32 sums over leading dims of contiguous rows, which {@code Reductions} hands to the row
 * accumulator, against the same sums taken in float64: the layouts it accepts (rows apart by more
 * than their width, a repeated row, several leading dims, keepdim, mean) and ones it leaves to the
 * general loop (narrow rows, a transposed matrix).
 */
class SumOfRowsTest {
    private static final double TOL = 1e-4;

    private static void agreesWithFloat64(Tensor x, UnaryOperator<Tensor> reduce) {
        Tensor actual = reduce.apply(x);
        Tensor expected = reduce.apply(x.to(DType.FLOAT64));
        assertArrayEquals(expected.shape(), actual.shape());
        assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), TOL);
    }

    @Test
    void dimZeroOfAMatrix() {
        Tensor.manualSeed(1);
        agreesWithFloat64(Tensor.randn(37, 300), t -> t.sum(0));
        agreesWithFloat64(Tensor.randn(1, 300), t -> t.sum(0));
        agreesWithFloat64(Tensor.randn(37, 300), t -> t.sum(new int[] {0}, true));
        agreesWithFloat64(Tensor.randn(37, 300), t -> t.mean(new int[] {0}, false));
    }

    @Test
    void moreRowsThanOneChunk() {
        Tensor.manualSeed(2);
        agreesWithFloat64(Tensor.randn(1000, 33), t -> t.sum(0));
    }

    @Test
    void severalLeadingDims() {
        Tensor.manualSeed(3);
        agreesWithFloat64(Tensor.randn(4, 5, 64), t -> t.sum(new int[] {1, 0}, false));
        agreesWithFloat64(Tensor.randn(4, 5, 8, 8), t -> t.sum(new int[] {0}, false));
    }

    @Test
    void rowsFurtherApartThanTheirWidth() {
        Tensor.manualSeed(4);
        agreesWithFloat64(Tensor.randn(9, 100).narrow(1, 10, 70), t -> t.sum(0));
        agreesWithFloat64(Tensor.randn(6, 4, 50).select(1, 2), t -> t.sum(0));
    }

    @Test
    void aRepeatedRow() {
        Tensor.manualSeed(5);
        agreesWithFloat64(Tensor.randn(1, 64).expand(50, 64), t -> t.sum(0));
    }

    @Test
    void layoutsLeftToTheGeneralLoop() {
        Tensor.manualSeed(6);
        agreesWithFloat64(Tensor.randn(50, 5), t -> t.sum(0));
        agreesWithFloat64(Tensor.randn(64, 40).t(), t -> t.sum(0));
        agreesWithFloat64(Tensor.randn(40, 64), t -> t.sum(1));
        agreesWithFloat64(Tensor.randn(3, 40, 64), t -> t.sum(1));
    }
}
