package org.autograd4j.memory;

/** Calls back after each garbage collection while subscribed (JMX notifications on a real JVM). */
interface CollectionEvents {
    void subscribe(Runnable afterEachCollection);

    void unsubscribe();
}
