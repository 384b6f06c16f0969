package org.autograd4j.memory;

/**
 * Turns on G1's periodic collection ({@code G1PeriodicGCInterval}) while large allocations grow the heap
 * with no collection, and puts the user's value back once G1 collects by itself again. A periodic
 * collection is a young pause that frees the dead large arrays (G1 reclaims humongous objects eagerly)
 * and walks a pending mixed phase through (Prepare Mixed, then Mixed), after which G1's own
 * humongous-allocation trigger works again.
 *
 * <p>The value comes back at the first collection G1 started for itself (the trigger works again), or
 * at a periodic one with no large allocation since the previous collection (the work stopped: left on,
 * an idle JVM would collect ten times a second). Not at the first periodic collection: that one is the
 * Prepare Mixed pause, after which G1 waits for the Mixed one as stuck as before, and the flag is
 * re-read only once a second while off.
 *
 * <p>The flag is the whole JVM's, so the nudge stays off the user's setting: it does nothing if the
 * value did not come from the JVM's default, or if anyone else has changed it since, and it gives up for
 * good if the JVM refuses it. Thread-safe.
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
     * Called after each collection pause while engaged; restores the user's value after one that G1
     * started for itself, or a periodic one with no large allocation since the previous pause. True if
     * it restored.
     */
    synchronized boolean onCollection(boolean periodic, boolean largeAllocationsSinceLast) {
        if (!engaged || periodic && largeAllocationsSinceLast) {
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
