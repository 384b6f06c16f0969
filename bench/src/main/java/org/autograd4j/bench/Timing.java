package org.autograd4j.bench;

import java.util.Arrays;

/**
 * The timing method of the PyTorch anchor scripts ({@code median_ms} in torch_one.py): warm up,
 * double an inner loop count until one repetition takes at least a tenth of a second, then time
 * seven repetitions and report the median, minimum and maximum milliseconds per call.
 *
 * <p>Additions: a longer warm-up, so that the JIT has compiled the kernels before timing, and,
 * like the anchors' {@code bench()}, a bounded wait for a quiet machine ({@link QuietMachine}).
 */
final class Timing {
    private static final int REPETITIONS = 7;
    private static final double MIN_SECONDS = 0.3;
    private static final long WARM_UP_NANOS = 2_000_000_000L;

    private Timing() {
    }

    static final class Result {
        final double medianMs;
        final double minMs;
        final double maxMs;
        /**
         * Median process CPU milliseconds per call, all threads (JIT and GC included). On a busy
         * machine this stays put while wall time grows with the wait for a core, so a JIT cliff
         * still shows in it and contention does not.
         */
        final double cpuMs;

        Result(double medianMs, double minMs, double maxMs, double cpuMs) {
            this.medianMs = medianMs;
            this.minMs = minMs;
            this.maxMs = maxMs;
            this.cpuMs = cpuMs;
        }
    }

    static Result medianMs(Runnable fn) throws InterruptedException {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        do {
            fn.run();
        } while (System.nanoTime() < warmUpEnd);
        QuietMachine.await();
        int inner = 1;
        while (secondsFor(fn, inner) < MIN_SECONDS / 3) {
            inner *= 2;
        }
        double[] ms = new double[REPETITIONS];
        double[] cpuMs = new double[REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            long cpu = QuietMachine.ownCpuNanos();
            ms[r] = secondsFor(fn, inner) * 1000 / inner;
            cpuMs[r] = (QuietMachine.ownCpuNanos() - cpu) / 1e6 / inner;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        return new Result(ms[REPETITIONS / 2], ms[0], ms[REPETITIONS - 1], cpuMs[REPETITIONS / 2]);
    }

    private static double secondsFor(Runnable fn, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            fn.run();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
