package org.autograd4j.data;

import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Loads an epoch's batches on a background thread, at most {@code depth} ahead of the consumer, and hands them
 * over in order. A failure while loading is thrown by the {@link #next()} that would have returned that batch.
 * When the consumer stops early and drops the iterator, the thread is interrupted once the iterator is garbage
 * collected, and ends.
 */
final class Prefetcher<B> implements Iterator<B> {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A loaded batch, or why it could not be loaded. */
    private static final class Slot<B> {
        final B batch;
        final Throwable failure;

        Slot(B batch, Throwable failure) {
            this.batch = batch;
            this.failure = failure;
        }
    }

    private final BlockingQueue<Slot<B>> queue;
    private int remaining;
    private boolean failed;

    Prefetcher(List<int[]> batches, Function<int[], B> fetch, int depth) {
        queue = new ArrayBlockingQueue<>(depth);
        remaining = batches.size();
        // The thread must not reach this iterator, or the iterator could never become unreachable.
        BlockingQueue<Slot<B>> handOver = queue;
        Thread worker = new Thread(() -> load(batches, fetch, handOver),
                "autograd4j-data-loader-" + THREADS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        CLEANER.register(this, worker::interrupt);
    }

    private static <B> void load(List<int[]> batches, Function<int[], B> fetch, BlockingQueue<Slot<B>> queue) {
        try {
            for (int[] indices : batches) {
                Slot<B> slot;
                try {
                    slot = new Slot<>(fetch.apply(indices), null);
                } catch (Throwable t) {
                    queue.put(new Slot<>(null, t));
                    return;
                }
                queue.put(slot);
            }
        } catch (InterruptedException e) {
            // The consumer is gone: nothing is waiting for the rest of the epoch.
        }
    }

    @Override
    public boolean hasNext() {
        return remaining > 0 && !failed;
    }

    @Override
    public B next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the epoch has ended");
        }
        Slot<B> slot = take();
        remaining--;
        if (slot.failure != null) {
            failed = true;
            throw rethrow(slot.failure);
        }
        return slot.batch;
    }

    private Slot<B> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next batch", e);
        }
    }

    /** The loading thread's exception, thrown as it is when unchecked so callers can catch its type. */
    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return new IllegalStateException("loading a batch failed: " + failure, failure);
    }
}
