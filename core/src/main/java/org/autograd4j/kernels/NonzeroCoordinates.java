package org.autograd4j.kernels;

/** The coordinates of the true elements of a row-major mask: {@code torch.nonzero}'s loop. */
public final class NonzeroCoordinates {
    private NonzeroCoordinates() {
    }

    /**
     * The coordinates of every true element of {@code mask} (row-major over {@code shape}), in order,
     * flattened: {@link #count} rows of {@code shape.length} int64 values.
     */
    public static long[] of(boolean[] mask, int[] shape) {
        int rank = shape.length;
        long[] out = new long[count(mask) * rank];
        long[] coord = new long[rank];
        int row = 0;
        for (boolean m : mask) {
            if (m) {
                System.arraycopy(coord, 0, out, row * rank, rank);
                row++;
            }
            for (int d = rank - 1; d >= 0; d--) {
                if (++coord[d] < shape[d]) {
                    break;
                }
                coord[d] = 0;
            }
        }
        return out;
    }

    /** The number of true elements (the rows of {@link #of}, which a 0-d mask's empty rows cannot tell). */
    public static int count(boolean[] mask) {
        int count = 0;
        for (boolean m : mask) {
            count += m ? 1 : 0;
        }
        return count;
    }
}
