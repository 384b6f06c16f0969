package org.autograd4j.kernels;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

/** What the JVM tells about the processor's arithmetic, read once. */
final class Cpu {
    private Cpu() {
    }

    /**
     * Whether {@link Math#fma} compiles to the processor's fused multiply-add: HotSpot's
     * {@code UseFMA}, which it sets from the CPU's features. Where it is off, or cannot be read,
     * {@code Math.fma} is computed in software, hundreds of times slower than a multiply and an add.
     */
    static boolean hasFastFma() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("UseFMA").getValue());
        } catch (IllegalArgumentException | LinkageError | SecurityException e) {
            return false;
        }
    }
}
