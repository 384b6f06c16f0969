package org.autograd4j.kernels;

import org.autograd4j.Threads;

/**
 * Splits a loop over disjoint index ranges across {@link Threads#get()} threads.
 *
 * <p>Each part writes only its own outputs, so results do not depend on scheduling. Below the grain,
 * with one thread, inside a worker, or while another caller holds the pool, the body simply runs
 * inline on the calling thread: nesting and concurrent callers are safe and never block.
 */
public final class Parallel {

    /** A loop body over the half-open index range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /**
     * Runs {@code body} over {@code [start, end)}, in at most {@link Threads#get()} contiguous parts
     * of at least {@code grain} indices each. Exceptions thrown by any part are rethrown here.
     */
    public static void forRange(int start, int end, int grain, RangeBody body) {
        int length = end - start;
        if (length <= 0) {
            return;
        }
        int parts = partCount(length, Math.max(1, grain), Threads.get());
        if (parts <= 1 || WorkerPool.isWorkerThread() || !WorkerPool.shared().tryRun(parts, start, end, body)) {
            body.run(start, end);
        }
    }

    static int partCount(int length, int grain, int threads) {
        return (int) Math.min(threads, (length + (long) grain - 1) / grain);
    }

    /** Start of part {@code index} when {@code [start, end)} is cut into {@code parts} near-equal pieces. */
    static int partStart(int start, int end, int parts, int index) {
        return start + (int) ((long) (end - start) * index / parts);
    }
}
