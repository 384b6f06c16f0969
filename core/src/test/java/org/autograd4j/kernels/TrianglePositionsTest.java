package org.autograd4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Triangle masks, coordinates and ordered tuples against their definitions, on empty and one-element grids. */
class TrianglePositionsTest {
    @Test
    void masksDropWhatLiesOutsideTheTriangle() {
        boolean[] lower = new boolean[6];
        TrianglePositions.outside(2, 3, 0, true, lower);
        assertArrayEquals(new boolean[] {false, true, true, false, false, true}, lower);
        boolean[] upper = new boolean[6];
        TrianglePositions.outside(3, 2, -1, false, upper);
        assertArrayEquals(new boolean[] {false, false, false, false, true, false}, upper);
        TrianglePositions.outside(0, 5, 0, true, new boolean[0]);
    }

    @Test
    void coordinatesListTheTriangleRowByRow() {
        // torch.tril_indices(3, 3): rows then columns
        assertArrayEquals(new long[] {0, 1, 1, 2, 2, 2, 0, 0, 1, 0, 1, 2}, TrianglePositions.coordinates(3, 3, 1, true, 6));
        // torch.triu_indices(2, 3, 1)
        assertArrayEquals(new long[] {0, 0, 1, 1, 2, 2}, TrianglePositions.coordinates(2, 3, 1, false, 3));
        // torch.tril_indices(3, 2, -2): only the last row reaches the triangle
        assertArrayEquals(new long[] {2, 0}, TrianglePositions.coordinates(3, 2, -1, true, 1));
        assertArrayEquals(new long[0], TrianglePositions.coordinates(0, 4, 1, true, 0));
    }

    @Test
    void orderedTuplesAreTheRDimensionalTriangle() {
        // combinations(range(3), 2): (0,1), (0,2), (1,2)
        assertArrayEquals(new boolean[] {false, true, true, false, false, true, false, false, false},
                TrianglePositions.ordered(3, 2, 9, false));
        assertArrayEquals(new boolean[] {true, true, false, true}, TrianglePositions.ordered(2, 2, 4, true));
        assertArrayEquals(new boolean[] {true}, TrianglePositions.ordered(1, 1, 1, false));
    }
}
