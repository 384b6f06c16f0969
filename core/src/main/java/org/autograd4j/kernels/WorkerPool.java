package org.autograd4j.kernels;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Daemon worker threads for {@link Parallel}, handed work through volatile fields.
 *
 * <p>Why not an executor: queue hand-off and wake-up latency cost more than a 256x256 matrix
 * product, so two threads were no faster than one. Here an idle worker spins briefly
 * ({@link Thread#onSpinWait}) before parking, so back-to-back operations start within
 * nanoseconds, and the caller works through the chunks alongside the workers.
 *
 * <p>Why the worker loop is split into tiny methods: HotSpot once compiled a worker's endless
 * loop (on-stack replacement) with the whole GEMM inlined into it, and that copy ran at half speed
 * forever. Keeping the body call in {@link Worker#runTask} outside the loop avoids that.
 */
final class WorkerPool {
    private static final long SPIN_NANOS = 200_000;
    private static final WorkerPool SHARED = new WorkerPool();
    private static final ThreadLocal<Boolean> IS_WORKER = ThreadLocal.withInitial(() -> false);

    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile Throwable failure;
    private Worker[] workers = new Worker[0];

    static WorkerPool shared() {
        return SHARED;
    }

    static boolean isWorkerThread() {
        return IS_WORKER.get();
    }

    /**
     * Runs {@code chunks} on the calling thread and {@code parts - 1} workers. Returns false
     * without running anything if another caller is using the pool.
     */
    boolean tryRun(int parts, Chunks chunks) {
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        try {
            ensureWorkers(parts - 1);
            failure = null;
            pending.set(parts - 1);
            for (int i = 0; i < parts - 1; i++) {
                workers[i].submit(chunks);
            }
            Throwable own = runCatching(chunks);
            awaitWorkers();
            if (own != null) {
                failure = own;
            }
            rethrowFailure();
            return true;
        } finally {
            busy.set(false);
        }
    }

    /** Workers must finish (and the caller wait for them) even when a chunk throws. */
    private static Throwable runCatching(Chunks chunks) {
        try {
            chunks.runUnclaimed();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private void ensureWorkers(int count) {
        if (workers.length >= count) {
            return;
        }
        Worker[] grown = java.util.Arrays.copyOf(workers, count);
        for (int i = workers.length; i < count; i++) {
            grown[i] = new Worker(this, "autograd4j-worker-" + i);
        }
        workers = grown;
    }

    private void awaitWorkers() {
        long spins = 0;
        while (pending.get() != 0) {
            if (++spins < 100_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private void rethrowFailure() {
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

    private void finished(Throwable t) {
        if (t != null && failure == null) {
            failure = t;
        }
        pending.decrementAndGet();
    }

    /** One daemon thread that helps run the chunks handed to it. */
    private static final class Worker implements Runnable {
        private final WorkerPool pool;
        private final Thread thread;
        private volatile Chunks task;

        Worker(WorkerPool pool, String name) {
            this.pool = pool;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        void submit(Chunks chunks) {
            task = chunks;
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            IS_WORKER.set(true);
            while (true) {
                runTask(awaitTask());
            }
        }

        private Chunks awaitTask() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            Chunks chunks;
            while ((chunks = task) == null) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return chunks;
        }

        private void runTask(Chunks chunks) {
            Throwable thrown = runCatching(chunks);
            task = null;
            pool.finished(thrown);
        }
    }
}
