package org.autograd4j.kernels;

/**
 * Packs blocks of A and B into the contiguous, zero-padded panels a micro-kernel reads, for either
 * element type: whole runs move with {@link System#arraycopy}, which takes any primitive array, and
 * strided runs with the typed {@link GemmPanels#copyStrided} loop, one call per run of kc or nr
 * elements, never per element. Each operand is walked along its contiguous direction, so a
 * transposed operand is read in place as fast as a plain one.
 *
 * @param <T> the array type, {@code float[]} or {@code double[]}
 */
final class GemmPacking<T> {
    private final GemmPanels<T> panels;
    private final int mr;
    private final int nr;
    /** The source of the zero padding; never written, so threads packing at once may share it. */
    private final T zeros;

    GemmPacking(GemmPanels<T> panels) {
        this.panels = panels;
        this.mr = panels.mr();
        this.nr = panels.nr();
        this.zeros = panels.allocate(Math.max(mr, nr));
    }

    /** Packs A(0..mc, 0..kc) as panels of mr rows: panel at ir * kc, element (r, p) at + p * mr + r. */
    void packA(int mcCur, int kc, T a, int off, int rs, int cs, T dst) {
        for (int ir = 0; ir < mcCur; ir += mr) {
            int rows = Math.min(mr, mcCur - ir);
            int panel = ir * kc;
            int src = off + ir * rs;
            if (rs == 1) {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(a, src + p * cs, dst, panel + p * mr, rows);
                    System.arraycopy(zeros, 0, dst, panel + p * mr + rows, mr - rows);
                }
                continue;
            }
            for (int r = 0; r < rows; r++) {
                panels.copyStrided(kc, a, src + r * rs, cs, dst, panel + r, mr);
            }
            for (int r = rows; r < mr; r++) {
                panels.copyStrided(kc, zeros, 0, 0, dst, panel + r, mr);
            }
        }
    }

    /** Packs columns [j0, j1) of B(0..kc, ..) as panels of nr columns: panel at jr * kc, (p, j) at + p * nr + j. */
    void packB(int kc, int j0, int j1, T b, int off, int rs, int cs, T dst) {
        for (int jr = j0; jr < j1; jr += nr) {
            int cols = Math.min(nr, j1 - jr);
            int panel = jr * kc;
            int src = off + jr * cs;
            if (cs == 1) {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b, src + p * rs, dst, panel + p * nr, cols);
                    System.arraycopy(zeros, 0, dst, panel + p * nr + cols, nr - cols);
                }
                continue;
            }
            for (int j = 0; j < cols; j++) {
                panels.copyStrided(kc, b, src + j * cs, rs, dst, panel + j, nr);
            }
            for (int j = cols; j < nr; j++) {
                panels.copyStrided(kc, zeros, 0, 0, dst, panel + j, nr);
            }
        }
    }
}
