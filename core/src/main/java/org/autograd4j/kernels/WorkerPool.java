package org.autograd4j.kernels;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Daemon worker threads for {@link Parallel}, handed work through an atomic slot each.
 *
 * <p>Why not an executor: queue hand-off and wake-up latency cost more than a 256x256 matrix
 * product, so two threads were no faster than one. Here an idle worker spins briefly
 * ({@link Thread#onSpinWait}, {@link #SPIN_NANOS}) before parking, so back-to-back operations start
 * within nanoseconds; the caller works through the chunks alongside the workers and never waits for a
 * worker that has not claimed one (on a busy machine a worker may not be scheduled for
 * milliseconds).
 *
 * <p>Why the worker loop is split into tiny methods: HotSpot once compiled a worker's endless
 * loop (on-stack replacement) with the whole GEMM inlined into it, and that copy ran at half speed
 * forever. Keeping the work in {@link Chunks#runUnclaimed} outside the loop avoids that.
 */
final class WorkerPool {
    /**
     * How long an idle worker spins for the next operation before parking: about what parking and
     * being woken cost on a VM (36-56 us measured). It spun 200 us before: on a loaded machine that
     * burnt a core between operations while the caller waited for one; the 2-thread MLP step took
     * 1.2-1.5x the CPU time of the 1-thread one, about 1.0-1.15x now (docs/BENCHMARKS.md, session 7).
     */
    private static final long SPIN_NANOS = 50_000;
    private static final WorkerPool SHARED = new WorkerPool();
    private static final ThreadLocal<Boolean> IS_WORKER = ThreadLocal.withInitial(() -> false);

    private final AtomicBoolean busy = new AtomicBoolean();
    private Worker[] workers = new Worker[0];

    static WorkerPool shared() {
        return SHARED;
    }

    static boolean isWorkerThread() {
        return IS_WORKER.get();
    }

    /**
     * Runs {@code chunks} on the calling thread and up to {@code parts - 1} workers. Returns false
     * without running anything if another caller is using the pool.
     */
    boolean tryRun(int parts, Chunks chunks) {
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        try {
            ensureWorkers(parts - 1);
            for (int i = 0; i < parts - 1; i++) {
                workers[i].submit(chunks);
            }
            chunks.runUnclaimed();
            chunks.awaitDone();
            return true;
        } finally {
            busy.set(false);
        }
    }

    private void ensureWorkers(int count) {
        if (workers.length >= count) {
            return;
        }
        Worker[] grown = java.util.Arrays.copyOf(workers, count);
        for (int i = workers.length; i < count; i++) {
            grown[i] = new Worker("autograd4j-worker-" + i);
        }
        workers = grown;
    }

    /**
     * One daemon thread that helps with the chunks in its slot. A newer submission may replace
     * an older one it never got to; the older one is then finished already.
     */
    private static final class Worker implements Runnable {
        private final Thread thread;
        private final AtomicReference<Chunks> slot = new AtomicReference<>();

        Worker(String name) {
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        void submit(Chunks chunks) {
            slot.set(chunks);
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            IS_WORKER.set(true);
            while (true) {
                Chunks chunks = awaitChunks();
                chunks.runUnclaimed();
                slot.compareAndSet(chunks, null);
            }
        }

        private Chunks awaitChunks() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            Chunks chunks;
            while ((chunks = slot.get()) == null) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return chunks;
        }
    }
}
