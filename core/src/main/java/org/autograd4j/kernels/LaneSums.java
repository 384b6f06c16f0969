package org.autograd4j.kernels;

import java.util.Arrays;

/**
 * Long contiguous float sums in a shape C2 auto-vectorises on JDK 17 and 25: float lanes that each
 * add a bounded number of terms, flushed into a double total, as accurate as PyTorch's float cascade.
 *
 * <p><b>What C2 vectorises.</b> It keeps a float reduction ({@code s += x[i]}) in order, vectorises
 * no float-to-double conversion on JDK 17, and vectorises no loop that stores into one float array
 * at an index offset from another's ({@code lanes[j] += x[from + j]}: it cannot rule out that the
 * two overlap; JDK 25 neither). What it does vectorise, on both, is a loop over float arrays indexed
 * by the same expression plus constants. So the run is cut into blocks of {@link #BLOCK} floats, each
 * copied ({@link System#arraycopy}, itself a vector loop) into a per-thread block array, and
 * {@link #addBlock} adds the block into {@link #LANES} float lanes: lane j gets elements j, j + LANES,
 * ... j + 7 LANES of the block, added pairwise ({@code ((a + b) + (c + d)) + ((e + f) + (g + h))}),
 * so each step loads 9 vectors and stores one per 64 elements. After {@link #STEPS} blocks the lanes
 * are added in double to the run's total and cleared.
 *
 * <p><b>Accuracy.</b> A lane is the sequential sum of at most {@link #STEPS} = 8 pairwise sums of 8
 * floats: every element passes through at most 3 + 7 = 10 float roundings, so the lanes' error is at
 * most about {@code 10 * 2^-24 * sum |x_i|}; the double additions add less than {@code 2^-36 *
 * sum |x_i|} for any run under 2^31 elements. {@link #ERROR_BOUND} states it with that margin.
 * PyTorch 1.13 sums float32 in float too (a vectorised cascade, 16 terms per level), and
 * {@code LaneSumsTest} checks the bound and that the error is no larger than PyTorch's on the same
 * 16M-element random and adversarial data. Shorter runs ({@code n < }{@link #MIN_LENGTH}) take the
 * double accumulators of {@link ScalarKernels#sumContiguous}.
 *
 * <p>Measured (CPU ns per element, one thread, no JVM flags, loaded 2-core Zen 3, JDK 17 / 25,
 * session 7): 0.11-0.13 in L2 and L3 against 0.25-0.40 for the earlier two-sum lanes (256-float
 * blocks, about double accuracy) and 0.33 for the double accumulators. Four elements per lane step
 * cost 0.13-0.15, sixteen 0.3 (C2 no longer vectorises that loop); lanes of doubles read straight
 * from the run ({@code lanes[j] += x[from + j]} into a double array: no overlap possible) 0.15 on
 * JDK 25, which vectorises the conversion, and 0.45 on JDK 17, which does not. From memory (16M
 * floats) the loop costs about 5.5 ms per call against 4.0 for the copies alone.
 */
final class LaneSums {
    /** Float lanes; with the block (2 + 8 KiB) they stay in L1. */
    static final int LANES = 256;
    /** Floats per step: eight per lane. */
    static final int BLOCK = 8 * LANES;
    /** Steps a lane adds up before it is flushed into the double total: 6 roundings at most. */
    static final int STEPS = 4;
    /** Shorter runs take the double accumulators: clearing and adding up the lanes would cost more. */
    static final int MIN_LENGTH = BLOCK;
    /** The sum's error is at most this times the sum of the magnitudes (see the class comment). */
    static final double ERROR_BOUND = 7 * 0x1p-24;

    private static final ThreadLocal<Lanes> SCRATCH = ThreadLocal.withInitial(Lanes::new);

    private LaneSums() {
    }

    /** Per-thread arrays: the block being added and the lanes. */
    private static final class Lanes {
        final float[] block = new float[BLOCK];
        final float[] lanes = new float[LANES];
    }

    /**
     * The sum of {@code x[off, off + n)}, {@code n >= BLOCK}, accumulated as described in the class
     * comment. Where that is not finite (NaN or infinite elements, or a lane past the float range),
     * the run is summed again by the double accumulators, whose result is the right NaN, infinity or
     * large finite value.
     */
    static double sum(int n, float[] x, int off) {
        double total = laneSum(n, x, off);
        return Double.isFinite(total) ? total : ScalarKernels.sumContiguous(n, x, off);
    }

    private static double laneSum(int n, float[] x, int off) {
        Lanes s = SCRATCH.get();
        int blocks = n / BLOCK;
        double total = 0;
        for (int first = 0; first < blocks; first += STEPS) {
            total += stepSum(Math.min(STEPS, blocks - first), x, off + first * BLOCK, s);
        }
        int whole = blocks * BLOCK;
        return total + ScalarKernels.sumContiguous(n - whole, x, off + whole);
    }

    /** The sum of {@code steps} blocks from {@code from}: added into cleared lanes, which are then added in double. */
    private static double stepSum(int steps, float[] x, int from, Lanes s) {
        Arrays.fill(s.lanes, 0f);
        for (int step = 0; step < steps; step++) {
            System.arraycopy(x, from + step * BLOCK, s.block, 0, BLOCK);
            addBlock(s.block, s.lanes);
        }
        return ScalarKernels.sumContiguous(LANES, s.lanes, 0);
    }

    /** Adds the block's eight floats of each lane, pairwise, to the lane. */
    private static void addBlock(float[] b, float[] lanes) {
        for (int j = 0; j < LANES; j++) {
            lanes[j] += ((b[j] + b[j + LANES]) + (b[j + 2 * LANES] + b[j + 3 * LANES]))
                    + ((b[j + 4 * LANES] + b[j + 5 * LANES]) + (b[j + 6 * LANES] + b[j + 7 * LANES]));
        }
    }
}
