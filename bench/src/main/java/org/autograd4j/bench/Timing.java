package org.autograd4j.bench;

import java.lang.management.ManagementFactory;
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
    /** Two seconds by default; a loaded machine compiles later, so the flag matrix asks for more. */
    private static final long WARM_UP_NANOS = Long.getLong("autograd4j.bench.warmUpSeconds", 2) * 1_000_000_000L;

    private Timing() {
    }

    static final class Result {
        final double medianMs;
        final double minMs;
        final double maxMs;
        /**
         * Median CPU milliseconds per call of the Java threads (the caller and the kernel workers;
         * not the JIT or GC threads). On a busy machine this stays put while wall time grows with
         * the wait for a core, so a JIT cliff still shows in it and contention does not.
         */
        final double cpuMs;
        /** Median KiB allocated per call by the Java threads: the same on a busy machine as on a quiet one. */
        final double allocKb;
        /** What the machine did during the repetitions ({@link MachineReadings}), as JSON members. */
        final String machine;

        Result(double medianMs, double minMs, double maxMs, double cpuMs, double allocKb, String machine) {
            this.medianMs = medianMs;
            this.minMs = minMs;
            this.maxMs = maxMs;
            this.cpuMs = cpuMs;
            this.allocKb = allocKb;
            this.machine = machine;
        }
    }

    static Result medianMs(Runnable fn) throws InterruptedException {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        warmUpReadings();
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
        double[] allocKb = new double[REPETITIONS];
        MachineReadings readings = MachineReadings.start();
        for (int r = 0; r < REPETITIONS; r++) {
            long cpu = javaThreadsCpuNanos();
            long allocated = javaThreadsAllocatedBytes();
            ms[r] = secondsFor(fn, inner) * 1000 / inner;
            cpuMs[r] = (javaThreadsCpuNanos() - cpu) / 1e6 / inner;
            allocKb[r] = (javaThreadsAllocatedBytes() - allocated) / 1024.0 / inner;
            readings.between();
        }
        return summary(ms, cpuMs, allocKb, readings.finish());
    }

    /**
     * {@link #medianMs} for several functions compared with each other: warmed up together, then timed in
     * rounds that run each in turn, so that the machine's load and the JIT's progress weigh on all alike.
     */
    static Result[] interleaved(Runnable... fns) throws InterruptedException {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS * fns.length;
        warmUpReadings();
        do {
            for (Runnable fn : fns) {
                fn.run();
            }
        } while (System.nanoTime() < warmUpEnd);
        QuietMachine.await();
        int[] inner = new int[fns.length];
        double[][][] samples = new double[fns.length][3][REPETITIONS];
        for (int f = 0; f < fns.length; f++) {
            inner[f] = 1;
            while (secondsFor(fns[f], inner[f]) < MIN_SECONDS / 3) {
                inner[f] *= 2;
            }
        }
        MachineReadings readings = MachineReadings.start();
        for (int r = 0; r < REPETITIONS; r++) {
            for (int f = 0; f < fns.length; f++) {
                long cpu = javaThreadsCpuNanos();
                long allocated = javaThreadsAllocatedBytes();
                samples[f][0][r] = secondsFor(fns[f], inner[f]) * 1000 / inner[f];
                samples[f][1][r] = (javaThreadsCpuNanos() - cpu) / 1e6 / inner[f];
                samples[f][2][r] = (javaThreadsAllocatedBytes() - allocated) / 1024.0 / inner[f];
            }
            readings.between();
        }
        String machine = readings.finish();
        Result[] results = new Result[fns.length];
        for (int f = 0; f < fns.length; f++) {
            results[f] = summary(samples[f][0], samples[f][1], samples[f][2], machine);
        }
        return results;
    }

    /**
     * Takes a reading, and the per-repetition counters, once before the warm-up: their first calls load
     * classes and compile code, which would otherwise land in the timed part and in its {@code jit_ms}.
     */
    private static void warmUpReadings() {
        MachineReadings readings = MachineReadings.start();
        readings.between();
        javaThreadsCpuNanos();
        javaThreadsAllocatedBytes();
        readings.finish();
    }

    /** Medians (and the wall-time extremes) of one function's repetitions. */
    private static Result summary(double[] ms, double[] cpuMs, double[] allocKb, String machine) {
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        Arrays.sort(allocKb);
        return new Result(ms[REPETITIONS / 2], ms[0], ms[REPETITIONS - 1], cpuMs[REPETITIONS / 2],
                allocKb[REPETITIONS / 2], machine);
    }

    /** CPU time of all live Java threads, at the thread clock's nanosecond resolution. */
    private static long javaThreadsCpuNanos() {
        return sum(threads().getThreadCpuTime(allThreads()));
    }

    /** Bytes allocated so far by all live Java threads. */
    private static long javaThreadsAllocatedBytes() {
        return sum(threads().getThreadAllocatedBytes(allThreads()));
    }

    private static com.sun.management.ThreadMXBean threads() {
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    private static long[] allThreads() {
        return ManagementFactory.getThreadMXBean().getAllThreadIds();
    }

    /** The sum of the counters, skipping threads that ended (-1). */
    private static long sum(long[] counters) {
        long total = 0;
        for (long c : counters) {
            total += Math.max(0, c);
        }
        return total;
    }

    private static double secondsFor(Runnable fn, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            fn.run();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
