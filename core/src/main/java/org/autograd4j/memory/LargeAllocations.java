package org.autograd4j.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Where storage reports its allocations, so that a G1 heap that grows instead of collecting gets
 * collected (see {@link HeapWatch}): on JDK 25 a graph of 16M-element tensors otherwise ran 2.7x
 * slower than on JDK 17, in freshly zeroed memory. Small allocations return after one comparison and
 * never start the watch; where the collector is not G1, or the JVM has no HotSpot management beans,
 * nothing is watched.
 */
public final class LargeAllocations {
    private LargeAllocations() {
    }

    /** Records that an array of {@code bytes} is about to be allocated. */
    public static void allocated(long bytes) {
        if (bytes >= HeapWatch.LARGE_BYTES && Watch.INSTANCE != null) {
            Watch.INSTANCE.allocated(bytes);
        }
    }

    /** Starts the watch on the first large allocation only. */
    private static final class Watch {
        static final HeapWatch INSTANCE = forThisJvm();

        private static HeapWatch forThisJvm() {
            try {
                HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                if (hotspot == null || !Boolean.parseBoolean(hotspot.getVMOption("UseG1GC").getValue())) {
                    return null;
                }
                JvmCollections jvm = new JvmCollections();
                PeriodicCollectionNudge nudge = new PeriodicCollectionNudge(new HotSpotFlag(hotspot, "G1PeriodicGCInterval"));
                return new HeapWatch(jvm::read, nudge, jvm);
            } catch (RuntimeException | LinkageError unavailable) {
                return null; // no jdk.management, an unknown flag, a security manager: run unwatched
            }
        }
    }
}
