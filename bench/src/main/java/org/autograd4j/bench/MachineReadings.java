package org.autograd4j.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the machine did during a timed run, for telling a slow run's cause apart: the share of the
 * machine's CPU time the hypervisor stole, the cores other processes used, this process's involuntary
 * context switches and its threads' wait for a CPU, the collectors' pauses and the JIT's compile time
 * (its threads compete with the kernels' for two cores), and the clock and FMA rate of one core just
 * before and just after, with their medians over these and quicker probes between the repetitions (a
 * slowdown of the core that comes and goes shows in the median, not in one probe). Everything is read
 * outside the timed repetitions, so that it costs nothing inside them; the counters span the
 * repetitions and the probes between them. The Linux-only fields are left out elsewhere.
 */
final class MachineReadings {
    private final long startNanos;
    private final double ownCpuSeconds;
    private final long[] gcAtStart;
    private final long jitMillisAtStart;
    /** The probes' readings: before the timed part first, then between its repetitions, then after it. */
    private final List<Double> clockGhz = new ArrayList<>();
    private final List<Double> fmaGflops = new ArrayList<>();
    private final LinuxCounters.CpuTicks ticks;
    private final Map<Long, LinuxCounters.ThreadCounters> threads;

    private MachineReadings() {
        probe(ClockProbe.ROUNDS);
        LinuxCounters.CpuTicks machine = null;
        Map<Long, LinuxCounters.ThreadCounters> own = null;
        if (LinuxCounters.available()) {
            try {
                machine = LinuxCounters.machineTicks();
                own = LinuxCounters.ownThreads();
            } catch (IOException | RuntimeException unreadable) {
                machine = null;
                own = null;
            }
        }
        ticks = machine;
        threads = own;
        gcAtStart = gcCountAndMillis();
        jitMillisAtStart = jitMillis();
        ownCpuSeconds = ownCpuSeconds();
        startNanos = System.nanoTime();
    }

    /** Takes the first reading; call just before the timed part. */
    static MachineReadings start() {
        return new MachineReadings();
    }

    /** Probes the core between two repetitions, more quickly than before and after them. */
    void between() {
        probe(ClockProbe.ROUNDS / 3);
    }

    private void probe(int rounds) {
        clockGhz.add(ClockProbe.clockGhz(rounds));
        fmaGflops.add(ClockProbe.fmaGflops(rounds));
    }

    /** Takes the last reading and returns the fields that describe the run, as JSON members. */
    String finish() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double ownCpu = ownCpuSeconds() - ownCpuSeconds;
        long[] gc = gcCountAndMillis();
        StringBuilder json = new StringBuilder();
        if (ticks != null) {
            try {
                LinuxCounters.CpuTicks after = LinuxCounters.machineTicks();
                Map<Long, LinuxCounters.ThreadCounters> threadsAfter = LinuxCounters.ownThreads();
                appendLinux(json, after, threadsAfter, elapsed, ownCpu);
            } catch (IOException | RuntimeException unreadable) {
                json.setLength(0);
            }
        }
        probe(ClockProbe.ROUNDS);
        json.append(String.format(Locale.ROOT, "\"gc_count\": %d, \"gc_ms\": %d, \"jit_ms\": %d, "
                + "\"clock_ghz\": [%.3f, %.3f], \"clock_ghz_median\": %.3f, "
                + "\"fma_gflops\": [%.2f, %.2f], \"fma_gflops_median\": %.2f",
                gc[0] - gcAtStart[0], gc[1] - gcAtStart[1], jitMillis() - jitMillisAtStart,
                clockGhz.get(0), last(clockGhz), median(clockGhz), fmaGflops.get(0), last(fmaGflops), median(fmaGflops)));
        return json.toString();
    }

    /**
     * steal_pct: stolen share of all vCPUs' time; other_load: cores busy with other processes; nivcsw:
     * this process's threads' involuntary switches; run_wait_pct: their time runnable but off a CPU,
     * summed over the threads, as a share of the wall time (100 = one thread waiting throughout).
     */
    private void appendLinux(StringBuilder json, LinuxCounters.CpuTicks after,
            Map<Long, LinuxCounters.ThreadCounters> threadsAfter, double elapsed, double ownCpu) {
        long total = after.total - ticks.total;
        double steal = total > 0 ? 100.0 * (after.steal - ticks.steal) / total : 0;
        double otherLoad = ((after.busy - ticks.busy) / LinuxCounters.TICKS_PER_SECOND - ownCpu) / elapsed;
        long switches = 0;
        long waitNanos = 0;
        for (Map.Entry<Long, LinuxCounters.ThreadCounters> thread : threadsAfter.entrySet()) {
            LinuxCounters.ThreadCounters before = threads.get(thread.getKey());
            if (before != null) {
                switches += thread.getValue().involuntarySwitches - before.involuntarySwitches;
                waitNanos += thread.getValue().runQueueWaitNanos - before.runQueueWaitNanos;
            }
        }
        json.append(String.format(Locale.ROOT, "\"steal_pct\": %.2f, \"other_load\": %.2f, \"nivcsw\": %d, "
                + "\"run_wait_pct\": %.1f, ", steal, Math.max(0, otherLoad), switches, 100 * waitNanos / 1e9 / elapsed));
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Collections so far and the milliseconds they took, over all collectors (-1, not supported, counts 0). */
    private static long[] gcCountAndMillis() {
        long[] countAndMillis = new long[2];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            countAndMillis[0] += Math.max(0, gc.getCollectionCount());
            countAndMillis[1] += Math.max(0, gc.getCollectionTime());
        }
        return countAndMillis;
    }

    /** Milliseconds the JIT compilers have spent so far (0 where the JVM does not say): compiles still running. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** CPU seconds of this whole process (all its threads, the JIT's and collectors' too); NaN where unknown. */
    static double ownCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
