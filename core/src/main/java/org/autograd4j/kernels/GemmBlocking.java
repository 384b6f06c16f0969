package org.autograd4j.kernels;

/** Cache-blocking sizes shared by the GEMM drivers; {@link Gemm} explains where they come from. */
final class GemmBlocking {
    /** Depth of a packed panel: a kc x nr panel of B (32 KiB for 256 x 32 floats) stays in L1. */
    static final int KC = 256;
    /** Rows of A packed at once: an mc x kc block (192 KiB of floats) stays in L2. */
    static final int MC = 192;
    /** Columns of B packed at once: a kc x nc block (2 MiB of floats) is streamed from L3. */
    static final int NC = 2048;
    /** Elements of B worth packing on another thread; below this the hand-off costs more than the copy. */
    static final int PACK_GRAIN = 1 << 16;

    private GemmBlocking() {
    }

    static int roundUp(int value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }
}
