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
 * nanoseconds, and the caller computes the first part itself.
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
     * Runs {@code body} in {@code parts} pieces, the first on the calling thread. Returns false
     * without running anything if another caller is using the pool.
     */
    boolean tryRun(int parts, int start, int end, Parallel.RangeBody body) {
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        try {
            ensureWorkers(parts - 1);
            failure = null;
            pending.set(parts - 1);
            for (int i = 1; i < parts; i++) {
                workers[i - 1].submit(body, Parallel.partStart(start, end, parts, i),
                        Parallel.partStart(start, end, parts, i + 1));
            }
            body.run(start, Parallel.partStart(start, end, parts, 1));
            awaitWorkers();
            rethrowFailure();
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

    /** One daemon thread that runs ranges handed to it; fields are written before the volatile body. */
    private static final class Worker implements Runnable {
        private final WorkerPool pool;
        private final Thread thread;
        private int from;
        private int to;
        private volatile Parallel.RangeBody body;

        Worker(WorkerPool pool, String name) {
            this.pool = pool;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        void submit(Parallel.RangeBody task, int from, int to) {
            this.from = from;
            this.to = to;
            this.body = task;
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            IS_WORKER.set(true);
            while (true) {
                runTask(awaitTask());
            }
        }

        private Parallel.RangeBody awaitTask() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            Parallel.RangeBody task;
            while ((task = body) == null) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return task;
        }

        private void runTask(Parallel.RangeBody task) {
            Throwable thrown = null;
            try {
                task.run(from, to);
            } catch (Throwable t) {
                thrown = t;
            }
            body = null;
            pool.finished(thrown);
        }
    }
}
