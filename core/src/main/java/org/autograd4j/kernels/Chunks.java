package org.autograd4j.kernels;

import java.util.concurrent.atomic.AtomicInteger;

/** The chunks of one {@link Parallel#forRange} call, claimed one at a time by the threads running it. */
final class Chunks {
    private final int start;
    private final int end;
    private final int size;
    private final int count;
    private final Parallel.RangeBody body;
    private final AtomicInteger next = new AtomicInteger();

    Chunks(int start, int end, int size, int count, Parallel.RangeBody body) {
        this.start = start;
        this.end = end;
        this.size = size;
        this.count = count;
        this.body = body;
    }

    /** Runs unclaimed chunks until none are left. */
    void runUnclaimed() {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            int from = start + i * size;
            body.run(from, Math.min(end, from + size));
        }
    }
}
