package org.autograd4j.kernels;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chunks of one {@link Parallel#forRange} call, claimed one at a time by whichever threads run
 * it. The call is over when every chunk is done, whether or not every worker ever woke up.
 */
final class Chunks {
    private final int start;
    private final int end;
    private final int size;
    private final int count;
    private final Parallel.RangeBody body;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile Throwable failure;

    Chunks(int start, int end, int size, int count, Parallel.RangeBody body) {
        this.start = start;
        this.end = end;
        this.size = size;
        this.count = count;
        this.body = body;
    }

    /** Runs unclaimed chunks until none are left; a failing chunk is recorded and counts as done. */
    void runUnclaimed() {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            int from = start + i * size;
            try {
                body.run(from, Math.min(end, from + size));
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
            done.incrementAndGet();
        }
    }

    /** Waits, spinning, until all chunks are done, then rethrows the first failure. */
    void awaitDone() {
        long spins = 0;
        while (done.get() < count) {
            if (++spins < 100_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable t = failure;
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
