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
 * <p><b>Accuracy.</b> A lane is the sequential sum of at most {@link #STEPS} = 4 pairwise sums of 8
 * floats: every element passes through at most 3 + 3 = 6 float roundings, so the lanes' error is at
 * most about {@code 6 * 2^-24 * sum |x_i|}; the double additions add less than {@code 2^-34 *
 * sum |x_i|} for any run under 2^31 elements. {@link #ERROR_BOUND} states it with that margin.
 * PyTorch 1.13 sums float32 in float too (a vectorised cascade, 16 terms per level, the last level
 * unbounded). On 16M-element runs ({@code LaneSumsTest}, PyTorch's results generated beside it) the
 * error is 12 times smaller than PyTorch's on uniform values, 5 times on 1 + tiny and the same on
 * alternating large and tiny values; on large terms that cancel it is 0.65 to 1.8 times PyTorch's
 * (about 10 float ulps of the result either way; six lengths from 1M to 16M). Shorter runs ({@code n < }{@link #MIN_LENGTH}) take
 * the double accumulators of {@link ScalarKernels#sumContiguous}.
 *
 * <p><b>Measured</b> (CPU ns per element, one thread, in-process, no JVM flags, JDK 17 and 25 alike,
 * a loaded 2-core Zen 3, session 7; docs/BENCHMARKS.md has the table): 0.11-0.16 in L2 and 0.14-0.18
 * in L3 against 0.25-0.40 for the earlier two-sum lanes (one float per lane per 256-float block,
 * about double accuracy); from memory (16M floats) 0.37-0.54 against 0.42-0.71. The copy alone
 * costs 0.08-0.09 in L2: most of the loop. No better: four floats per lane step (0.11-0.15),
 * sixteen (0.3: C2 no longer vectorises the loop), 512 lanes (0.16-0.17), copying the next block in
 * pieces between the current block's additions (0.16-0.17), eight scalar float accumulators
 * (0.18-0.26), and double lanes read straight from the run ({@code lanes[j] += x[from + j]} into a
 * double array, which cannot overlap the floats): 0.10-0.18 on JDK 25, which vectorises the
 * conversion, but 0.27-0.76 on JDK 17, which does not, and no faster from memory on either.
 *
 * <p><b>From memory</b> (session 8, the same machine, docs/BENCHMARKS.md "Session 8: sum from
 * memory"): per element, one thread, the copy alone costs 0.27-0.35 CPU ns, about what the machine's
 * read-only C loop and PyTorch's whole sum cost (0.26-0.38 and 0.27); the lanes' additions add 0.05,
 * and the whole costs about 0.05 more than its parts: 0.37-0.47. Nothing made the additions overlap
 * the reads: copying one, two or four blocks ahead of the additions, 32 to 256 lanes (blocks of 1
 * to 8 KiB), double lanes read straight from the run on JDK 25 and eight scalar float accumulators
 * all measured the same within noise (0.37-0.46). And the copy cannot go: C2 compiles lanes read
 * straight from the run ({@code lanes[j] += x[from + j] + ...}, lanes local or not) with scalar
 * {@code vaddss} only, on JDK 17 and 25 alike, where {@link #addBlock} gets 256-bit {@code vaddps}.
 * So without the Vector API a 16M-float sum stays about 1.4-1.5x PyTorch's time on this machine,
 * on one thread and on two.
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
