package org.autograd4j.bench;

/**
 * What a core runs at right now, without counters (a KVM guest has none): a chain of dependent
 * one-cycle integer operations advances one operation per cycle, so its rate is the clock; eight
 * independent scalar fused multiply-adds show the floating-point units' throughput, which a busy
 * sibling hyperthread on the host would share while leaving the chain's rate alone. As in
 * {@code ../shared/anchors/peak/peak_fma.c}; each estimate is the best of short rounds, so a
 * round the scheduler interrupted does not count, and the first rounds let the JIT compile the loops.
 */
final class ClockProbe {
    /** Rounds of a full reading, before and after a timed part; a quick one, between its repetitions, takes a third. */
    static final int ROUNDS = 24;
    /** About a millisecond per round at 2-4 GHz. */
    private static final int STEPS = 1 << 20;

    /** Keeps the loops' results alive so that the JIT cannot drop them. */
    private static volatile long sink;

    static {
        // The first rounds run interpreted: compile both loops before a caller's first reading.
        clockGhz(ROUNDS);
        fmaGflops(ROUNDS);
    }

    private ClockProbe() {
    }

    /** Dependent one-cycle operations per nanosecond, i.e. GHz: the best of {@code rounds} rounds. */
    static double clockGhz(int rounds) {
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            sink = dependentChain(STEPS, r);
            best = Math.max(best, 2.0 * STEPS / (System.nanoTime() - start));
        }
        return best;
    }

    /** Floating-point operations per nanosecond (GFLOP/s) of scalar fused multiply-adds: the best of {@code rounds}. */
    static double fmaGflops(int rounds) {
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            sink = (long) independentFmas(STEPS / 8, r);
            best = Math.max(best, 2.0 * 8 * (STEPS / 8) / (System.nanoTime() - start));
        }
        return best;
    }

    /** A rotate and an xor per step, each on the result of the one before: two cycles a step. */
    private static long dependentChain(int steps, long seed) {
        long x = seed;
        for (int i = 0; i < steps; i++) {
            x = Long.rotateLeft(x, 1) ^ i;
        }
        return x;
    }

    /** Eight accumulators, enough to cover the FMA latency on current x86 cores (4 cycles, 2 units). */
    private static double independentFmas(int steps, double seed) {
        double a0 = seed, a1 = seed + 1, a2 = seed + 2, a3 = seed + 3;
        double a4 = seed + 4, a5 = seed + 5, a6 = seed + 6, a7 = seed + 7;
        double m = 0.999_999, c = 1e-9;
        for (int i = 0; i < steps; i++) {
            a0 = Math.fma(a0, m, c);
            a1 = Math.fma(a1, m, c);
            a2 = Math.fma(a2, m, c);
            a3 = Math.fma(a3, m, c);
            a4 = Math.fma(a4, m, c);
            a5 = Math.fma(a5, m, c);
            a6 = Math.fma(a6, m, c);
            a7 = Math.fma(a7, m, c);
        }
        return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
    }
}
