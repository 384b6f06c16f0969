package org.autograd4j.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/**
 * Sizes and ranges at the edges: views of more than 2^31-1 elements, overflowing shapes, empty
 * dimensions, exact int64 ranges (issue 9's reproducers, with PyTorch 1.13's values and messages).
 */
class SizesTest {

    private static String messageOf(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    /** The loop's arithmetic alone (cheap: no element is read): 65536 runs of 65537, 2^32 + 65536 in all. */
    @Test
    void loopsOverMoreElementsThanAnIntCounts() {
        StridedLoop loop = new StridedLoop(new int[] {65536, 65537}, new int[] {0, 0});
        assertEquals(65536L * 65537, loop.outerCount() * loop.innerSize());
        long[] elements = {0};
        loop.forEach(new int[] {0}, (n, offsets) -> elements[0] += n);
        assertEquals(65536L * 65537, elements[0]);
    }

    /** Forward and backward over 2^31 + 65536 elements (two passes of about a second each). */
    @Test
    void sumAndBackwardOfAnExpandedViewPastAnInt() {
        Tensor x = Tensor.ones(new int[] {1}, DType.FLOAT64).requiresGrad(true);
        Tensor sum = x.expand(65536, 32769).sum();
        assertEquals(2147549184.0, sum.item());
        sum.backward();
        assertArrayEquals(new double[] {2147549184.0}, x.grad().toDoubleArray());
    }

    @Test
    void meanOverAnExpandedViewPastAnInt() {
        Tensor m = Tensor.ones(1, 1).expand(65536, 32769).mean(0);
        assertArrayEquals(new int[] {32769}, m.shape());
        assertEquals(32769.0, m.sum().item());
    }

    /** Ops whose small result is read through the view's strides. */
    @Test
    void diagonalOfAnExpandedViewPastAnInt() {
        Tensor row = Tensor.arange(0.0, 32769.0, 1.0, DType.FLOAT64);
        Tensor matrix = row.expand(65536, 32769);
        assertArrayEquals(row.toDoubleArray(), matrix.diag().toDoubleArray());
        assertEquals(32768.0 * 32769 / 2, matrix.trace().item());
    }

    /** An adaptive average reads each window through the view's strides: one pass over 2^31 + 32768 elements. */
    @Test
    void adaptiveAverageOfAnExpandedViewPastAnInt() {
        Tensor matrix = Tensor.arange(0.0, 32769.0, 1.0, DType.FLOAT64).expand(65536, 32769);
        Tensor means = F.adaptiveAvgPool1d(matrix, 1);
        assertArrayEquals(new int[] {65536, 1}, means.shape());
        assertEquals(16384.0, means.min().item());
        assertEquals(16384.0, means.max().item());
    }

    /** trapezoid with a constant spacing is dx (sum(y) less the halved ends), as in PyTorch: one pass over the view. */
    @Test
    void trapezoidOfAnExpandedViewPastAnInt() {
        Tensor matrix = Tensor.arange(0.0, 32769.0, 1.0, DType.FLOAT64).expand(65536, 32769);
        Tensor areas = matrix.trapezoid(2, -1);
        assertArrayEquals(new int[] {65536}, areas.shape());
        assertEquals(2 * (32768.0 * 32769 / 2 - 32768.0 / 2), areas.min().item());
        assertEquals(2 * (32768.0 * 32769 / 2 - 32768.0 / 2), areas.max().item());
    }

    /** Float32 sums of many runs round once (PyTorch: 16842752 exactly). */
    @Test
    void longFloat32SumsStayExact() {
        assertEquals(16842752.0, Tensor.ones(1).expand(65536, 257).sum().item());
    }

    @Test
    void overflowingShapesAreRefused() {
        assertEquals("Storage size calculation overflowed with sizes=[65536, 65536, 65536, 65536]",
                messageOf(() -> Tensor.zeros(65536, 65536, 65536, 65536)));
        assertEquals("Storage size calculation overflowed with sizes=[65536, 65536, 65536, 65536]",
                messageOf(() -> Tensor.ones(1).expand(65536, 65536, 65536, 65536)));
    }

    @Test
    void tensorsLargerThanAJavaArrayNameTheLimit() {
        String message = messageOf(() -> Tensor.zeros(65536, 65536));
        assertEquals("a tensor of shape [65536, 65536] has 4294967296 elements, more than one Java array can hold "
                + "(2147483639); autograd4j keeps a tensor's elements in one array", message);
        messageOf(() -> Tensor.ones(1).expand(65536, 65536).add(1));
    }

    /** Output sizes from arguments, checked before allocating (misuse fuzzer seeds 93226, 87740, 3030519). */
    @Test
    void outputSizesFromArgumentsAreChecked() {
        Tensor x = Tensor.rand(1, 2, 3, 3);
        // PyTorch counts bytes, so it reports this count as "Storage size calculation overflowed"
        assertEquals("a tensor of shape [1, 2, 2147483647, 2147483647] has 9223372028264841218 elements, more than "
                + "one Java array can hold (2147483639); autograd4j keeps a tensor's elements in one array",
                messageOf(() -> F.adaptiveAvgPool2d(x, Integer.MAX_VALUE)));
        assertEquals("a tensor of shape [1, 2, 2147483647, 1] has 4294967294 elements, more than one Java array can "
                + "hold (2147483639); autograd4j keeps a tensor's elements in one array",
                messageOf(() -> F.adaptiveAvgPool2d(x, new int[] {Integer.MAX_VALUE, 1})));
        Tensor classes = Tensor.of(1L, 2L);
        assertEquals("a tensor of shape [2, 2147483647] has 4294967294 elements, more than one Java array can "
                + "hold (2147483639); autograd4j keeps a tensor's elements in one array",
                messageOf(() -> F.oneHot(classes, Integer.MAX_VALUE)));
        assertEquals("a tensor of shape [1099511627777] has 1099511627777 elements, more than one Java array can "
                + "hold (2147483639); autograd4j keeps a tensor's elements in one array",
                messageOf(() -> F.oneHot(Tensor.of(1L << 40))));
        // seed 3030519: bincount with minlength 2^31 - 1 (an OutOfMemoryError before)
        assertEquals("a tensor of shape [2147483647] has 2147483647 elements, more than one Java array can "
                + "hold (2147483639); autograd4j keeps a tensor's elements in one array",
                messageOf(() -> Tensor.of(0L).bincount(null, Integer.MAX_VALUE)));
        assertEquals("a tensor of shape [1099511627777] has 1099511627777 elements, more than one Java array can "
                + "hold (2147483639); autograd4j keeps a tensor's elements in one array",
                messageOf(() -> Tensor.of(1L << 40).bincount()));
    }

    /** Adaptive windows of a tall plane: i * height passes 2^31 (floor(i*h/oh) computed in long). */
    @Test
    void adaptiveWindowsOfATallPlane() {
        Tensor x = Tensor.arange(0.0, 50000.0, 1.0).view(1, 1, 50000, 1);
        assertArrayEquals(x.toDoubleArray(), F.adaptiveAvgPool2d(x, new int[] {50000, 1}).toDoubleArray());
    }

    @Test
    void emptyDimensionsNextToHugeOnes() {
        Tensor z = Tensor.zeros(65536, 65536, 0);
        assertEquals("tensor(0.)", z.sum().toString());
        assertEquals("tensor([], size=(65536, 65536, 0))", z.toString());
        assertEquals(0, Tensor.zeros(65536, 65536, 65536, 0).numel());
    }

    @Test
    void int64RangesAreExact() {
        long start = 1L << 53;
        Tensor r = Tensor.arange(start, start + 10, 1L);
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, r.sub(start).toLongArray());
        assertArrayEquals(new long[] {Long.MAX_VALUE - 3, Long.MAX_VALUE - 1},
                Tensor.arange(Long.MAX_VALUE - 3, Long.MAX_VALUE, 2L).toLongArray());
        assertArrayEquals(new long[] {5, 2}, Tensor.arange(5, 0, -3).toLongArray());
    }

    @Test
    void unsupportedRanges() {
        assertEquals("unsupported range: 0 -> nan", messageOf(() -> Tensor.arange(0, Double.NaN, 1)));
        assertEquals("unsupported range: 0 -> inf", messageOf(() -> Tensor.arange(0, Double.POSITIVE_INFINITY, 1)));
        assertEquals("upper bound and larger bound inconsistent with step sign",
                messageOf(() -> Tensor.arange(0, 1, Double.NaN)));
        assertEquals("step must be nonzero", messageOf(() -> Tensor.arange(0L, 10L, 0L)));
        assertEquals("invalid size, possible overflow?", messageOf(() -> Tensor.arange(0, 1e300, 1e-300)));
        assertEquals("a tensor of shape [1000000000000] has 1000000000000 elements, more than one Java array can "
                + "hold (2147483639); autograd4j keeps a tensor's elements in one array",
                messageOf(() -> Tensor.arange(0, 1, 1e-12)));
        messageOf(() -> Tensor.arange(Long.MIN_VALUE, Long.MAX_VALUE, 1L));
    }
}
