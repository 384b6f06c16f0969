package org.autograd4j.memory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Watches large allocations for a heap that grows without collecting (see {@link HeapGrowth}) and then
 * engages the {@link PeriodicCollectionNudge} until G1 collects by itself again or the large allocations
 * stop. Per allocation it costs a size comparison, and for large ones an atomic add; the heap is read
 * (5-60 microseconds) only each time another {@link #CHECK_EVERY_BYTES} of large arrays has been
 * allocated, which takes milliseconds just to zero. Thread-safe: allocating threads only add to the
 * counter, checks and collection notifications take the lock in turn.
 */
final class HeapWatch {
    /** Arrays from this size on count: G1 allocates them as humongous objects in heaps up to 2 GB (1 MB regions). */
    static final long LARGE_BYTES = 1L << 20;
    /** Large bytes allocated between two readings of the heap. */
    static final long CHECK_EVERY_BYTES = 64L << 20;
    /** Heap growth with no collection that engages the nudge: four 64 MB arrays' worth. */
    static final long GROWTH_LIMIT_BYTES = 256L << 20;

    private static final System.Logger LOG = System.getLogger(HeapWatch.class.getName());

    private final AtomicLong largeBytes = new AtomicLong();
    private final Supplier<HeapReading> heap;
    private final HeapGrowth growth = new HeapGrowth(GROWTH_LIMIT_BYTES);
    private final PeriodicCollectionNudge nudge;
    private final CollectionEvents collections;
    private long largeBytesAtLastCollection;

    HeapWatch(Supplier<HeapReading> heap, PeriodicCollectionNudge nudge, CollectionEvents collections) {
        this.heap = heap;
        this.nudge = nudge;
        this.collections = collections;
    }

    /** Counts an allocation of {@code bytes}; reads the heap when the large ones pass another check mark. */
    void allocated(long bytes) {
        if (bytes < LARGE_BYTES) {
            return;
        }
        long total = largeBytes.addAndGet(bytes);
        if (total / CHECK_EVERY_BYTES != (total - bytes) / CHECK_EVERY_BYTES) {
            check();
        }
    }

    private synchronized void check() {
        if (nudge.engaged() || !growth.growsWithoutCollecting(heap.get())) {
            return;
        }
        if (nudge.engage()) {
            largeBytesAtLastCollection = largeBytes.get();
            collections.subscribe(this::afterCollection);
            LOG.log(level(), "autograd4j: the heap grew by " + (GROWTH_LIMIT_BYTES >> 20)
                    + " MB or more with no collection while large tensors were allocated; G1PeriodicGCInterval="
                    + PeriodicCollectionNudge.INTERVAL_MILLIS + " until G1 collects by itself again");
        }
    }

    private synchronized void afterCollection(boolean periodic) {
        long total = largeBytes.get();
        nudge.onCollection(periodic, total != largeBytesAtLastCollection);
        largeBytesAtLastCollection = total;
        if (!nudge.engaged()) {
            collections.unsubscribe();
            LOG.log(level(), "autograd4j: G1 collects by itself again, or large allocations stopped;"
                    + " G1PeriodicGCInterval restored");
        }
    }

    private static System.Logger.Level level() {
        return Boolean.getBoolean("autograd4j.verbose") ? System.Logger.Level.INFO : System.Logger.Level.DEBUG;
    }
}
