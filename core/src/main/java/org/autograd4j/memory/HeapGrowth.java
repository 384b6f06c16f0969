package org.autograd4j.memory;

/**
 * Tells from successive {@link HeapReading}s when the heap has grown by a limit with no collection in
 * between. That is JDK 25's G1 with a mixed phase pending: it starts no concurrent cycle however full
 * the heap is ({@code G1Policy::need_to_start_conc_mark}), so an application that allocates large arrays
 * and few small objects (eden never fills) gets every array in freshly committed memory, which the
 * kernel zeroes on first touch. A collector that collects resets the baseline at every reading, so it
 * never reaches the limit. Not thread-safe: {@link HeapWatch} calls it under its lock.
 */
final class HeapGrowth {
    private final long limitBytes;
    private long collections = -1;
    private long committedAtLastCollection;

    HeapGrowth(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** True when the heap has grown by the limit since the last reading that saw a new collection. */
    boolean growsWithoutCollecting(HeapReading reading) {
        if (reading.collections() != collections) {
            collections = reading.collections();
            committedAtLastCollection = reading.committedBytes();
            return false;
        }
        return reading.committedBytes() - committedAtLastCollection >= limitBytes;
    }
}
