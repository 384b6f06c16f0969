package org.autograd4j.bench;

import java.io.IOException;

/**
 * Waits for a moment when other processes leave the CPUs alone, as the anchor scripts'
 * {@code wait_quiet} does: the benchmark machine is shared, and a second thread sharing a core
 * with a compiler run measures the compiler, not the kernel.
 */
final class QuietMachine {
    private static final double THRESHOLD_CORES = 0.2;
    private static final long WINDOW_MILLIS = 500;
    /** At most this long; {@code -Dautograd4j.bench.quietWaitSeconds=0} times a busy machine on purpose. */
    private static final long MAX_WAIT_NANOS = Long.getLong("autograd4j.bench.quietWaitSeconds", 20) * 1_000_000_000L;

    private QuietMachine() {
    }

    /** Returns once other processes used under 0.2 cores for half a second, or after the maximum wait. */
    static void await() throws InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        while (System.nanoTime() < deadline) {
            double busy0 = busySeconds();
            double own0 = MachineReadings.ownCpuSeconds();
            long t0 = System.nanoTime();
            Thread.sleep(WINDOW_MILLIS);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double other = ((busySeconds() - busy0) - (MachineReadings.ownCpuSeconds() - own0)) / elapsed;
            if (Double.isNaN(other) || other < THRESHOLD_CORES) {
                return;
            }
        }
    }

    /** CPU seconds all processes spent busy, from /proc/stat; NaN elsewhere. */
    private static double busySeconds() {
        try {
            return LinuxCounters.machineTicks().busy / LinuxCounters.TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
