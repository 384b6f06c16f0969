package org.autograd4j.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch with fake heap readings, flag and collection events. */
class HeapWatchTest {
    private static final long MB = 1L << 20;

    /** The heap as the test sets it; counts how often the watch reads it. */
    private long collections;
    private long committed = 512 * MB;
    private int readings;
    private final FakeFlag flag = new FakeFlag("0", false);
    private final FakeEvents events = new FakeEvents();
    private final HeapWatch watch = new HeapWatch(this::read, new PeriodicCollectionNudge(flag), events);

    private HeapReading read() {
        readings++;
        return new HeapReading(collections, committed);
    }

    /** One call of the workload: six 64 MB arrays, the heap growing by each when G1 does not collect. */
    private void sixLargeArrays(boolean collects) {
        for (int i = 0; i < 6; i++) {
            if (collects) {
                collections++;
            } else {
                committed += 64 * MB;
            }
            watch.allocated(64 * MB);
        }
    }

    @Test
    void smallAllocationsNeverReadTheHeap() {
        for (int i = 0; i < 100_000; i++) {
            committed += MB;
            watch.allocated(MB - 1);
        }
        assertEquals(0, readings);
        assertEquals("0", flag.value);
    }

    @Test
    void readsTheHeapOncePerCheckMarkOfLargeAllocations() {
        for (int i = 0; i < 640; i++) {
            watch.allocated(MB);
        }
        assertEquals(640 * MB / HeapWatch.CHECK_EVERY_BYTES, readings);
    }

    @Test
    void aHeapGrowingWithoutCollectionsEngagesTheNudgeUntilG1CollectsByItself() {
        sixLargeArrays(false);
        assertEquals(PeriodicCollectionNudge.INTERVAL_MILLIS, flag.value);
        assertNotNull(events.subscriber);
        sixLargeArrays(false);
        events.collect(true);
        sixLargeArrays(true);
        events.collect(true);
        assertEquals(PeriodicCollectionNudge.INTERVAL_MILLIS, flag.value, "only periodic collections so far");
        sixLargeArrays(true);
        events.collect(false);
        assertEquals("0", flag.value, "restored at the first collection G1 started for itself");
        assertNull(events.subscriber, "no longer listening");
    }

    @Test
    void theNudgeEndsWhenLargeAllocationsStop() {
        sixLargeArrays(false);
        sixLargeArrays(false);
        events.collect(true);
        assertEquals(PeriodicCollectionNudge.INTERVAL_MILLIS, flag.value);
        events.collect(true);
        assertEquals("0", flag.value, "a periodic collection with no large allocation since the last one");
        assertNull(events.subscriber);
    }

    @Test
    void aCollectorThatCollectsIsLeftAlone() {
        for (int call = 0; call < 50; call++) {
            sixLargeArrays(true);
        }
        assertEquals(0, flag.sets);
        assertNull(events.subscriber);
    }

    @Test
    void aUsersSettingIsLeftAloneHoweverTheHeapGrows() {
        FakeFlag users = new FakeFlag("30000", true);
        HeapWatch watching = new HeapWatch(this::read, new PeriodicCollectionNudge(users), events);
        for (int i = 0; i < 60; i++) {
            committed += 64 * MB;
            watching.allocated(64 * MB);
        }
        assertEquals("30000", users.value);
        assertNull(events.subscriber);
    }

    @Test
    void threadsAllocatingAtOnceReadTheHeapOncePerCheckMark() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    watch.allocated(MB + 1);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(4 * 2_000 * (MB + 1) / HeapWatch.CHECK_EVERY_BYTES, readings);
        assertFalse(flag.sets > 0, "the heap did not grow");
    }

    /** Collection events the test fires by hand. */
    private static final class FakeEvents implements CollectionEvents {
        Listener subscriber;

        @Override
        public void subscribe(Listener listener) {
            subscriber = listener;
        }

        @Override
        public void unsubscribe() {
            subscriber = null;
        }

        void collect(boolean periodic) {
            if (subscriber != null) {
                subscriber.afterCollection(periodic);
            }
        }
    }
}
