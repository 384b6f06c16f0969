package org.autograd4j.kernels;

/**
 * Per-plane gather and its adjoint scatter-add on row-major {@code float[]} or {@code double[]}
 * arrays: the loops of max pooling (argmax positions), reflection/replication padding and
 * unfold/fold (fixed position maps). A plane is one slice of {@code inPlane} input or
 * {@code outPlane} output elements of the leading (batch, channel) dimensions.
 *
 * <p>Positions to read are {@code index[j]} (shared by all planes) or
 * {@code index[plane * outPlane + j]} ({@code perPlane}), as flat offsets inside an input plane; a
 * negative position reads zero (padding), and scattering skips it.
 */
public record PlaneGather(int[] index, boolean perPlane, int inPlane, int outPlane) {
    /** Elements a thread's share of the planes should have at least, so that splitting pays. */
    private static final int PARALLEL_ELEMENTS = 1 << 15;

    /** out[plane, j] = in[plane, index(plane, j)] for every plane of {@code out}. */
    public void gather(Object in, Object out) {
        transfer(in, out, false);
    }

    /** The adjoint of {@link #gather}: in[plane, index(plane, j)] += out[plane, j]. */
    public void scatterAdd(Object in, Object out) {
        transfer(in, out, true);
    }

    /**
     * One driver for both directions and both element types; only the innermost loop is typed, so
     * float32 runs on its own array without a widening copy. Planes are split across threads: each
     * reads and writes only its own.
     */
    private void transfer(Object in, Object out, boolean scatter) {
        if (outPlane == 0) {
            return; // empty output planes: nothing to move
        }
        int planes = java.lang.reflect.Array.getLength(out) / outPlane;
        int grain = Math.max(1, PARALLEL_ELEMENTS / Math.max(1, Math.max(inPlane, outPlane)));
        Parallel.forRange(0, planes, grain, (p0, p1) -> transferPlanes(in, out, scatter, p0, p1));
    }

    private void transferPlanes(Object in, Object out, boolean scatter, int from, int to) {
        for (int p = from; p < to; p++) {
            int inBase = p * inPlane;
            int outBase = p * outPlane;
            int at = perPlane ? outBase : 0;
            if (in instanceof float[] fin) {
                if (scatter) {
                    scatterAdd(fin, inBase, (float[]) out, outBase, at);
                } else {
                    gather(fin, inBase, (float[]) out, outBase, at);
                }
            } else if (scatter) {
                scatterAdd((double[]) in, inBase, (double[]) out, outBase, at);
            } else {
                gather((double[]) in, inBase, (double[]) out, outBase, at);
            }
        }
    }

    private void gather(float[] in, int inBase, float[] out, int outBase, int at) {
        for (int j = 0; j < outPlane; j++) {
            int i = index[at + j];
            out[outBase + j] = i < 0 ? 0 : in[inBase + i];
        }
    }

    private void gather(double[] in, int inBase, double[] out, int outBase, int at) {
        for (int j = 0; j < outPlane; j++) {
            int i = index[at + j];
            out[outBase + j] = i < 0 ? 0 : in[inBase + i];
        }
    }

    private void scatterAdd(float[] in, int inBase, float[] out, int outBase, int at) {
        for (int j = 0; j < outPlane; j++) {
            int i = index[at + j];
            if (i >= 0) {
                in[inBase + i] += out[outBase + j];
            }
        }
    }

    private void scatterAdd(double[] in, int inBase, double[] out, int outBase, int at) {
        for (int j = 0; j < outPlane; j++) {
            int i = index[at + j];
            if (i >= 0) {
                in[inBase + i] += out[outBase + j];
            }
        }
    }
}
