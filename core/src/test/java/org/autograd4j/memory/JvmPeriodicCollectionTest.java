package org.autograd4j.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The nudge on this JVM's own G1: the flag is accepted at run time, G1 runs a periodic collection, its
 * notification arrives with the periodic cause, and the default comes back. Takes about a second (G1 re-reads the flag once a
 * second while it is off).
 */
class JvmPeriodicCollectionTest {
    @Test
    void aPeriodicCollectionRunsAndTheDefaultIsRestored() throws InterruptedException {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeTrue(Boolean.parseBoolean(hotspot.getVMOption("UseG1GC").getValue()), "the tests run on G1");
        HotSpotFlag interval = new HotSpotFlag(hotspot, "G1PeriodicGCInterval");
        assumeTrue(interval.value().equals("0"), "periodic collections are on in the test JVM");
        // the flag as the library finds it in a fresh JVM (another test may have set and restored it)
        PeriodicCollectionNudge nudge = new PeriodicCollectionNudge(new VmFlag() {
            @Override
            public String value() {
                return interval.value();
            }

            @Override
            public boolean setByUser() {
                return false;
            }

            @Override
            public void set(String value) {
                interval.set(value);
            }
        });
        JvmCollections jvm = new JvmCollections();
        CountDownLatch restored = new CountDownLatch(1);
        long collectionsBefore = jvm.read().collections();

        assertTrue(nudge.engage());
        assertEquals(PeriodicCollectionNudge.INTERVAL_MILLIS, interval.value());
        jvm.subscribe(periodic -> {
            if (periodic) { // heard as G1's periodic collection, the nudge's own
                nudge.onCollection(true, false);
                restored.countDown();
            }
        });
        try {
            assertTrue(restored.await(20, TimeUnit.SECONDS), "no periodic collection within 20 s of the nudge");
        } finally {
            jvm.unsubscribe();
        }
        assertEquals("0", interval.value());
        assertTrue(jvm.read().collections() > collectionsBefore);
        assertTrue(interval.setByUser(), "a value set at run time counts as the user's for the next JVM user");
    }
}
