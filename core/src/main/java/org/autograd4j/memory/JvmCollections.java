package org.autograd4j.memory;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * This JVM's heap as the watch reads it: the collectors' counts and the committed heap, and a
 * notification after each young or full collection (not the pauses of a concurrent cycle, Remark and
 * Cleanup, which JDK 20 and later report too and which free no arrays). The JVM sends collection
 * notifications only while someone listens, so the listener is registered only while the nudge is on.
 */
final class JvmCollections implements CollectionEvents {
    private static final NotificationFilter COLLECTIONS_ONLY = notification ->
            GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType());
    /** HotSpot's name of the cause {@code GCCause::_g1_periodic_collection}. */
    private static final String PERIODIC_CAUSE = "G1 Periodic Collection";
    /** HotSpot's action for Remark and Cleanup ("end of minor GC" and "end of major GC" for the others). */
    private static final String CONCURRENT_CYCLE_PAUSE = "end of concurrent GC pause";

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private NotificationListener listener;

    HeapReading read() {
        long collections = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            collections += Math.max(0, collector.getCollectionCount()); // -1 where a collector does not count
        }
        return new HeapReading(collections, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
    }

    @Override
    public synchronized void subscribe(Listener subscriber) {
        unsubscribe();
        listener = (notification, handback) -> {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            if (!CONCURRENT_CYCLE_PAUSE.equals(info.getGcAction())) {
                subscriber.afterCollection(PERIODIC_CAUSE.equals(info.getGcCause()));
            }
        };
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof NotificationEmitter) {
                ((NotificationEmitter) collector).addNotificationListener(listener, COLLECTIONS_ONLY, null);
            }
        }
    }

    @Override
    public synchronized void unsubscribe() {
        if (listener == null) {
            return;
        }
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof NotificationEmitter) {
                try {
                    ((NotificationEmitter) collector).removeNotificationListener(listener);
                } catch (ListenerNotFoundException alreadyGone) {
                    // removed with an earlier one: nothing left to do for this collector
                }
            }
        }
        listener = null;
    }
}
