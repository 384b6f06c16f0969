package org.autograd4j.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The kernel's counters of what the machine did to this process: the whole machine's CPU ticks from
 * {@code /proc/stat} (steal is the time the hypervisor ran something else on a vCPU that wanted to
 * run), and per thread of this process the involuntary context switches ({@code status}) and the time
 * spent runnable but waiting for a CPU ({@code schedstat}). Linux only: {@link #available()} is false
 * elsewhere, and the parsers are separate from the reads so that sample text tests them.
 */
final class LinuxCounters {
    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final Path OWN_TASKS = Path.of("/proc/self/task");
    /** Linux reports /proc/stat in USER_HZ ticks, which is 100 on every mainstream build. */
    static final double TICKS_PER_SECOND = 100;

    private LinuxCounters() {
    }

    /** The machine's CPU time in ticks: all of it, the busy part (not idle or iowait) and the stolen part. */
    static final class CpuTicks {
        final long total;
        final long busy;
        final long steal;

        CpuTicks(long total, long busy, long steal) {
            this.total = total;
            this.busy = busy;
            this.steal = steal;
        }
    }

    /** One thread's counters: involuntary context switches, and nanoseconds runnable but not running. */
    static final class ThreadCounters {
        final long involuntarySwitches;
        final long runQueueWaitNanos;

        ThreadCounters(long involuntarySwitches, long runQueueWaitNanos) {
            this.involuntarySwitches = involuntarySwitches;
            this.runQueueWaitNanos = runQueueWaitNanos;
        }
    }

    static boolean available() {
        return Files.isReadable(PROC_STAT) && Files.isDirectory(OWN_TASKS);
    }

    static CpuTicks machineTicks() throws IOException {
        return parseCpuLine(Files.readAllLines(PROC_STAT).get(0));
    }

    /** The counters of every thread of this process that can be read, by thread id. */
    static Map<Long, ThreadCounters> ownThreads() throws IOException {
        Map<Long, ThreadCounters> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(OWN_TASKS)) {
            for (Path task : tasks) {
                try {
                    threads.put(Long.parseLong(task.getFileName().toString()), new ThreadCounters(
                            parseInvoluntarySwitches(Files.readString(task.resolve("status"))),
                            parseRunQueueWaitNanos(Files.readString(task.resolve("schedstat")))));
                } catch (IOException threadEnded) {
                    // A thread that ended while the directory was listed has no counters to compare.
                }
            }
        }
        return threads;
    }

    /**
     * The aggregate line of /proc/stat: "cpu user nice system idle iowait irq softirq steal guest guest_nice".
     * Guest time is already counted in user and nice, so the total stops at steal.
     */
    static CpuTicks parseCpuLine(String line) {
        String[] fields = line.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 9) {
            throw new IllegalArgumentException("not the aggregate cpu line of /proc/stat: " + line);
        }
        long total = 0;
        for (int i = 1; i <= 8; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new CpuTicks(total, total - idle, Long.parseLong(fields[8]));
    }

    /** "nonvoluntary_ctxt_switches: N" of a /proc/.../status file. */
    static long parseInvoluntarySwitches(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        throw new IllegalArgumentException("no nonvoluntary_ctxt_switches line in the status file");
    }

    /** The second of schedstat's three fields: "ns on a CPU, ns waiting on a run queue, time slices". */
    static long parseRunQueueWaitNanos(String schedstat) {
        String[] fields = schedstat.trim().split("\\s+");
        if (fields.length < 3) {
            throw new IllegalArgumentException("schedstat has three fields, got: " + schedstat.trim());
        }
        return Long.parseLong(fields[1]);
    }
}
