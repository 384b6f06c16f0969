package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;
import org.junit.jupiter.api.Test;

/**
 * Sums over chosen dims through {@code Reductions}' general loop (and its one-element case) against
 * the definition, element by element: transposed, narrowed and expanded views, empty tensors, one
 * element, reduced dims of size 1, every dtype; int64 sums wrap and bool sums count.
 */
class GeneralSumTest {

    /** The sum over {@code dims} (keepdim) by walking every element of x and adding it to its output. */
    private static double[] definition(Tensor x, int[] dims) {
        int[] shape = x.shape();
        int[] kept = shape.clone();
        for (int d : dims) {
            kept[d] = 1;
        }
        double[] values = x.to(DType.FLOAT64).contiguous().toDoubleArray();
        double[] out = new double[Shapes.numel(kept)];
        int[] index = new int[shape.length];
        for (double v : values) {
            int o = 0;
            for (int d = 0; d < shape.length; d++) {
                o = o * kept[d] + (kept[d] == 1 ? 0 : index[d]);
            }
            out[o] += v;
            for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) {
                index[d] = 0;
            }
        }
        return out;
    }

    private static void agrees(Tensor x, int... dims) {
        for (DType type : DType.values()) {
            Tensor t = type == DType.BOOL ? x.gt(0) : type.isFloatingPoint() ? x.to(type) : x.mul(10).to(type);
            Tensor actual = t.sum(dims, true);
            assertEquals(type.isFloatingPoint() ? type : DType.INT64, actual.dtype(), type + " sum's dtype");
            assertArrayEquals(definition(t, dims), actual.toDoubleArray(), 1e-4, type + " over " + java.util.Arrays.toString(dims));
        }
    }

    private static Tensor ramp(int... shape) {
        return Tensor.arange(0, Shapes.numel(shape), 1, DType.FLOAT64).sin().reshape(shape);
    }

    @Test
    void stridedViews() {
        agrees(ramp(5, 7).t(), 0);
        agrees(ramp(5, 7).t(), 1);
        agrees(ramp(4, 3, 6).permute(2, 0, 1), 0, 2);
        agrees(ramp(6, 9).narrow(1, 2, 5), 1);
        agrees(ramp(3, 1).expand(3, 40), 1);
        agrees(ramp(3, 1).expand(3, 40), 0);
        agrees(ramp(2, 3, 4), 1);
    }

    @Test
    void emptyAndOneElement() {
        agrees(ramp(0, 3), 0);
        agrees(ramp(0, 3), 1);
        agrees(ramp(1, 1), 0, 1);
        agrees(ramp(1), 0);
        agrees(ramp(4, 1, 3).permute(2, 1, 0), 1);
    }

    @Test
    void reducedDimsOfSizeOneAddZero() {
        agrees(ramp(5, 1, 3).transpose(0, 2), 1);
        Tensor negativeZero = Tensor.of(new float[] {-0.0f, -0.0f}, 2, 1);
        assertEquals(0x0, Float.floatToRawIntBits((float) negativeZero.sum(1).toDoubleArray()[0]), "-0.0 + 0 is 0.0");
        assertEquals(0L, Double.doubleToRawLongBits(negativeZero.to(DType.FLOAT64).sum(1).toDoubleArray()[0]));
        assertArrayEquals(new long[] {1, 0}, Tensor.of(new boolean[] {true, false}, 2, 1).sum(1).toLongArray());
    }

    @Test
    void int64SumsWrapAndStayExact() {
        long big = (1L << 53) + 1; // not a double
        Tensor x = Tensor.of(new long[] {Long.MAX_VALUE, big, 1, 1}, 2, 2).t();
        assertArrayEquals(new long[] {Long.MIN_VALUE, big + 1}, x.sum(1).toLongArray());
        Tensor flags = Tensor.of(new boolean[] {true, true, false, true, true, true}, 2, 3).t();
        assertArrayEquals(new long[] {2, 2, 1}, flags.sum(1).toLongArray());
        assertArrayEquals(new long[] {2, 3}, flags.sum(0).toLongArray());
    }
}
