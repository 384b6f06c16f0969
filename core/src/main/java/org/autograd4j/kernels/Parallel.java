package org.autograd4j.kernels;

import org.autograd4j.Threads;

/**
 * Splits a loop over disjoint index ranges across {@link Threads#get()} threads.
 *
 * <p>The range is cut into chunks, which the threads claim from a shared counter, so the caller
 * takes over a chunk whose worker has not woken up yet. Each chunk writes only its own outputs, so
 * results do not depend on which thread ran it. Below the grain, with one
 * thread, inside a worker, or while another caller holds the pool, the body simply runs inline on
 * the calling thread: nesting and concurrent callers are safe and never block.
 */
public final class Parallel {
    /**
     * Chunks per thread. More would balance a thread slowed by another process, but four per
     * thread made a 1024^3 GEMM about 15% slower on a quiet machine: smaller row ranges reuse each
     * packed panel of B fewer times.
     */
    private static final int CHUNKS_PER_THREAD = 1;

    /** A loop body over the half-open index range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /**
     * Runs {@code body} over {@code [start, end)} in chunks of at least {@code grain} indices, on at
     * most {@link Threads#get()} threads. Exceptions thrown by any chunk are rethrown here.
     */
    public static void forRange(int start, int end, int grain, RangeBody body) {
        long length = (long) end - start;
        if (length <= 0) {
            return;
        }
        long chunk = Math.max(Math.max(1, grain), ceilDiv(length, (long) Threads.get() * CHUNKS_PER_THREAD));
        forChunks(start, end, (int) Math.min(chunk, Integer.MAX_VALUE), body);
    }

    /**
     * Runs {@code body} over {@code [start, end)} cut into chunks of {@code chunk} indices (the last
     * one shorter), which at most {@link Threads#get()} threads claim one at a time. For work whose
     * chunks cost no more however many there are (rows of a GEMM sharing one packed block of B): with
     * several chunks per thread, a thread that starts late or is descheduled by another process holds
     * back at most the chunk it is running, the others taking the rest. Exceptions thrown by any
     * chunk are rethrown here.
     */
    public static void forChunks(int start, int end, int chunk, RangeBody body) {
        long length = (long) end - start;
        if (length <= 0) {
            return;
        }
        int size = Math.max(1, chunk);
        int chunks = (int) ceilDiv(length, size);
        int parts = Math.min(Threads.get(), chunks);
        if (parts <= 1 || WorkerPool.isWorkerThread()
                || !WorkerPool.shared().tryRun(parts, new Chunks(start, end, size, chunks, body))) {
            body.run(start, end);
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
