package org.autograd4j.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeriodicCollectionNudgeTest {
    private final FakeFlag flag = new FakeFlag("0", false);
    private final PeriodicCollectionNudge nudge = new PeriodicCollectionNudge(flag);

    @Test
    void staysOnThroughPeriodicCollectionsAndRestoresTheDefaultOnceG1CollectsByItself() {
        assertTrue(nudge.engage());
        assertEquals(PeriodicCollectionNudge.INTERVAL_MILLIS, flag.value);
        nudge.onCollection(true, true);
        nudge.onCollection(true, true);
        assertTrue(nudge.engaged(), "periodic collections while large arrays are allocated: still needed");
        assertEquals(PeriodicCollectionNudge.INTERVAL_MILLIS, flag.value);
        nudge.onCollection(false, true);
        assertFalse(nudge.engaged());
        assertEquals("0", flag.value);
    }

    @Test
    void restoresTheDefaultOnceAPeriodicCollectionFindsNoLargeAllocation() {
        nudge.engage();
        nudge.onCollection(true, true);
        nudge.onCollection(true, false);
        assertFalse(nudge.engaged(), "the work stopped: an idle JVM must not collect ten times a second");
        assertEquals("0", flag.value);
    }

    @Test
    void engagesAgainAfterRestoring() {
        nudge.engage();
        nudge.onCollection(false, false);
        assertTrue(nudge.engage());
        assertEquals(PeriodicCollectionNudge.INTERVAL_MILLIS, flag.value);
    }

    @Test
    void engagingTwiceSetsTheFlagOnce() {
        assertTrue(nudge.engage());
        assertFalse(nudge.engage());
        assertEquals(1, flag.sets);
    }

    @Test
    void neverOverridesAValueTheUserSet() {
        FakeFlag users = new FakeFlag("5000", true);
        assertFalse(new PeriodicCollectionNudge(users).engage());
        assertEquals("5000", users.value);
        assertEquals(0, users.sets);
    }

    @Test
    void leavesTheFlagAloneOnceSomeoneElseChangedItAtRunTime() {
        flag.value = "2000";
        assertFalse(nudge.engage());
        assertEquals("2000", flag.value);
    }

    @Test
    void doesNotRestoreOverAValueSomeoneElseSetWhileEngaged() {
        nudge.engage();
        flag.value = "2000";
        nudge.onCollection(false, false);
        assertEquals("2000", flag.value);
        assertFalse(nudge.engage(), "gives up for good");
    }

    @Test
    void givesUpWhenTheJvmRefuses() {
        FakeFlag flag = new FakeFlag("0", false);
        flag.refuses = true;
        PeriodicCollectionNudge nudge = new PeriodicCollectionNudge(flag);
        assertFalse(nudge.engage());
        assertFalse(nudge.engaged());
        flag.refuses = false;
        assertFalse(nudge.engage());
        assertEquals("0", flag.value);
    }

    @Test
    void aCollectionWhileNotEngagedChangesNothing() {
        nudge.onCollection(false, false);
        assertEquals(0, flag.sets);
        assertTrue(nudge.engage());
    }
}
