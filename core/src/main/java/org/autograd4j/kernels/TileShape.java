package org.autograd4j.kernels;

/** The rows and columns of a GEMM micro-tile, shared by the micro-kernels and the typed GEMM halves. */
abstract class TileShape {
    private final int mr;
    private final int nr;

    TileShape(int mr, int nr) {
        this.mr = mr;
        this.nr = nr;
    }

    /** Rows of a micro-tile. */
    public final int mr() {
        return mr;
    }

    /** Columns of a micro-tile. */
    public final int nr() {
        return nr;
    }
}
