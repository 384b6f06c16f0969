package org.autograd4j.kernels;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link GemmWatchdog}, forced: a fake allocation counter makes the "SIMD" driver look like the
 * Vector API's Java fallback, and a fake clock stands for the seconds of warm-up.
 */
class GemmWatchdogTest {
    private static final long WORK = GemmWatchdog.JUDGED_WORK;
    private static final long SECOND = 1_000_000_000L;

    /** A clock and an allocation counter that the products below advance by hand. */
    private static final class FakeJvm {
        long nanos;
        long allocated;
    }

    private final FakeJvm jvm = new FakeJvm();
    private final GemmDriver<float[]> simd = Gemm.floatDriver();
    private final GemmDriver<float[]> scalar = new StreamingFloatGemm();
    private final GemmWatchdog<GemmDriver<float[]>> watchdog = new GemmWatchdog<>("float32 GEMM", simd, () -> scalar,
            () -> jvm.allocated, () -> jvm.nanos, 5 * SECOND);

    /** One judged product that allocates {@code bytesPerMultiplyAdd} and takes {@code nanos}. */
    private void product(double bytesPerMultiplyAdd, long nanos) {
        long start = watchdog.start(WORK);
        jvm.allocated += (long) (bytesPerMultiplyAdd * WORK);
        jvm.nanos += nanos;
        watchdog.finish(start, WORK);
    }

    /** The first judged product starts the warm-up clock; then five seconds pass. */
    private void warmUp() {
        product(40, SECOND);
        jvm.nanos += 5 * SECOND;
    }

    @Test
    void switchesToScalarWhenProductsKeepAllocatingAfterWarmUp() {
        warmUp();
        long firstBad = jvm.nanos;
        while (watchdog.driver() == simd && jvm.nanos - firstBad < 2 * GemmWatchdog.BAD_NANOS) {
            product(40, SECOND);
        }
        assertSame(scalar, watchdog.driver());
        assertTrue(jvm.nanos - firstBad >= GemmWatchdog.BAD_NANOS, "switched only after the persistence time");
        assertTrue(watchdog.switchedToFallback());
        assertMultipliesCorrectly(watchdog.driver());
    }

    @Test
    void neverJudgesTheWarmUp() {
        for (int i = 0; i < 10; i++) {
            product(40, SECOND / 4);
        }
        assertSame(simd, watchdog.driver());
    }

    @Test
    void oneCleanProductResetsTheCount() {
        warmUp();
        for (int round = 0; round < 4; round++) {
            product(40, SECOND);
            product(40, SECOND);
            product(0, SECOND);
        }
        assertSame(simd, watchdog.driver());
        assertFalse(watchdog.switchedToFallback());
    }

    @Test
    void aBriefBurstDoesNotTripIt() {
        warmUp();
        for (int i = 0; i < 2 * GemmWatchdog.BAD_PRODUCTS; i++) {
            product(40, 1000);
        }
        assertSame(simd, watchdog.driver(), "a burst shorter than the persistence time");
    }

    @Test
    void smallProductsAreNotJudged() {
        warmUp();
        for (int i = 0; i < 5; i++) {
            long start = watchdog.start(WORK - 1);
            jvm.allocated += 1 << 30;
            jvm.nanos += SECOND;
            watchdog.finish(start, WORK - 1);
        }
        assertSame(simd, watchdog.driver());
    }

    /** The real counter is readable here (on the module path too: the module requires jdk.management). */
    @Test
    void watchesSimdDriversOnThisJvm() {
        assertTrue(GemmWatchdog.forDriver("float32 GEMM", simd, true, () -> scalar).isWatching());
        assertFalse(GemmWatchdog.forDriver("float32 GEMM", scalar, false, () -> scalar).isWatching());
    }

    private static void assertMultipliesCorrectly(GemmDriver<float[]> driver) {
        float[] a = {1, 2, 3, 4, 5, 6};
        float[] b = {7, 8, 9, 10, 11, 12};
        float[] c = new float[4];
        driver.multiply(false, 2, 2, 3, a, 0, 3, 1, b, 0, 2, 1, c, 0, 2, false);
        assertEquals(58f, c[0]);
        assertEquals(64f, c[1]);
        assertEquals(139f, c[2]);
        assertEquals(154f, c[3]);
    }
}
