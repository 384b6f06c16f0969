package org.autograd4j.memory;

/** One look at the heap: how many collections have run so far and how many bytes the heap has committed. */
record HeapReading(long collections, long committedBytes) {
}
