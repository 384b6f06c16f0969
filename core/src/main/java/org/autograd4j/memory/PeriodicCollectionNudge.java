package org.autograd4j.memory;

/**
 * Turns on G1's periodic collection ({@code G1PeriodicGCInterval}) while large allocations grow the heap
 * with no collection, and puts the user's value back once they stop. A periodic collection starts a
 * concurrent cycle whose young pauses free the dead large arrays (G1 reclaims humongous objects eagerly)
 * and walk a pending mixed phase through, so the heap is reused instead of grown.
 *
 * <p>The flag is the whole JVM's, so the nudge stays off the user's setting: it does nothing if the
 * value did not come from the JVM's default, or if anyone else has changed it since, and it gives up for
 * good if the JVM refuses it. It stays on while the collections it sees are interleaved with large
 * allocations (restoring at the first one would leave G1 to get stuck again at the next mark cycle, and
 * the flag is re-read only once a second while off), and restores the value at the first collection
 * with no large allocation since the previous one: at most two periodic collections after the work
 * stops. Thread-safe.
 */
final class PeriodicCollectionNudge {
    /** Milliseconds without a collection after which G1 starts one while the nudge is on. */
    static final String INTERVAL_MILLIS = "100";

    private final VmFlag interval;
    private final String usersValue;
    private boolean engaged;
    private boolean givenUp;

    PeriodicCollectionNudge(VmFlag interval) {
        this.interval = interval;
        this.usersValue = interval.value();
        this.givenUp = interval.setByUser();
    }

    /** Turns periodic collections on unless they are on already or the flag is not ours to set; true if it did. */
    synchronized boolean engage() {
        if (engaged || givenUp) {
            return false;
        }
        if (!interval.value().equals(usersValue)) {
            givenUp = true; // someone set it at run time: theirs now
            return false;
        }
        engaged = trySet(INTERVAL_MILLIS);
        return engaged;
    }

    /**
     * Called after each collection while engaged; restores the user's value if no large allocation
     * happened since the previous collection. True if it restored.
     */
    synchronized boolean onCollection(boolean largeAllocationsSinceLast) {
        if (!engaged || largeAllocationsSinceLast) {
            return false;
        }
        engaged = false;
        if (!interval.value().equals(INTERVAL_MILLIS)) {
            givenUp = true; // changed by someone else while engaged: leave their value
            return false;
        }
        return trySet(usersValue);
    }

    synchronized boolean engaged() {
        return engaged;
    }

    private boolean trySet(String value) {
        try {
            interval.set(value);
            return true;
        } catch (RuntimeException refused) {
            givenUp = true;
            return false;
        }
    }
}
