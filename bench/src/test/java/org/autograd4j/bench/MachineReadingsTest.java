package org.autograd4j.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MachineReadingsTest {
    @Test
    void aRunSpinningOneThreadReportsItsReadingsAsJsonMembers() throws Exception {
        MachineReadings readings = MachineReadings.start();
        for (int repetition = 0; repetition < 3; repetition++) {
            long end = System.nanoTime() + 20_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            readings.between();
        }
        String json = readings.finish();
        double[] clock = pair(json, "clock_ghz");
        assertTrue(clock[0] > 0.3 && clock[0] < 10 && clock[1] > 0.3 && clock[1] < 10, json);
        double clockMedian = number(json, "clock_ghz_median");
        assertTrue(clockMedian > 0.3 && clockMedian < 10, json);
        double[] fma = pair(json, "fma_gflops");
        assertTrue(fma[0] > 0.1 && fma[1] > 0.1 && number(json, "fma_gflops_median") > 0.1, json);
        assertTrue(number(json, "gc_count") >= 0 && number(json, "gc_ms") >= 0 && number(json, "jit_ms") >= 0, json);
        if (LinuxCounters.available()) {
            double steal = number(json, "steal_pct");
            assertTrue(steal >= 0 && steal <= 100, json);
            assertTrue(number(json, "other_load") >= 0, json);
            assertTrue(number(json, "nivcsw") >= 0, json);
            assertTrue(number(json, "run_wait_pct") >= 0, json);
        }
    }

    private static double number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": (-?[0-9.]+)").matcher(json);
        assertTrue(m.find(), name + " missing from " + json);
        return Double.parseDouble(m.group(1));
    }

    private static double[] pair(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": \\[([0-9.]+), ([0-9.]+)\\]").matcher(json);
        assertTrue(m.find(), name + " missing from " + json);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
