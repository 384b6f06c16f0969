package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The indexing ops' kernels against their definitions: offsets of strided layouts (transposed,
 * broadcast, empty, 0-d), index offsets with negative and out-of-bounds indices, moves of every
 * element type with repeated destinations, nonzero's coordinates, 2-D position grids with padding,
 * and where offsets sit in a layout.
 */
class IndexingKernelsTest {
    @Test
    void layoutOffsetsWalkTheStridesInRowMajorOrder() {
        // a transposed 2x3 view of a 3x2 buffer starting at 5
        assertArrayEquals(new int[] {5, 7, 9, 6, 8, 10}, ElementOffsets.of(6, new int[] {2, 3}, new int[] {1, 2}, 5));
        // stride 0: a broadcast dimension repeats its offsets
        assertArrayEquals(new int[] {0, 1, 0, 1}, ElementOffsets.of(4, new int[] {2, 2}, new int[] {0, 1}, 0));
        assertArrayEquals(new int[] {3}, ElementOffsets.of(1, new int[0], new int[0], 3));
        assertArrayEquals(new int[0], ElementOffsets.of(0, new int[] {4, 0, 2}, new int[] {2, 2, 1}, 0));
        assertArrayEquals(new int[] {0, 1, 2}, ElementOffsets.contiguous(3));
        assertArrayEquals(new int[0], ElementOffsets.contiguous(0));
    }

    @Test
    void indexOffsetsWrapNegativeIndicesAndReportTheFirstOutOfBounds() {
        int[] offsets = {100, 200, 300};
        assertEquals(-1, ElementOffsets.addIndex(new long[] {0, -1, 2}, 3, 10, offsets));
        assertArrayEquals(new int[] {100, 220, 320}, offsets);
        assertEquals(1, ElementOffsets.addIndex(new long[] {-3, 3, -4}, 3, 1, new int[3]));
        assertEquals(0, ElementOffsets.addIndex(new long[] {-4}, 3, 1, new int[1]));
        assertEquals(-1, ElementOffsets.addIndex(new long[0], 0, 1, new int[0]));
    }

    @Test
    void shiftedOffsetsAreANewArray() {
        int[] positions = {2, 0, 2};
        assertArrayEquals(new int[] {7, 5, 7}, ElementOffsets.shifted(positions, 5));
        assertArrayEquals(new int[] {2, 0, 2}, positions);
        assertArrayEquals(new int[] {4}, ElementOffsets.shifted(ElementOffsets.contiguous(1), 4));
        assertArrayEquals(new int[0], ElementOffsets.shifted(new int[0], 3));
    }

    @Test
    void outerSumsAreRowMajorOverTheThreeBlocks() {
        assertArrayEquals(new int[] {1 + 0 + 10 + 100, 1 + 0 + 10 + 200, 1 + 0 + 20 + 100, 1 + 0 + 20 + 200,
                        1 + 3 + 10 + 100, 1 + 3 + 10 + 200, 1 + 3 + 20 + 100, 1 + 3 + 20 + 200},
                ElementOffsets.outerSum(1, new int[] {0, 3}, new int[] {10, 20}, new int[] {100, 200}));
        assertArrayEquals(new int[0], ElementOffsets.outerSum(1, new int[] {0}, new int[0], new int[] {1}));
    }

    @Test
    void gridsAddRowAndColumnPositionsAndMarkThePadding() {
        int[] out = {7, 7, 7, 7, 7, 7, 7, 7};
        // rows 0 and 10 (a row width of 10) by columns -1 (padding), 2 and 3, written from 1
        ElementOffsets.grid(new int[] {0, 10}, new int[] {-1, 2, 3}, out, 1);
        assertArrayEquals(new int[] {7, -1, 2, 3, -1, 12, 13, 7}, out);
        int[] padded = new int[2];
        ElementOffsets.grid(new int[] {-1}, new int[] {0, 4}, padded, 0);
        assertArrayEquals(new int[] {-1, -1}, padded);
        int[] one = new int[1];
        ElementOffsets.grid(new int[] {6}, new int[] {0}, one, 0);
        assertArrayEquals(new int[] {6}, one);
        ElementOffsets.grid(new int[0], new int[] {1}, new int[0], 0);
    }

    @Test
    void positionsInALayoutAreFoundOrMinusOne() {
        int[] layout = {5, 7, 9, 6, 8, 10}; // a transposed view's offsets
        assertArrayEquals(new int[] {1, 3, -1, 0, 5}, ElementOffsets.positionsIn(layout, 11, new int[] {7, 6, 0, 5, 10}));
        assertArrayEquals(new int[0], ElementOffsets.positionsIn(layout, 11, new int[0]));
        assertArrayEquals(new int[] {-1}, ElementOffsets.positionsIn(new int[0], 1, new int[] {0}));
    }

    @Test
    void movesCopyOrAccumulateEveryElementType() {
        int[] from = {2, 0, 2};
        int[] to = {1, 1, 0}; // a repeated destination: the last copy wins, accumulation sums
        float[] f = {9, 9};
        OffsetMoves.move(new float[] {1, 2, 3}, from, f, to, false);
        assertArrayEquals(new float[] {3, 1}, f);
        OffsetMoves.move(new float[] {1, 2, 3}, from, f, to, true);
        assertArrayEquals(new float[] {6, 5}, f);
        double[] d = {0.5, 0.25};
        OffsetMoves.move(new double[] {1, 2, 3}, from, d, to, true);
        assertArrayEquals(new double[] {3.5, 4.25}, d);
        long[] l = {7, 7};
        OffsetMoves.move(new long[] {1L << 40, 2, 3}, from, l, to, false);
        assertArrayEquals(new long[] {3, 1L << 40}, l);
        OffsetMoves.move(new long[] {1, 2, 3}, from, l, to, true);
        assertArrayEquals(new long[] {6, (1L << 40) + 4}, l);
        boolean[] b = {false, true};
        OffsetMoves.move(new boolean[] {false, true, false}, from, b, to, false);
        assertArrayEquals(new boolean[] {false, false}, b);
        OffsetMoves.move(new boolean[] {true, false, false}, from, b, to, true);
        assertArrayEquals(new boolean[] {false, true}, b); // accumulating bools is "or"
        OffsetMoves.move(new float[0], new int[0], new float[0], new int[0], true);
    }

    @Test
    void nonzeroCoordinatesAreRowMajor() {
        boolean[] mask = {false, true, false, true, true, false};
        assertArrayEquals(new long[] {0, 1, 1, 0, 1, 1}, NonzeroCoordinates.of(mask, new int[] {2, 3}));
        assertEquals(3, NonzeroCoordinates.count(mask));
        assertArrayEquals(new long[] {0, 0, 1, 1, 0, 1, 2, 0, 0}, NonzeroCoordinates.of(mask, new int[] {3, 1, 2}));
        assertArrayEquals(new long[0], NonzeroCoordinates.of(new boolean[] {true}, new int[0]));
        assertEquals(1, NonzeroCoordinates.count(new boolean[] {true}));
        assertArrayEquals(new long[0], NonzeroCoordinates.of(new boolean[0], new int[] {0, 3}));
    }
}
