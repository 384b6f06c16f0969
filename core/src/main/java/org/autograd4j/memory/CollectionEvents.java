package org.autograd4j.memory;

/** Calls back after each collection pause while subscribed (JMX notifications on a real JVM). */
interface CollectionEvents {
    /** What the subscriber hears of a pause. */
    @FunctionalInterface
    interface Listener {
        /** {@code periodic}: G1's periodic trigger started it, not the collector's own need for space. */
        void afterCollection(boolean periodic);
    }

    void subscribe(Listener listener);

    void unsubscribe();
}
