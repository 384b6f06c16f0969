package org.autograd4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LinuxCountersTest {
    /** The first line of /proc/stat on a 2-vCPU KVM guest (user nice system idle iowait irq softirq steal guest guest_nice). */
    private static final String CPU_LINE = "cpu  9037492 42132 626588 1895616 4471 0 5705 18407 0 0";

    @Test
    void cpuLineSplitsIntoTotalBusyAndSteal() {
        LinuxCounters.CpuTicks ticks = LinuxCounters.parseCpuLine(CPU_LINE);
        long total = 9037492L + 42132 + 626588 + 1895616 + 4471 + 0 + 5705 + 18407;
        assertEquals(total, ticks.total);
        assertEquals(total - 1895616 - 4471, ticks.busy);
        assertEquals(18407, ticks.steal);
    }

    @Test
    void cpuLineOfOlderKernelsWithoutGuestFieldsStillParses() {
        LinuxCounters.CpuTicks ticks = LinuxCounters.parseCpuLine("cpu 10 0 5 80 1 0 0 4");
        assertEquals(100, ticks.total);
        assertEquals(19, ticks.busy);
        assertEquals(4, ticks.steal);
    }

    @Test
    void perCpuLineOrShortLineIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LinuxCounters.parseCpuLine("cpu0 1 2 3 4 5 6 7 8 0 0"));
        assertThrows(IllegalArgumentException.class, () -> LinuxCounters.parseCpuLine("cpu 1 2 3 4"));
    }

    @Test
    void involuntarySwitchesComeFromTheirOwnLineNotTheVoluntaryOne() {
        String status = "Name:\tjava\nState:\tR (running)\nTgid:\t17698\n"
                + "voluntary_ctxt_switches:\t1532\nnonvoluntary_ctxt_switches:\t87\n";
        assertEquals(87, LinuxCounters.parseInvoluntarySwitches(status));
    }

    @Test
    void statusWithoutSwitchCountsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinuxCounters.parseInvoluntarySwitches("Name:\tjava\n"));
        assertTrue(e.getMessage().contains("nonvoluntary_ctxt_switches"), e.getMessage());
    }

    @Test
    void runQueueWaitIsSchedstatsSecondField() {
        assertEquals(80131, LinuxCounters.parseRunQueueWaitNanos("1203344 80131 12\n"));
        assertThrows(IllegalArgumentException.class, () -> LinuxCounters.parseRunQueueWaitNanos("1203344\n"));
    }

    @Test
    void thisProcessReadsItsOwnThreadsOnLinux() throws Exception {
        Assumptions.assumeTrue(LinuxCounters.available(), "no /proc here");
        Map<Long, LinuxCounters.ThreadCounters> threads = LinuxCounters.ownThreads();
        assertTrue(threads.size() >= 2, "a JVM has more than one thread: " + threads.keySet());
        LinuxCounters.CpuTicks ticks = LinuxCounters.machineTicks();
        assertTrue(ticks.busy > 0 && ticks.busy <= ticks.total && ticks.steal <= ticks.total);
    }
}
