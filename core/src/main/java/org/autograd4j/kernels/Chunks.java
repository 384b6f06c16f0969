package org.autograd4j.kernels;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The chunks of one {@link Parallel#forChunks} call, claimed one at a time by whichever threads run
 * it. The call is over when every chunk is done, whether or not every worker ever woke up.
 */
final class Chunks {
    /**
     * How long the caller spins for the last chunks before parking: about what parking and being
     * woken cost on a VM (36-56 us measured, docs/BENCHMARKS.md, session 7). It used to spin 100,000
     * times (3 ms of {@link Thread#onSpinWait}) before yielding: on a loaded machine, while the worker
     * waited for a core, the caller burnt it, and a 512^3 product cost 1.4-1.7x the CPU time on 2 threads.
     */
    private static final long SPIN_NANOS = 50_000;

    private final int start;
    private final int end;
    private final int size;
    private final int count;
    private final Parallel.RangeBody body;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile Throwable failure;
    /** The caller once it parks in {@link #awaitDone}; whoever finishes the last chunk unparks it. */
    private volatile Thread waiter;

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
            if (done.incrementAndGet() == count) {
                LockSupport.unpark(waiter);
            }
        }
    }

    /**
     * Waits until all chunks are done, spinning briefly, then parked (the waiter is published before
     * {@code done} is read again, and the last chunk's thread reads it after counting its chunk, so
     * one of the two sees the other); then rethrows the first failure.
     */
    void awaitDone() {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (done.get() < count && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        if (done.get() < count) {
            waiter = Thread.currentThread();
            while (done.get() < count) {
                LockSupport.park(this);
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
