package org.autograd4j.kernels;

/**
 * Packs blocks of A and B into the contiguous, zero-padded panels a micro-kernel reads, for either
 * element type: whole runs move with {@link System#arraycopy}, which takes any primitive array, and
 * strided runs with the typed {@link GemmArrays#copyStrided} loop, one call per run of kc elements,
 * never per element. Each operand is walked along its contiguous direction, so a transposed operand
 * is read in place as fast as a plain one.
 *
 * <p>A and B are packed by the same routine: a panel of A is {@code mr} rows across k, a panel of B
 * is {@code nr} columns across k, so B is A with the roles of its two strides exchanged.
 *
 * @param <T> the array type, {@code float[]} or {@code double[]}
 */
final class GemmPacking<T> {
    private final GemmArrays<T> arrays;
    private final int mr;
    private final int nr;
    /** The source of the zero padding; never written, so threads packing at once may share it. */
    private final T zeros;

    GemmPacking(GemmArrays<T> arrays, int mr, int nr) {
        this.arrays = arrays;
        this.mr = mr;
        this.nr = nr;
        this.zeros = arrays.allocate(Math.max(mr, nr));
    }

    /** Packs A(0..mc, 0..kc) as panels of mr rows: panel at ir * kc, element (r, p) at + p * mr + r. */
    void packA(int mcCur, int kc, T a, int off, int rs, int cs, T dst) {
        pack(mr, 0, mcCur, kc, a, off, rs, cs, dst);
    }

    /** Packs columns [j0, j1) of B(0..kc, ..) as panels of nr columns: panel at jr * kc, (p, j) at + p * nr + j. */
    void packB(int kc, int j0, int j1, T b, int off, int rs, int cs, T dst) {
        pack(nr, j0, j1, kc, b, off, cs, rs, dst);
    }

    /**
     * Packs lines [from, to) of a kc-long operand as panels of {@code width} lines: panel at
     * line * kc, (p, line) at + p * width + line. {@code across} steps from line to line,
     * {@code along} from one p to the next.
     */
    private void pack(int width, int from, int to, int kc, T src, int off, int across, int along, T dst) {
        for (int line = from; line < to; line += width) {
            int lines = Math.min(width, to - line);
            int panel = line * kc;
            int first = off + line * across;
            if (across == 1) {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(src, first + p * along, dst, panel + p * width, lines);
                    System.arraycopy(zeros, 0, dst, panel + p * width + lines, width - lines);
                }
                continue;
            }
            for (int r = 0; r < lines; r++) {
                arrays.copyStrided(kc, src, first + r * across, along, dst, panel + r, width);
            }
            for (int r = lines; r < width; r++) {
                arrays.copyStrided(kc, zeros, 0, 0, dst, panel + r, width);
            }
        }
    }
}
