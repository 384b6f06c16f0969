package org.autograd4j.kernels;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A safety net under a SIMD GEMM driver: notices when the JIT has left the Vector API running as
 * its Java fallback, logs one line saying so, and switches that GEMM to the scalar driver for the
 * rest of the run.
 *
 * <p>The signal is allocation, not time. Compiled by C2, the Vector API keeps vectors in registers
 * and a product allocates a few hundred bytes in all; its Java fallback allocates an array and an
 * object for every vector operation, tens of bytes per multiply-add. The calling thread's
 * allocation does not depend on how busy the machine is, where a rate would (another process on
 * the other core halves the rate and proves nothing). Until C2 has compiled the kernel the
 * interpreter and C1 allocate too, so products are only judged after a warm-up, and a kernel is
 * only switched when every judged product allocates for a while: a deoptimisation that C2 repairs
 * by recompiling, or packing buffers growing for a larger shape, must not trip it.
 *
 * @param <D> the driver type, a {@link GemmDriver}
 */
final class GemmWatchdog<D> {
    /** Smaller products are not judged: the call's fixed allocation would dominate. */
    static final long JUDGED_WORK = 1L << 20;
    /** Compiled kernels stay far below this many bytes per multiply-add, the fallback far above. */
    static final double PATHOLOGICAL_BYTES_PER_MULTIPLY_ADD = 0.5;
    /**
     * How many judged products in a row, and for how long, must allocate before switching. Long
     * enough that C2 recompiling after a deoptimisation, which took over 3 s on a loaded 2-core
     * machine, does not trip it: a wrong switch would cost far more than a late one.
     */
    static final int BAD_PRODUCTS = 3;
    static final long BAD_NANOS = 10_000_000_000L;
    /** C2 finished compiling the old kernel 7.8 s into a run on that machine. */
    static final long WARM_UP_NANOS = 10_000_000_000L;
    /** What {@link #start} returns when the product is not judged. */
    private static final long NOT_JUDGED = Long.MIN_VALUE;

    private static final System.Logger LOG = System.getLogger(GemmWatchdog.class.getName());

    private final String what;
    private final Supplier<D> fallback;
    private final LongSupplier allocatedBytes;
    private final LongSupplier clock;
    private final long warmUpNanos;
    private volatile D driver;
    private volatile boolean watching;
    private long firstProductNanos = NOT_JUDGED;
    private long firstBadNanos;
    private int badProducts;

    /**
     * @param what           what the log line calls the product, e.g. "float32 GEMM"
     * @param allocatedBytes the calling thread's allocation so far, or null where the JVM cannot count it
     * @param clock          {@link System#nanoTime}, or a test's clock
     */
    GemmWatchdog(String what, D driver, Supplier<D> fallback, LongSupplier allocatedBytes, LongSupplier clock,
                 long warmUpNanos) {
        this.what = what;
        this.driver = driver;
        this.fallback = fallback;
        this.allocatedBytes = allocatedBytes;
        this.clock = clock;
        this.warmUpNanos = warmUpNanos;
        this.watching = allocatedBytes != null;
    }

    /** Watches {@code simd} on this thread's real allocation counter; a scalar driver needs no watching. */
    static <D> GemmWatchdog<D> forDriver(String what, D driver, boolean simd, Supplier<D> fallback) {
        return new GemmWatchdog<>(what, driver, fallback, simd ? threadAllocation() : null, System::nanoTime,
                WARM_UP_NANOS);
    }

    D driver() {
        return driver;
    }

    /** Whether products are still being judged: a SIMD driver on a JVM that counts allocation, not yet switched. */
    boolean isWatching() {
        return watching;
    }

    boolean switchedToFallback() {
        return !watching && allocatedBytes != null;
    }

    /** Call before a product of {@code multiplyAdds}; pass what it returns to {@link #finish}. */
    long start(long multiplyAdds) {
        return watching && multiplyAdds >= JUDGED_WORK ? allocatedBytes.getAsLong() : NOT_JUDGED;
    }

    void finish(long startBytes, long multiplyAdds) {
        if (startBytes != NOT_JUDGED) {
            judge((double) (allocatedBytes.getAsLong() - startBytes) / multiplyAdds);
        }
    }

    private synchronized void judge(double bytesPerMultiplyAdd) {
        long now = clock.getAsLong();
        if (firstProductNanos == NOT_JUDGED) {
            firstProductNanos = now;
        }
        if (!watching || now - firstProductNanos < warmUpNanos) {
            return;
        }
        if (bytesPerMultiplyAdd < PATHOLOGICAL_BYTES_PER_MULTIPLY_ADD) {
            badProducts = 0;
            return;
        }
        if (badProducts++ == 0) {
            firstBadNanos = now;
        }
        if (badProducts >= BAD_PRODUCTS && now - firstBadNanos >= BAD_NANOS) {
            switchToFallback(bytesPerMultiplyAdd);
        }
    }

    private void switchToFallback(double bytesPerMultiplyAdd) {
        watching = false;
        driver = fallback.get();
        LOG.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                "autograd4j: the %s's SIMD kernel allocated %.1f bytes per multiply-add in %d products in a row:"
                        + " the JIT runs the Vector API as plain Java, not as vector instructions (tens of times"
                        + " slower); switching the %s to the plain-Java kernel", what, bytesPerMultiplyAdd, badProducts,
                what));
    }

    /**
     * The calling thread's allocated bytes, or null where the JVM does not count them or the
     * {@code jdk.management} module is not readable (the watchdog is then off).
     */
    private static LongSupplier threadAllocation() {
        try {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (threads instanceof com.sun.management.ThreadMXBean) {
                com.sun.management.ThreadMXBean counting = (com.sun.management.ThreadMXBean) threads;
                if (counting.isThreadAllocatedMemorySupported() && counting.isThreadAllocatedMemoryEnabled()) {
                    return counting::getCurrentThreadAllocatedBytes;
                }
            }
        } catch (LinkageError | SecurityException e) {
            return null;
        }
        return null;
    }
}
