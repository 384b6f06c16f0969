package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The bin-counting loops against their definitions: empty inputs, one bin, NaN, edges, float32 sums. */
class BinCountsTest {
    private static final double NAN = Double.NaN;

    @Test
    void valuesCountIntoTheirOwnBins() {
        assertArrayEquals(new long[] {1, 0, 3, 0}, BinCounts.ofValues(new long[] {2, 0, 2, 2}, 4));
        assertArrayEquals(new long[] {0, 0}, BinCounts.ofValues(new long[0], 2));
        assertArrayEquals(new double[] {0.5, 0, 3}, BinCounts.ofValues(new long[] {2, 0, 2}, new double[] {1, 0.5, 2}, 3,
                false));
        // float32 sums round after every addition: 2^24 + 1 is lost, as in float
        double big = 1 << 24;
        assertArrayEquals(new double[] {big}, BinCounts.ofValues(new long[] {0, 0}, new double[] {big, 1}, 1, true));
        assertArrayEquals(new double[] {big + 1}, BinCounts.ofValues(new long[] {0, 0}, new double[] {big, 1}, 1, false));
    }

    @Test
    void equalWidthsHalfOpenButTheLastBinClosed() {
        double[] values = {0, 0.25, 0.5, 1, -0.1, 1.1, NAN};
        // bins [0, .5) and [.5, 1]; NaN counts in bin 0, values outside are skipped
        assertArrayEquals(new double[] {3, 2}, BinCounts.ofEqualWidths(values, 2, 0, 1, 1, false));
        assertArrayEquals(new double[] {3, 2}, BinCounts.ofEqualWidths(values, 2, 0, 1, 1, true));
        assertArrayEquals(new double[] {4}, BinCounts.ofEqualWidths(new double[] {0, 0.2, 1, 0.7}, 1, 0, 1, 1, false));
        assertArrayEquals(new double[3], BinCounts.ofEqualWidths(new double[0], 3, 0, 1, 1, false));
    }

    @Test
    void edgesBinBySearchAndNaNLandsLast() {
        double[] edges = {0, 1, 3, 4};
        double[] values = {0, 0.5, 1, 2.9, 3, 4, 4.5, -1, NAN};
        assertArrayEquals(new double[] {2, 2, 3}, BinCounts.ofEdges(values, edges, null, false));
        double[] w = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertArrayEquals(new double[] {3, 7, 20}, BinCounts.ofEdges(values, edges, w, true));
        assertArrayEquals(new double[] {0}, BinCounts.ofEdges(new double[0], new double[] {0, 1}, null, false));
    }

    @Test
    void equalEdgesMeetBothEndsExactly() {
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, BinCounts.equalEdges(0, 1, 4, false));
        // torch.histogram(torch.tensor([0., 0.3]), bins=3).bin_edges: the second half counts back from the end
        double[] single = BinCounts.equalEdges(0, 0.3, 3, true);
        assertArrayEquals(new double[] {0, 0.10000000149011612, 0.20000001788139343, 0.30000001192092896}, single);
        assertArrayEquals(new double[] {-1, 2}, BinCounts.equalEdges(-1, 2, 1, false));
    }
}
